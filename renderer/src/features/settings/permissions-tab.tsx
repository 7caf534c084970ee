import { Button, Checkbox } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain';
import { MANAGER_KEEPS, PERMISSIONS, type Permission } from '../../../../shared/rules/permissions';
import type { AppError } from '../../../../shared/result';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { ErrorBanner } from '../../ui/error-banner';
import { SectionCard } from '../../ui/section-card';
import type { SaveSettings } from './use-org-settings';

type Table = Record<Role, Permission[]>;

/**
 * 权限: which role may do what, as a grid of ticks. The defaults follow the seed procedures; a manager
 * changes them here. The manager always keeps reading, people and settings, so nobody can lock the
 * office out of its own book.
 */
export function PermissionsTab({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const [table, setTable] = useState<Table>(() => structuredClone(settings.rolePermissions) as Table);
  const [failure, setFailure] = useState<AppError>();
  const [saved, setSaved] = useState(false);
  const dirty = ROLES.some((role) => [...table[role]].sort().join() !== [...settings.rolePermissions[role]].sort().join());

  const toggle = (role: Role, permission: Permission, on: boolean) => {
    setSaved(false);
    setTable((current) => ({
      ...current,
      [role]: on ? PERMISSIONS.filter((p) => p === permission || current[role].includes(p)) : current[role].filter((p) => p !== permission),
    }));
  };

  async function submit() {
    const result = await save('settings.saveRolePermissions', table);
    setFailure(result.ok ? undefined : result.error);
    setSaved(result.ok);
  }

  return (
    <SectionCard size="small" titleId="permissions-title" title={t('settings.permissions.title')} intro={t('settings.permissions.hint')}>
      {failure && <ErrorBanner error={failure} />}
      <div className="settings-table-wrap">
        <table className="settings-table" aria-label={t('settings.permissions.title')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.permissions.permission')}</th>
              {ROLES.map((role) => (
                <th key={role} scope="col" className="settings-cell--center">
                  {t(`settings.roles.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PERMISSIONS.map((permission) => (
              <tr key={permission}>
                <th scope="row">{t(`permission.${permission}`)}</th>
                {ROLES.map((role) => {
                  const fixed = role === 'manager' && MANAGER_KEEPS.includes(permission);
                  return (
                    <td key={role} className="settings-cell--center">
                      <Checkbox
                        aria-label={t('settings.permissions.cell', { role: t(`settings.roles.${role}`), permission: t(`permission.${permission}`) })}
                        checked={table[role].includes(permission)}
                        disabled={fixed}
                        onChange={(event) => toggle(role, permission, event.target.checked)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button type="primary" disabled={!dirty} onClick={() => void submit()}>
          {t('settings.permissions.save')}
        </Button>
        {saved && <span role="status">{t('settings.permissions.saved')}</span>}
      </div>
    </SectionCard>
  );
}
