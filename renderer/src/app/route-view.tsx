import { useTranslation } from 'react-i18next';
import { CaseDetailPage } from '../features/case-detail/case-detail-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { IntakePage } from '../features/intake/intake-page';
import { useRoute } from '../lib/route';
import { HomePage } from '../features/home/home-page';
import { CallbacksPage } from '../features/callbacks/callbacks-page';
import { GroupsPage } from '../features/groups/groups-page';
import { SyncPage } from '../features/sync/sync-page';
import { StatsPage } from '../features/stats/stats-page';
import { SettingsPage } from '../features/settings/settings-page';
import { PrintPage } from '../features/printing/print-page';

/** The page the hash names. */
export function RouteView() {
  const { t } = useTranslation();
  const route = useRoute();
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
    case 'notFound':
      return <p className="muted">{t('app.notFound')}</p>;
  }
}
