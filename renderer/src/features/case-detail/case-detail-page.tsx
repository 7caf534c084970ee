import { useMemo } from 'react';
import { Button } from 'antd';
import type { CaseDetail } from '../../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { CaseCallbacksPanel } from '../callbacks/case-callbacks-panel';
import { PrintMenu } from '../printing/print-menu';
import { CaseActions } from '../lifecycle/case-actions';
import { CaseStatusBar } from '../lifecycle/case-status-bar';
import { CaseTimeline } from '../lifecycle/case-timeline';
import { SpecialTeamPanel } from '../lifecycle/special-team-panel';
import { ContractorWorkPanel } from '../contractors/contractor-work-panel';
import { hrefFor } from '../../lib/route';
import { ErrorBanner } from '../../ui/error-banner';
import { CaseCustomerHistory } from './case-customer-history';
import { SectionCard } from '../../ui/section-card';
import { CaseFields, handlingFieldCount } from './case-fields';
import { CaseHistory } from './case-history';
import { useCaseDetail } from './use-case-detail';
import { useValueContext } from './use-value-context';
import { RegistrationTools, SetAsideBanner } from './registration-tools';
import { CaseViewers } from './case-viewers';
import { useCan } from '../session/session-context';

const NO_USERS: never[] = [];

/** The cases this one names, by id: the one it repeats, the one it was merged into, the ones merged into it. */
function namedCaseNumbers(detail: CaseDetail): Map<string, string> {
  const numbers = new Map(detail.mergedCases.map((merged) => [merged.id, merged.number] as const));
  if (detail.repeatOf && detail.repeatOfNumber) numbers.set(detail.repeatOf, detail.repeatOfNumber);
  if (detail.mergedInto && detail.mergedIntoNumber) numbers.set(detail.mergedInto, detail.mergedIntoNumber);
  return numbers;
}

/**
 * One case: where it stands and what can be done next (beside it), its
 * fields, the callbacks, its story in time order, and every recorded change.
 */
export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const { state, reload, refresh } = useCaseDetail(id);
  const shown = state.status === 'ready' ? state.detail : undefined;
  const caseNumbers = useMemo(() => (shown ? namedCaseNumbers(shown) : undefined), [shown]);
  const ctx = useValueContext(state.status === 'ready' ? state.users : NO_USERS, caseNumbers);
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
          <Button onClick={reload}>
            {t('app.retry')}
          </Button>
        )}
      </section>
    );
  }
  const { detail, history, timeline, settings, group, team } = state;
  const changed = () => void refresh();
  return (
    <article className="case-detail lc-page" aria-labelledby="case-title">
      {back}
      <div className="page-head lc-page-head">
        <h1 id="case-title">{t('detail.heading', { number: detail.number })}</h1>
        <div className="lc-page-head__tools">
          <PrintMenu caseId={detail.id} />
        </div>
      </div>
      <CaseStatusBar detail={detail} group={group} />
      <div className="lc-layout">
        <div className="lc-layout__main">
          <SectionCard titleId="fields-title" title={t('detail.fields')} extra={<RegistrationTools detail={detail} onChanged={changed} />}>
            <SetAsideBanner detail={detail} />
            <CaseFields detail={detail} ctx={ctx} part="registration" />
          </SectionCard>
          {handlingFieldCount(detail) > 0 && (
            <SectionCard titleId="handling-title" title={t('detail.handling')}>
              <CaseFields detail={detail} ctx={ctx} part="handling" />
            </SectionCard>
          )}
          {settings && <ContractorWorkPanel detail={detail} settings={settings} />}
          {team && settings && (
            <SpecialTeamPanel caseId={detail.id} team={team} settings={settings} open={detail.status !== 'closed'} onChanged={changed} />
          )}
          <CaseCustomerHistory key={detail.updatedAt} caseId={detail.id} />
          {/* Read again when a round is scheduled (resolved, or its result verified), waived (closed without one) or dropped (reopened). */}
          <CaseCallbacksPanel key={`${detail.resolvedAt ?? 'open'}-${detail.verifiedAt ?? ''}-${detail.callbackException}`} caseId={detail.id} onChanged={changed} />
          <CaseTimeline
            detail={detail}
            timeline={timeline}
            settings={settings}
            createdByName={detail.createdByName}
            valueContext={ctx}
            onChanged={changed}
          />
          <SectionCard titleId="history-title" title={t('detail.history')}>
            <CaseHistory history={history} ctx={ctx} />
          </SectionCard>
          {can('read_access_log') && <CaseViewers key={detail.updatedAt} caseId={detail.id} />}
        </div>
        <aside className="lc-layout__side" aria-label={t('lifecycle.actionsTitle')}>
          {settings ? (
            <CaseActions
              detail={detail}
              settings={settings}
              team={team}
              onChanged={changed}
              onStale={changed}
            />
          ) : (
            <ErrorBanner error={{ code: 'INTERNAL', message: 'settings could not be read' }} />
          )}
        </aside>
      </div>
    </article>
  );
}
