import { useTranslation } from 'react-i18next';
import { hrefFor, navigate, useRoute } from '../../lib/route';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { ErrorBanner } from '../../ui/error-banner';
import { CaseFilters } from './case-filters';
import { CasePager } from './case-pager';
import { CaseTable } from './case-table';
import { hasFilters, toListQuery } from './list-state';
import { ExportCsvButton } from '../stats/export-csv-button';
import { useCaseList } from './use-case-list';
import { useDepartments } from './use-departments';
import { useCan } from '../session/session-context';

/** 案件列表: filters on top (and the work queue, when opened from the home page), one page of cases, paging underneath. */
export function CaseListPage() {
  const can = useCan();
  const { t } = useTranslation();
  const route = useRoute();
  const queue = route.name === 'cases' ? route.queue : undefined;
  const list = useCaseList(queue);
  const lookups = useOrgLookups();
  const departments = useDepartments();
  const { state } = list;
  const filtered = hasFilters(state.filters) || queue !== undefined;
  const emptyMessage = !list.loaded ? t('cases.loading') : filtered ? t('cases.noMatch') : t('cases.empty');
  return (
    <section className="case-list" aria-labelledby="case-list-title">
      <div className="page-head">
        <h1 id="case-list-title">{t('cases.title')}</h1>
        {queue && (
          <div className="queue-chip" role="status">
            <span>{t('home.queueFilter', { queue: t(`home.queue.${queue}.label`) })}</span>
            <a className="queue-chip__clear" href={hrefFor({ name: 'cases' })} aria-label={t('home.clearQueue')}>
              ✕
            </a>
          </div>
        )}
      </div>
      <CaseFilters
        filters={state.filters}
        onChange={list.setFilter}
        onClear={list.clearFilters}
        lookups={lookups}
        departments={departments}
      />
      {list.failure && <ErrorBanner error={list.failure} />}
      <CaseTable
        rows={list.rows}
        total={list.total}
        pageIndex={state.pageIndex}
        sort={state.sort}
        loading={list.loading}
        emptyMessage={emptyMessage}
        onSort={list.setSort}
        onOpen={(id) => navigate({ name: 'case', id })}
        categoryLabel={lookups.categoryLabel}
      />
      <div className="case-list__footer">
        <CasePager pageIndex={state.pageIndex} total={list.total} onPage={list.setPageIndex} />
        {can('export_customer_data') && <ExportCsvButton query={toListQuery(state, state.filters.text, queue)} />}
      </div>
    </section>
  );
}
