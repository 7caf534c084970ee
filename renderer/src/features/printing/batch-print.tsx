import { Button, Card, Checkbox, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useId, useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorBanner } from '../../ui/error-banner';
import { PrintPreviewDialog } from './print-preview-dialog';
import { FORM_KINDS, batchForm, type FormKindCode } from './print-request';
import { MONTH_OF, useBatchCases, type BatchFilter } from './use-batch-cases';
import { STATUSES } from '../../../../shared/domain';
import { useEnumLabels } from '../../i18n/use-enum-labels';

/** The last two years' months, newest first, as `YYYY-MM` in the desk's time. */
function recentMonths(now: Date, count = 24): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * 批量打印: choose the cases by state and month (received, dispatched or resolved in it), tick them, get one
 * PDF with each case on its own pages (the handling form by default): this morning's dispatches, or the
 * month's handling forms for the company (002 4.7).
 */
export function BatchPrint() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const formatDateTime = useFormatDateTime();
  const [filter, setFilter] = useState<BatchFilter>({ status: 'dispatched', month: '', monthOf: 'receivedAt' });
  const [months] = useState(() => recentMonths(new Date()));
  const cases = useBatchCases(filter);
  const statusId = useId();
  const monthId = useId();
  const monthOfId = useId();
  const [kind, setKind] = useState<FormKindCode>('handling');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // A new choice of cases starts with none ticked.
  const refilter = (change: Partial<BatchFilter>) => {
    setSelected(new Set());
    setFilter((current) => ({ ...current, ...change }));
  };
  const [previewing, setPreviewing] = useState<string[]>();
  const formId = useId();
  const titleId = useId();

  const rows = cases.status === 'ready' ? cases.rows : [];
  const total = cases.status === 'ready' ? cases.total : 0;
  // Keep the list's order (newest first) in the PDF, whatever order the boxes were ticked in.
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const columns: TableColumnsType<CaseSummary> = [
    { key: 'number', title: t('fields.number'), render: (_, row) => <a href={hrefFor({ name: 'case', id: row.id })}>{row.number}</a> },
    { key: 'complainant', title: t('fields.complainantName'), render: (_, row) => row.complainantName },
    { key: 'room', title: t('fields.buildingRoom'), render: (_, row) => row.buildingRoom },
    { key: 'department', title: t('fields.departmentName'), render: (_, row) => row.departmentName },
    { key: 'received', title: t('fields.receivedAt'), render: (_, row) => formatDateTime(row.receivedAt) },
  ];

  return (
    <Card size="small" role="region" aria-labelledby={titleId} title={<h2 id={titleId}>{t('printing.page.batchTitle')}</h2>}>
      <p className="muted">{t('printing.page.batchHint')}</p>
      <Flex wrap gap="small" align="center" className="batch-print__tools">
        <label htmlFor={statusId}>{t('printing.page.state')}</label>
        <EnumSelect
          id={statusId}
          values={STATUSES}
          value={filter.status}
          labelOf={labels.status}
          emptyLabel={t('printing.page.anyState')}
          onValueChange={(status) => refilter({ status })}
        />
        <label htmlFor={monthId}>{t('printing.page.month')}</label>
        <EnumSelect
          id={monthId}
          values={months}
          value={filter.month}
          labelOf={(month) => t('printing.page.monthName', { year: month.slice(0, 4), month: Number(month.slice(5)) })}
          emptyLabel={t('printing.page.anyMonth')}
          onValueChange={(month) => refilter({ month })}
        />
        <label htmlFor={monthOfId}>{t('printing.page.monthOf')}</label>
        <EnumSelect
          id={monthOfId}
          values={MONTH_OF}
          value={filter.monthOf}
          labelOf={(field) => t(`printing.page.monthOfField.${field}`)}
          onValueChange={(monthOf) => monthOf && refilter({ monthOf })}
        />
      </Flex>
      {cases.status === 'loading' && <p className="muted">{t('printing.page.loading')}</p>}
      {cases.status === 'failed' && <ErrorBanner error={cases.error} />}
      {cases.status === 'ready' && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('printing.page.none')} />}
      {rows.length > 0 && (
        <>
          <Flex wrap gap="small" align="center" className="batch-print__tools">
            <label htmlFor={formId}>{t('printing.page.form')}</label>
            <EnumSelect
              id={formId}
              values={FORM_KINDS}
              value={kind}
              labelOf={(code) => t(`printing.kind.${code}`)}
              onValueChange={(value) => value && setKind(value)}
            />
            <span className="muted" aria-live="polite">
              {t('printing.page.selected', { count: chosen.length })}
            </span>
            <Button type="primary" disabled={chosen.length === 0} onClick={() => setPreviewing(chosen)}>
              {t('printing.page.printSelected')}
            </Button>
          </Flex>
          <Table<CaseSummary>
            size="small"
            pagination={false}
            aria-label={t('printing.page.casesTable')}
            rowKey="id"
            columns={columns}
            dataSource={rows}
            rowSelection={{
              selectedRowKeys: chosen,
              onChange: (keys) => setSelected(new Set(keys.map(String))),
              // Each box is named by its case, as a person reads the row; antd's own names are "Select row 1".
              getCheckboxProps: (row) => ({ 'aria-label': t('printing.page.select', { number: row.number }) }),
              columnTitle: (
                <Checkbox
                  aria-label={t('printing.page.selectAll')}
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                />
              ),
            }}
          />
          {total > rows.length && <p className="muted">{t('printing.page.more', { shown: rows.length, total })}</p>}
        </>
      )}
      {previewing && (
        <PrintPreviewDialog
          target={batchForm(kind, previewing)}
          name={t('printing.preview.batchName', { form: t(`printing.kind.${kind}`), count: previewing.length })}
          onClose={() => setPreviewing(undefined)}
        />
      )}
    </Card>
  );
}
