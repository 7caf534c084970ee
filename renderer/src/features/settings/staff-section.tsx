import { Button, Checkbox, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useSession } from '../session/session-context';
import { ModalDialog } from '../../ui/modal-dialog';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { OrgSettings, Staff } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';
import { fromServerIssues } from '../../lib/field-errors';
import { ErrorBanner } from '../../ui/error-banner';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import { AddByName } from './add-by-name';
import { RowError } from './row-error';
import { SectionCard } from '../../ui/section-card';
import type { SaveSettings } from './use-org-settings';
import { ChoiceSelect } from '../../ui/choice-select';

interface StaffSectionProps {
  settings: OrgSettings;
  save: SaveSettings;
  reload: () => Promise<void>;
}

interface StaffDraft {
  name: string;
  role: Role;
  departmentId: string;
  active: boolean;
}

const draftOf = (person: Staff): StaffDraft => ({
  name: person.name,
  role: person.role,
  departmentId: person.departmentId ?? '',
  active: person.active,
});

interface StaffRowProps {
  person: Staff;
  settings: OrgSettings;
  save: SaveSettings;
  /** The person signed in: they may not change their own role. */
  isMe: boolean;
  onCode: (code: IssuedCode) => void;
}

function StaffRow({ person, settings, save, isMe, onCode }: StaffRowProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(person));
  const [pending, setPending] = useState(false);
  const [errorKey, setErrorKey] = useState<string>();
  const [failure, setFailure] = useState<AppError>();
  // What the core now holds replaces the draft; other rows keep their unsaved edits.
  useEffect(() => setDraft(draftOf(person)), [person.name, person.role, person.departmentId, person.active]);

  const saved = draftOf(person);
  const dirty =
    draft.name.trim() !== saved.name || draft.role !== saved.role || draft.departmentId !== saved.departmentId || draft.active !== saved.active;
  const errorId = `staff-${person.id}-name-error`;
  const roleLabel = (role: Role) => t(`settings.roles.${role}`);

  async function submit() {
    if (!dirty || pending) return;
    if (!draft.name.trim()) return setErrorKey('errors.required');
    setPending(true);
    const result = await save('settings.updateStaff', {
      id: person.id,
      name: draft.name.trim(),
      role: draft.role,
      departmentId: draft.departmentId || null,
      active: draft.active,
    });
    setPending(false);
    const fieldErrors = result.ok ? {} : fromServerIssues(result.error.issues);
    setErrorKey(fieldErrors.name ?? fieldErrors.role ?? fieldErrors.active);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
  }

  async function reset() {
    const result = await call('users.resetPassword', { userId: person.id });
    if (!result.ok) return setFailure(result.error);
    onCode({ ...result.value, reason: 'reset' });
  }

  return (
    <tr className={person.active ? undefined : 'settings-row--inactive'}>
      <td>
        <div className="settings-name-cell">
          <Input
            className="settings-name"
            aria-label={t('settings.staff.name')}
            value={draft.name}
            maxLength={40}
            status={errorKey ? 'error' : undefined}
            aria-invalid={errorKey ? true : undefined}
            aria-describedby={errorKey ? errorId : undefined}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
          {isMe && <Tag color="green">{t('settings.staff.atDesk')}</Tag>}
        </div>
        {errorKey && <RowError id={errorId} errorKey={errorKey} />}
        {failure && <ErrorBanner error={failure} />}
      </td>
      <td>
        <EnumSelect
          className="settings-choice"
          aria-label={t('settings.staff.role')}
          values={ROLES}
          value={draft.role}
          labelOf={roleLabel}
          disabled={isMe}
          title={isMe ? t('settings.staff.ownRole') : undefined}
          onValueChange={(role) => role && setDraft({ ...draft, role })}
        />
      </td>
      <td>
        <ChoiceSelect
          className="settings-choice"
          aria-label={t('settings.staff.department')}
          value={draft.departmentId}
          emptyLabel={t('settings.staff.noDepartment')}
          choices={settings.departments.filter((d) => d.active || d.id === draft.departmentId).map((d) => ({ value: d.id, label: d.name }))}
          onValueChange={(departmentId) => setDraft({ ...draft, departmentId })}
        />
      </td>
      <td className="settings-cell--center">
        <Checkbox aria-label={t('settings.staff.active')} checked={draft.active} onChange={(event) => setDraft({ ...draft, active: event.target.checked })} />
      </td>
      <td>{t(`settings.staff.signIn.${person.signIn}`)}</td>
      <td className="settings-cell--actions">
        <Button size="small" aria-label={t('settings.staff.resetLabel', { name: person.name })} onClick={() => void reset()}>
          {t('settings.staff.reset')}
        </Button>
        <Button
          size="small"
          type="primary"
          aria-label={t('settings.list.saveRow', { name: person.name })}
          disabled={!dirty || pending}
          onClick={() => void submit()}
        >
          {pending ? t('common.saving') : t('settings.list.save')}
        </Button>
      </td>
    </tr>
  );
}

