import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../shared/domain';
import type { Category, OrgSettings } from '../../../../shared/schemas/settings';
import { isBuiltInCategory, useEnumLabels } from '../../i18n/use-enum-labels';
import { AddByName } from './add-by-name';
import { EditableList, renumbered, saveInTurn } from './editable-list';
import type { SaveSettings } from './use-org-settings';

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
    <>
      <section className="card" aria-labelledby="categories-title">
        <h2 id="categories-title">{t('settings.categories.title')}</h2>
        <p className="settings-hint">{t('settings.categories.hint')}</p>
        <EditableList
          caption={t('settings.categories.caption')}
          items={settings.categories}
          fallbackName={(category) => (builtIn(category) ? labels.category(category.id) : '')}
          note={{
            header: t('settings.categories.kind'),
            render: (category) => (
              <span className={builtIn(category) ? 'settings-badge' : 'settings-badge settings-badge--custom'}>
                {builtIn(category) ? t('settings.categories.builtIn') : t('settings.categories.custom')}
              </span>
            ),
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
      </section>
      <section className="card" aria-labelledby="channels-title">
        <h2 id="channels-title">{t('settings.channels.title')}</h2>
        <p className="settings-hint">{t('settings.channels.hint')}</p>
        <table className="settings-table settings-table--compact" aria-label={t('settings.channels.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.channels.label')}</th>
              <th scope="col">{t('settings.channels.code')}</th>
            </tr>
          </thead>
          <tbody>
            {CHANNELS.map((channel) => (
              <tr key={channel}>
                <td>{labels.channel(channel)}</td>
                <td>
                  <code>{channel}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
