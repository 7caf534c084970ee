import { useTranslation } from 'react-i18next';
import { CaseDetailPage } from '../features/case-detail/case-detail-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { IntakePage } from '../features/intake/intake-page';
import { useRoute, type Route } from '../lib/route';
import type { Permission } from '../../../shared/rules/permissions';
import { useCan } from '../features/session/session-context';
import { AccessLogPage } from '../features/access-log/access-log-page';
import { HomePage } from '../features/home/home-page';
import { CallbacksPage } from '../features/callbacks/callbacks-page';
import { GroupsPage } from '../features/groups/groups-page';
import { SyncPage } from '../features/sync/sync-page';
import { StatsPage } from '../features/stats/stats-page';
import { SettingsPage } from '../features/settings/settings-page';
import { PrintPage } from '../features/printing/print-page';
import { BackupsPage } from '../features/backups/backups-page';
import { MessageBanner } from '../ui/error-banner';

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
    case 'notFound':
      return <p className="muted">{t('app.notFound')}</p>;
  }
}
