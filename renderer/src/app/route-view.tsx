import { useTranslation } from 'react-i18next';
import { CaseDetailPage } from '../features/case-detail/case-detail-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { IntakePage } from '../features/intake/intake-page';
import { useRoute } from '../lib/route';

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
    case 'notFound':
      return <p className="muted">{t('app.notFound')}</p>;
  }
}
