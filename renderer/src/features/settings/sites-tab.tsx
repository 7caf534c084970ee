import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgSettings, Site } from '../../../../shared/schemas/settings';
import { AddByName } from './add-by-name';
import { EditableList, renumbered, saveInTurn } from './editable-list';
import { SectionCard } from '../../ui/section-card';
import { SiteWeekForm } from './site-week-form';
import type { SaveSettings } from './use-org-settings';

/** 项目: the estates and buildings the office looks after, and the week each keeps where it differs from the office's. */
export function SitesTab({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const saveSite = (site: Site) => save('settings.saveSite', { id: site.id, name: site.name, sort: site.sort, active: site.active });
  const lastSort = Math.max(0, ...settings.sites.map((s) => s.sort));
  return (
    <SectionCard size="small" titleId="sites-title" title={t('settings.sites.title')} intro={t('settings.sites.hint')}>
      {settings.sites.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.sites.empty')} />
      ) : (
        <EditableList
          caption={t('settings.sites.caption')}
          items={settings.sites}
          onSave={(site, draft) => saveSite({ ...site, name: draft.name, active: draft.active })}
          onReorder={(ordered) => saveInTurn(renumbered(ordered), saveSite)}
        />
      )}
      <AddByName
        label={t('settings.sites.newName')}
        submitLabel={t('settings.sites.add')}
        maxLength={60}
        onAdd={(name) => save('settings.saveSite', { name, sort: lastSort + 10, active: true })}
      />
      <SiteWeekForm settings={settings} save={save} />
    </SectionCard>
  );
}