/** 人员: name, role (escalation and callback quotas go by it), department, and whether still at the office. */
export function StaffSection({ settings, save, reload }: StaffSectionProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [newRole, setNewRole] = useState<Role>('receptionist');
  const [newDepartment, setNewDepartment] = useState('');
  const [code, setCode] = useState<IssuedCode>();

  async function add(name: string) {
    const added = await call('users.add', { name, role: newRole, departmentId: newDepartment || null });
    if (added.ok) {
      setCode({ ...added.value, reason: 'added' });
      await reload();
    }
    return added;
  }

  return (
    <SectionCard size="small" titleId="staff-title" title={t('settings.staff.title')} intro={t('settings.staff.hint')}>
      <div className="settings-table-wrap">
        <table className="settings-table" aria-label={t('settings.staff.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.staff.name')}</th>
              <th scope="col">{t('settings.staff.role')}</th>
              <th scope="col">{t('settings.staff.department')}</th>
              <th scope="col" className="settings-cell--center">
                {t('settings.staff.active')}
              </th>
              <th scope="col">{t('settings.staff.signInColumn')}</th>
              <th scope="col">{t('settings.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.staff.map((person) => (
              <StaffRow
                key={person.id}
                person={person}
                settings={settings}
                save={save}
                isMe={person.id === session.user?.id}
                onCode={(issued) => {
                  setCode(issued);
                  void reload();
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {code && <CodeDialog issued={code} onClose={() => setCode(undefined)} />}
      <h3 className="settings-subtitle">{t('settings.staff.addTitle')}</h3>
      <AddByName label={t('settings.staff.newName')} submitLabel={t('settings.staff.add')} maxLength={40} onAdd={add}>
        <FormField id="new-person-role" label={t('settings.staff.role')} className="settings-add__field">
          {(control) => (
            <EnumSelect {...control} values={ROLES} value={newRole} labelOf={(role) => t(`settings.roles.${role}`)} onValueChange={(role) => role && setNewRole(role)} />
          )}
        </FormField>
        <FormField id="new-person-department" label={t('settings.staff.department')} className="settings-add__field">
          {(control) => (
            <ChoiceSelect
              {...control}
              value={newDepartment}
              emptyLabel={t('settings.staff.noDepartment')}
              choices={settings.departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))}
              onValueChange={setNewDepartment}
            />
          )}
        </FormField>
      </AddByName>
    </SectionCard>
  );
}

interface IssuedCode {
  user: { id: string; name: string };
  code: string;
  reason: 'added' | 'reset';
}

/**
 * The one-time code, shown once for the manager to hand over (read out, or written on paper): the person
 * signs in with it and chooses a password of their own. The code is not kept anywhere it could be read again.
 */
function CodeDialog({ issued, onClose }: { issued: IssuedCode; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t(`settings.staff.codeTitle.${issued.reason}`, { name: issued.user.name })} onClose={onClose}>
      <p>{t('settings.staff.codeIntro', { name: issued.user.name })}</p>
      <p className="one-time-code" aria-label={t('settings.staff.codeLabel')}>
        {issued.code}
      </p>
      <div className="dialog__actions">
        <Button type="primary" data-autofocus onClick={onClose}>
          {t('settings.staff.codeDone')}
        </Button>
      </div>
    </ModalDialog>
  );
}
