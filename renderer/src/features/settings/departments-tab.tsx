import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department, OrgSettings } from '../../../../shared/schemas/settings';
import { AddByName } from './add-by-name';
import { EditableList, renumbered, saveInTurn } from './editable-list';
import { SectionCard } from '../../ui/section-card';
import { StaffSection } from './staff-section';
import type { SaveSettings } from './use-org-settings';

interface DepartmentsTabProps {
  settings: OrgSettings;
  save: SaveSettings;
  reload: () => Promise<void>;
}

/** 部门与人员: departments with their heads, then everybody who works at the office. */
export function DepartmentsTab({ settings, save, reload }: DepartmentsTabProps) {
  const { t } = useTranslation();
  const saveDepartment = (department: Department) =>
    save('settings.saveDepartment', {
      id: department.id,
      name: department.name,
      headUserId: department.headUserId,
      sort: department.sort,
      active: department.active,
    });
  const lastSort = Math.max(0, ...settings.departments.map((d) => d.sort));
  const heads = [
    { value: '', label: t('settings.departments.noHead') },
    // Active people, and a head who has since left (so the row still shows who it is).
    ...settings.staff
      .filter((person) => person.active || settings.departments.some((d) => d.headUserId === person.id))
      .map((person) => ({ value: person.id, label: person.name })),
  ];
  return (
    <>
      <SectionCard size="small" titleId="departments-title" title={t('settings.departments.title')} intro={t('settings.departments.hint')}>
        {settings.departments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.departments.empty')} />
        ) : (
          <EditableList
            caption={t('settings.departments.caption')}
            items={settings.departments}
            choice={{ header: t('settings.departments.head'), valueOf: (d) => d.headUserId ?? '', options: heads }}
            onSave={(department, draft) =>
              saveDepartment({ ...department, name: draft.name, active: draft.active, headUserId: draft.choice || null })
            }
            onReorder={(ordered) => saveInTurn(renumbered(ordered), saveDepartment)}
          />
        )}
        <AddByName
          label={t('settings.departments.newName')}
          submitLabel={t('settings.departments.add')}
          maxLength={60}
          onAdd={(name) => save('settings.saveDepartment', { name, sort: lastSort + 10, active: true })}
        />
      </SectionCard>
      <StaffSection settings={settings} save={save} reload={reload} />
    </>
  );
}
