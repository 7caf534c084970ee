import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../lib/route';
import { ErrorBanner } from '../../ui/error-banner';
import { CaseFields, handlingFieldCount } from './case-fields';
import { CaseHistory } from './case-history';
import { useCaseDetail } from './use-case-detail';
import { useValueContext } from './use-value-context';

const NO_USERS: never[] = [];

/** One case: its fields, then how it came to be this way. */
export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { state, reload } = useCaseDetail(id);
  const ctx = useValueContext(state.status === 'ready' ? state.users : NO_USERS);
  const back = (
    <a className="back-link" href={hrefFor({ name: 'cases' })}>
      ← {t('detail.back')}
    </a>
  );
  if (state.status === 'loading') {
    return (
      <section className="case-detail" aria-busy="true">
        {back}
        <p className="muted">{t('detail.loading')}</p>
      </section>
    );
  }
  if (state.status === 'failed') {
    return (
      <section className="case-detail">
        {back}
        <ErrorBanner error={state.error} />
        {state.error.code !== 'NOT_FOUND' && (
          <button type="button" className="button" onClick={reload}>
            {t('app.retry')}
          </button>
        )}
      </section>
    );
  }
  const { detail, history } = state;
  return (
    <article className="case-detail" aria-labelledby="case-title">
      {back}
      <div className="page-head">
        <h1 id="case-title">{t('detail.heading', { number: detail.number })}</h1>
      </div>
      <section className="card" aria-labelledby="fields-title">
        <h2 id="fields-title">{t('detail.fields')}</h2>
        <CaseFields detail={detail} ctx={ctx} part="registration" />
      </section>
      {handlingFieldCount(detail) > 0 && (
        <section className="card" aria-labelledby="handling-title">
          <h2 id="handling-title">{t('detail.handling')}</h2>
          <CaseFields detail={detail} ctx={ctx} part="handling" />
        </section>
      )}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('detail.history')}</h2>
        <CaseHistory history={history} ctx={ctx} />
      </section>
    </article>
  );
}
