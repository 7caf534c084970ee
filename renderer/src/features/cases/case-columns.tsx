import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CaseSummary } from '../../../../shared/contract';
import { SORTABLE_CASE_COLUMNS, type SortableCaseColumn } from '../../../../shared/domain';
import type { EnumLabels } from '../../i18n/use-enum-labels';

export interface ColumnFormatters {
  labels: EnumLabels;
  categoryLabel: (code: string) => string;
  formatDateTime: (ms: number) => string;
}

const column = createColumnHelper<CaseSummary>();

export function isSortableColumn(id: string): id is SortableCaseColumn {
  return (SORTABLE_CASE_COLUMNS as readonly string[]).includes(id);
}

/** Shown until a person chooses otherwise: what fits 1366 pixels without scrolling sideways. */
export const DEFAULT_HIDDEN_COLUMNS: readonly string[] = ['channel'];

/** The number stays on the left and the status on the right when more columns than fit are shown. */
export const PINNED_COLUMNS = { left: ['number'], right: ['status'] };

/**
 * Columns of the case list; widths in pixels (0: takes what is left, the
 * content summary), the table is fixed-layout so virtualised rows line up.
 */
export function caseColumns(t: TFunction, { labels, categoryLabel, formatDateTime }: ColumnFormatters) {
  const sortable = (id: string) => ({ enableSorting: isSortableColumn(id) });
  return [
    column.accessor('number', {
      header: t('fields.number'),
      size: 156,
      cell: (info) => {
        const row = info.row.original;
        if (!row.repeatOf && !row.groupId) return info.getValue();
        return (
          <span className="case-number">
            {info.getValue()}
            {row.repeatOf && <span className="case-flag case-flag--repeat">{t('lifecycle.flag.repeat')}</span>}
            {row.groupId && <span className="case-flag case-flag--group">{t('lifecycle.flag.group')}</span>}
          </span>
        );
      },
      ...sortable('number'),
    }),
    column.accessor('receivedAt', {
      header: t('fields.receivedAt'),
      size: 128,
      sortDescFirst: true,
      cell: (info) => formatDateTime(info.getValue()),
      ...sortable('receivedAt'),
    }),
    column.accessor('complainantName', { header: t('fields.complainantName'), size: 84, ...sortable('complainantName') }),
    column.accessor('phone', { header: t('fields.phone'), size: 116, ...sortable('phone') }),
    column.accessor('buildingRoom', { header: t('fields.buildingRoom'), size: 96, ...sortable('buildingRoom') }),
    column.accessor('category', {
      header: t('fields.category'),
      size: 96,
      cell: (info) => categoryLabel(info.getValue()),
      ...sortable('category'),
    }),
    column.accessor('channel', {
      header: t('fields.channel'),
      size: 76,
      cell: (info) => labels.channel(info.getValue()),
      ...sortable('channel'),
    }),
    column.accessor('nature', {
      header: t('fields.nature'),
      size: 64,
      cell: (info) => labels.nature(info.getValue()),
      ...sortable('nature'),
    }),
    column.accessor('deadlineState', {
      header: t('fields.deadlineState'),
      size: 104,
      cell: (info) => {
        const state = info.getValue();
        const due = info.row.original.dueAt;
        if (state === 'overdue' || state === 'due_soon' || state === 'paused') {
          return <span className={`badge lc-badge--${state}`}>{t(`deadlineState.${state}`)}</span>;
        }
        return state === 'ok' && due !== null ? <span className="muted">{formatDateTime(due)}</span> : '';
      },
      enableSorting: false,
    }),
    // The response (响应) and acceptance (接单) clocks in one column: only what is late or near shows.
    column.display({
      id: 'watchedClocks',
      header: t('cases.watchedClocks'),
      size: 104,
      cell: (info) => {
        const { responseState, acceptanceState } = info.row.original;
        const shown = (
          [
            ['response', responseState],
            ['acceptance', acceptanceState],
          ] as const
        ).filter((entry): entry is readonly [(typeof entry)[0], 'overdue' | 'due_soon'] => entry[1] === 'overdue' || entry[1] === 'due_soon');
        return shown.map(([kind, state]) => (
          <span key={kind} className={`badge lc-badge--${state}`}>
            {t(`cases.clockBadge.${kind}.${state}`)}
          </span>
        ));
      },
    }),
    column.accessor('contentPreview', { header: t('fields.contentPreview'), size: 0, ...sortable('contentPreview') }),
    column.accessor('status', {
      header: t('fields.status'),
      size: 84,
      cell: (info) => {
        const row = info.row.original;
        // A voided or merged case says so where the eye looks for where a case stands.
        const standing = row.mergedInto ? 'merged' : row.voided ? 'voided' : null;
        return standing ? (
          <span className="badge badge--set-aside">{t(`standing.${standing}`)}</span>
        ) : (
          <span className={`badge badge--${info.getValue()}`}>{labels.status(info.getValue())}</span>
        );
      },
      ...sortable('status'),
    }),
  ] as ColumnDef<CaseSummary>[];
}
