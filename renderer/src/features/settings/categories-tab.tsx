import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../../shared/domain';
import type { Category, OrgSettings } from '../../../../shared/schemas/settings';
import { isBuiltInCategory, useEnumLabels } from '../../i18n/use-enum-labels';
import { AddByName } from './add-by-name';
import { EditableList, renumbered, saveInTurn } from './editable-list';
import { SectionCard } from '../../ui/section-card';
import type { SaveSettings } from './use-org-settings';

/** The fixed channels, read-only: the same on every desk and in every report. */
function ChannelsCard() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  return (
    <SectionCard size="small" titleId="channels-title" title={t('settings.channels.title')} intro={t('settings.channels.hint')}>
      <Table<{ channel: Channel }>
        size="small"
        pagination={false}
        aria-label={t('settings.channels.caption')}
        rowKey="channel"
        dataSource={CHANNELS.map((channel) => ({ channel }))}
        columns={[
          { key: 'label', title: t('settings.channels.label'), render: (_, { channel }) => labels.channel(channel) },
          { key: 'code', title: t('settings.channels.code'), render: (_, { channel }) => <code>{channel}</code> },
        ]}
      />
    </SectionCard>
  );
}

/**
 * 投诉类别: the editable list, built-in ones shown by their translation
 * unless the office gave them its own name; and the fixed channels beside.
 */
export function CategoriesTab({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const saveCategory = (category: Category) =>
    save('settings.saveCategory', { id: category.id, name: category.name, sort: category.sort, active: category.active });
  const lastSort = Math.max(0, ...settings.categories.map((c) => c.sort));
  const builtIn = (category: Category) => isBuiltInCategory(category.id);
  return (
    <div className="settings-split">
      <SectionCard size="small" titleId="categories-title" title={t('settings.categories.title')} intro={t('settings.categories.hint')}>
        <EditableList
          caption={t('settings.categories.caption')}
          items={settings.categories}
          fallbackName={(category) => (builtIn(category) ? labels.category(category.id) : '')}
          note={{
            header: t('settings.categories.kind'),
            render: (category) =>
              builtIn(category) ? <Tag>{t('settings.categories.builtIn')}</Tag> : <Tag color="orange">{t('settings.categories.custom')}</Tag>,
          }}
          onSave={(category, draft) => saveCategory({ ...category, name: draft.name, active: draft.active })}
          onReorder={(ordered) => saveInTurn(renumbered(ordered), saveCategory)}
        />
        <AddByName
          label={t('settings.categories.newName')}
          submitLabel={t('settings.categories.add')}
          maxLength={40}
          onAdd={(name) => save('settings.saveCategory', { name, sort: lastSort + 10, active: true })}
        />
      </SectionCard>
      <ChannelsCard />
    </div>
  );
}
