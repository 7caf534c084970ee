import { Button } from 'antd';
import { useState, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { CalendarTab } from './calendar-tab';
import { CategoriesTab } from './categories-tab';
import { ContractorsTab } from '../contractors/contractors-tab';
import { DeadlineRulesTab } from './deadline-rules-tab';
import { DepartmentsTab } from './departments-tab';
import { SitesTab } from './sites-tab';
import { useOrgSettings, type SaveSettings } from './use-org-settings';
import { ValuesTab } from './values-tab';
import { PermissionsTab } from './permissions-tab';
import { useCan } from '../session/session-context';
import type { Permission } from '../../../../shared/rules/permissions';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { NamedTabs } from '../../ui/named-tabs';

const TABS = ['sites', 'departments', 'contractors', 'categories', 'rules', 'values', 'calendar', 'permissions'] as const;
type Tab = (typeof TABS)[number];

const isTab = (key: string | undefined): key is Tab => TABS.includes(key as Tab);

/** Who sees which tab: people and permissions are `manage_people`'s, the rest `change_settings`'. */
const TAB_PERMISSION: Record<Tab, Permission> = {
  sites: 'change_settings',
  departments: 'change_settings',
  contractors: 'change_settings',
  categories: 'change_settings',
  rules: 'change_settings',
  values: 'change_settings',
  calendar: 'change_settings',
  permissions: 'manage_people',
};

type TabProps = { settings: OrgSettings; save: SaveSettings; reload: () => Promise<void> };

function tabBody(tab: Tab, { settings, save, reload }: TabProps): ReactNode {
  switch (tab) {
    case 'sites':
      return <SitesTab settings={settings} save={save} />;
    case 'departments':
      return <DepartmentsTab settings={settings} save={save} reload={reload} />;
    case 'contractors':
      return <ContractorsTab />;
    case 'categories':
      return <CategoriesTab settings={settings} save={save} />;
    case 'rules':
      return <DeadlineRulesTab settings={settings} save={save} />;
    case 'values':
      return <ValuesTab settings={settings} save={save} />;
    case 'calendar':
      return <CalendarTab />;
    case 'permissions':
      return <PermissionsTab settings={settings} save={save} />;
  }
}

/**
 * antd's tabs move the focus with the arrow keys, Home and End, but show a tab only on Enter. Here the
 * tab that takes the focus is shown at once (as the settings tabs always did): a tab is one keystroke away.
 */
function followFocus(event: FocusEvent<HTMLDivElement>, show: (tab: Tab) => void) {
  const target = event.target;
  if (target.getAttribute('role') !== 'tab') return;
  const key = target.closest<HTMLElement>('[data-node-key]')?.dataset['nodeKey'];
  if (isTab(key)) show(key);
}

/** 设置: the organisation as the app knows it, one tab per part. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { state, reload, save } = useOrgSettings();
  const can = useCan();
  // People live on the departments tab: someone who manages people but not settings sees it too.
  const tabs = TABS.filter((name) => can(TAB_PERMISSION[name]) || (name === 'departments' && can('manage_people')));
  const [tab, setTab] = useState<Tab>(tabs[0] ?? 'sites');

  let body;
  if (state.status === 'loading') body = <p className="muted">{t('settings.loading')}</p>;
  else if (state.status === 'failed') {
    body = (
      <>
        <ErrorBanner error={state.error} />
        <Button onClick={() => void reload()}>{t('app.retry')}</Button>
      </>
    );
  } else {
    const props: TabProps = { settings: state.settings, save, reload };
    body = (
      <NamedTabs
        label={t('settings.tabsLabel')}
        id="settings"
        activeKey={tab}
        onChange={(key) => isTab(key) && setTab(key)}
        onFocus={(event) => followFocus(event, setTab)}
        // Only the tab shown is drawn, as before: a tab's unsaved edits go when another is opened.
        destroyOnHidden
        items={tabs.map((name) => ({
          key: name,
          label: t(`settings.tabs.${name}`),
          children: <div className="settings-panel">{tabBody(name, props)}</div>,
        }))}
      />
    );
  }

  return (
    <section className="page" aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <p className="muted">{t('settings.intro')}</p>
      </div>
      {body}
    </section>
  );
}
