import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type Column, type Header, type SortingState, type Updater, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { useFormatDateTime } from '../../lib/use-format';
import { caseColumns, isSortableColumn, PINNED_COLUMNS } from './case-columns';
import { PAGE_SIZE, type ListSort } from './list-state';

/** Compact office density: 20 rows and more on a 1366×768 screen. */
const ROW_HEIGHT = 28;

interface CaseTableProps {
  rows: CaseSummary[];
  total: number;
  pageIndex: number;
  sort: ListSort;
  loading: boolean;
  emptyMessage: string | undefined;
  onSort: (sort: ListSort) => void;
  onOpen: (id: string) => void;
  categoryLabel: (code: string) => string;
  columnVisibility: VisibilityState;
}

function ariaSort(header: Header<CaseSummary, unknown>): 'ascending' | 'descending' | 'none' | undefined {
  if (!header.column.getCanSort()) return undefined;
  const sorted = header.column.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
}

/** The whole header text on hover, for when a narrow column cuts it short. */
function headerTitle(header: Header<CaseSummary, unknown>): string | undefined {
  const label = header.column.columnDef.header;
  return typeof label === 'string' ? label : undefined;
}

/** The number stays at the left edge and the status at the right when the list scrolls sideways. */
function pinClass(column: Column<CaseSummary, unknown>): string | undefined {
  return PINNED_COLUMNS.left.includes(column.id) ? 'pinned-left' : PINNED_COLUMNS.right.includes(column.id) ? 'pinned-right' : undefined;
}

function sortArrow(sorted: false | 'asc' | 'desc'): string {
  return sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕';
}

/** Arrow keys walk the rows, Enter opens one. */
function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, open: () => void) {
  if (event.key === 'Enter') {
    event.preventDefault();
    open();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
    if (sibling instanceof HTMLTableRowElement && sibling.tabIndex >= 0) sibling.focus();
  }
}

/**
 * One page of cases. Sorting and paging are done by the core in SQL
 * (manual mode); only the rows in view are rendered, between two spacer
 * rows that keep the scroll height right.
 */
export function CaseTable({ rows, total, pageIndex, sort, loading, emptyMessage, onSort, onOpen, categoryLabel, columnVisibility }: CaseTableProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const formatDateTime = useFormatDateTime();
  const columns = useMemo(
    () => caseColumns(t, { labels, categoryLabel, formatDateTime }),
    [t, labels, categoryLabel, formatDateTime],
  );
  const sorting: SortingState = [{ id: sort.column, desc: sort.direction === 'desc' }];

  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: total,
    state: { sorting, columnVisibility, pagination: { pageIndex, pageSize: PAGE_SIZE } },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (next && isSortableColumn(next.id)) onSort({ column: next.id, direction: next.desc ? 'desc' : 'asc' });
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [pageIndex, sort.column, sort.direction]);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="case-table" aria-label={t('cases.tableLabel')} aria-rowcount={tableRows.length + 1} aria-busy={loading}>
        <colgroup>
          {table.getVisibleLeafColumns().map((col) => (
            <col key={col.id} style={col.columnDef.size ? { width: col.getSize() } : undefined} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={pinClass(header.column)} aria-sort={ariaSort(header)} title={headerTitle(header)}>
                  {header.column.getCanSort() ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="sort-button__arrow" aria-hidden="true">
                        {sortArrow(header.column.getIsSorted())}
                      </span>
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: paddingTop }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            const open = () => onOpen(row.original.id);
            return (
              <tr
                key={row.id}
                className="case-row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                onClick={open}
                onKeyDown={(event) => onRowKeyDown(event, open)}
              >
                {row.getVisibleCells().map((cell) => {
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  // Cells cut long text with an ellipsis; the whole text is one hover away.
                  const title = typeof content === 'string' ? content : undefined;
                  return (
                    <td key={cell.id} className={pinClass(cell.column)} title={title}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: paddingBottom }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {tableRows.length === 0 && emptyMessage && (
            <tr>
              <td colSpan={columnCount} className="case-table__empty">
                {emptyMessage}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
