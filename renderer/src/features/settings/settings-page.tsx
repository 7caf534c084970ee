import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { CalendarTab } from './calendar-tab';
import { CategoriesTab } from './categories-tab';
import { DeadlineRulesTab } from './deadline-rules-tab';
import { DepartmentsTab } from './departments-tab';
import { Tabs } from './settings-tabs';
import { SitesTab } from './sites-tab';
import { useOrgSettings } from './use-org-settings';
import { ValuesTab } from './values-tab';
import { PermissionsTab } from './permissions-tab';
import { useCan } from '../session/session-context';
import type { Permission } from '../../../../shared/rules/permissions';

const TABS = ['sites', 'departments', 'categories', 'rules', 'values', 'calendar', 'permissions'] as const;
type Tab = (typeof TABS)[number];

/** Who sees which tab: people and permissions are `manage_people`'s, the rest `change_settings`'. */
const TAB_PERMISSION: Record<Tab, Permission> = {
  sites: 'change_settings',
  departments: 'change_settings',
  categories: 'change_settings',
  rules: 'change_settings',
  values: 'change_settings',
  calendar: 'change_settings',
  permissions: 'manage_people',
};

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
        <Button onClick={() => void reload()}>
          {t('app.retry')}
        </Button>
      </>
    );
  } else {
    const { settings } = state;
    body = (
      <Tabs label={t('settings.tabsLabel')} tabs={tabs} current={tab} labelOf={(name) => t(`settings.tabs.${name}`)} onSelect={setTab}>
        {tab === 'sites' && <SitesTab settings={settings} save={save} />}
        {tab === 'departments' && <DepartmentsTab settings={settings} save={save} reload={reload} />}
        {tab === 'categories' && <CategoriesTab settings={settings} save={save} />}
        {tab === 'rules' && <DeadlineRulesTab settings={settings} save={save} />}
        {tab === 'values' && <ValuesTab settings={settings} save={save} />}
        {tab === 'calendar' && <CalendarTab />}
        {tab === 'permissions' && <PermissionsTab settings={settings} save={save} />}
      </Tabs>
    );
  }

  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <p className="muted">{t('settings.intro')}</p>
      </div>
      {body}
    </section>
  );
}
