import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/route';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { ErrorBanner } from '../../ui/error-banner';
import { CaseFilters } from './case-filters';
import { CasePager } from './case-pager';
import { CaseTable } from './case-table';
import { hasFilters } from './list-state';
import { useCaseList } from './use-case-list';

/** 案件列表: filters on top, one page of cases, paging underneath. */
export function CaseListPage() {
  const { t } = useTranslation();
  const list = useCaseList();
  const lookups = useOrgLookups();
  const { state } = list;
  const emptyMessage = !list.loaded ? t('cases.loading') : hasFilters(state.filters) ? t('cases.noMatch') : t('cases.empty');
  return (
    <section className="case-list" aria-labelledby="case-list-title">
      <div className="page-head">
        <h1 id="case-list-title">{t('cases.title')}</h1>
      </div>
      <CaseFilters filters={state.filters} onChange={list.setFilter} onClear={list.clearFilters} lookups={lookups} />
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
      <CasePager pageIndex={state.pageIndex} total={list.total} onPage={list.setPageIndex} />
    </section>
  );
}
