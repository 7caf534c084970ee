import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseListPage } from '../features/cases/case-list-page';
import { useRoute, type Route } from '../lib/route';
import type { Permission } from '../../../shared/rules/permissions';
import { useCan } from '../features/session/session-context';
import { LoadingScreen } from './status-screens';
import { MessageBanner } from '../ui/error-banner';

/**
 * Every page but the case list is its own chunk, fetched the first time it is
 * opened: the list, the page a desk opens most, starts without parsing the
 * forms, charts and tables of the others (the whole app is about 4 MB).
 */
function page<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

const CaseDetailPage = page(async () => (await import('../features/case-detail/case-detail-page')).CaseDetailPage);
const IntakePage = page(async () => (await import('../features/intake/intake-page')).IntakePage);
const AccessLogPage = page(async () => (await import('../features/access-log/access-log-page')).AccessLogPage);
const HomePage = page(async () => (await import('../features/home/home-page')).HomePage);
const CallbacksPage = page(async () => (await import('../features/callbacks/callbacks-page')).CallbacksPage);
const GroupsPage = page(async () => (await import('../features/groups/groups-page')).GroupsPage);
const SyncPage = page(async () => (await import('../features/sync/sync-page')).SyncPage);
const StatsPage = page(async () => (await import('../features/stats/stats-page')).StatsPage);
const SettingsPage = page(async () => (await import('../features/settings/settings-page')).SettingsPage);
const PrintPage = page(async () => (await import('../features/printing/print-page')).PrintPage);
const BackupsPage = page(async () => (await import('../features/backups/backups-page')).BackupsPage);
const ClaimsPage = page(async () => (await import('../features/contractors/claims-page')).ClaimsPage);

/** Pages only some roles may open; the core refuses their channels to the others anyway. */
const PAGE_PERMISSIONS: Partial<Record<Route['name'], readonly Permission[]>> = {
  intake: ['register'],
  sync: ['sync'],
  stats: ['statistics'],
  settings: ['change_settings', 'manage_people'],
  print: ['print'],
  'access-log': ['read_access_log'],
  backups: ['backup'],
};

export function mayOpen(route: Route['name'], can: (permission: Permission) => boolean): boolean {
  const needed = PAGE_PERMISSIONS[route];
  return !needed || needed.some(can);
}

/** The page the hash names, or why this person may not open it. */
export function RouteView() {
  const { t } = useTranslation();
  const route = useRoute();
  const can = useCan();
  if (!mayOpen(route.name, can)) {
    return (
      <MessageBanner>{t('app.notPermitted')}</MessageBanner>
    );
  }
  return <Suspense fallback={<LoadingScreen />}>{routePage(route, t('app.notFound'))}</Suspense>;
}

function routePage(route: Route, notFound: string) {
  switch (route.name) {
    case 'cases':
      return <CaseListPage />;
    case 'intake':
      return <IntakePage />;
    case 'case':
      // Keyed so that going from one case to another starts fresh.
      return <CaseDetailPage key={route.id} id={route.id} />;
    case 'home':
      return <HomePage />;
    case 'callbacks':
      return <CallbacksPage />;
    case 'groups':
      return <GroupsPage />;
    case 'sync':
      return <SyncPage />;
    case 'stats':
      return <StatsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'print':
      return <PrintPage />;
    case 'access-log':
      return <AccessLogPage />;
    case 'backups':
      return <BackupsPage />;
    case 'claims':
      return <ClaimsPage />;
    case 'notFound':
      return <p className="muted">{notFound}</p>;
  }
}
