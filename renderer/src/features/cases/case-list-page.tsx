import { useTranslation } from 'react-i18next';
import { hrefFor, navigate, useRoute } from '../../lib/route';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { ErrorBanner } from '../../ui/error-banner';
import { CaseFilters } from './case-filters';
import { CasePager } from './case-pager';
import { CaseTable } from './case-table';
import { ColumnSettings } from './column-settings';
import { hasFilters, toListQuery } from './list-state';
import { ExportCsvButton } from '../stats/export-csv-button';
import { useCaseList } from './use-case-list';
import { useColumnVisibility } from './use-column-visibility';
import { useListChoices } from './use-list-choices';
import { useCan, useSession } from '../session/session-context';

const COLUMN_IDS = [
  'number',
  'receivedAt',
  'complainantName',
  'phone',
  'buildingRoom',
  'category',
  'channel',
  'nature',
  'deadlineState',
  'watchedClocks',
  'contentPreview',
  'status',
] as const;

/** 案件列表: filters on top (and the work queue, when opened from the home page), one page of cases, paging underneath. */
export function CaseListPage() {
  const can = useCan();
  const { session } = useSession();
  const { t } = useTranslation();
  const route = useRoute();
  const queue = route.name === 'cases' ? route.queue : undefined;
  const list = useCaseList(queue, route.name === 'cases' ? route.list : undefined);
  const lookups = useOrgLookups();
  const { departments, sites } = useListChoices();
  const columns = useColumnVisibility(session.user?.id ?? 'nobody');
  const { state } = list;
  const filtered = hasFilters(state.filters) || queue !== undefined;
  const emptyMessage = !list.loaded ? t('cases.loading') : filtered ? t('cases.noMatch') : t('cases.empty');
  return (
    <section className="case-list" aria-labelledby="case-list-title">
      <div className="case-list__head">
        <h1 id="case-list-title">{t('cases.title')}</h1>
        {queue && (
          <div className="queue-chip" role="status">
            <span>{t('home.queueFilter', { queue: t(`home.queue.${queue}.label`) })}</span>
            <a className="queue-chip__clear" href={hrefFor({ name: 'cases' })} aria-label={t('home.clearQueue')}>
              ✕
            </a>
          </div>
        )}
        <CaseFilters
          filters={state.filters}
          onChange={list.setFilter}
          onClear={list.clearFilters}
          lookups={lookups}
          departments={departments}
          sites={sites}
        />
        <ColumnSettings
          columns={COLUMN_IDS.map((id) => ({ id, label: id === 'watchedClocks' ? t('cases.watchedClocks') : t(`fields.${id}`) }))}
          control={columns}
        />
      </div>
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
        columnVisibility={columns.visibility}
      />
      <div className="case-list__footer">
        <CasePager pageIndex={state.pageIndex} total={list.total} onPage={list.setPageIndex} />
        {can('export_customer_data') && <ExportCsvButton query={toListQuery(state, state.filters.text, queue)} />}
      </div>
    </section>
  );
}
