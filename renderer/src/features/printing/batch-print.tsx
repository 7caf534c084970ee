import { Button } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorBanner } from '../../ui/error-banner';
import { PrintPreviewDialog } from './print-preview-dialog';
import { FORM_KINDS, batchForm, type FormKindCode } from './print-request';
import { useDispatchedCases } from './use-dispatched-cases';

/** 批量打印: tick dispatched cases, get one PDF with each case on its own pages (the handling form by default). */
export function BatchPrint() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const cases = useDispatchedCases();
  const [kind, setKind] = useState<FormKindCode>('handling');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [previewing, setPreviewing] = useState<string[]>();
  const formId = useId();
  const titleId = useId();

  const rows = cases.status === 'ready' ? cases.rows : [];
  const total = cases.status === 'ready' ? cases.total : 0;
  // Keep the list's order (newest first) in the PDF, whatever order the boxes were ticked in.
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('printing.page.batchTitle')}</h2>
      <p className="muted">{t('printing.page.batchHint')}</p>
      {cases.status === 'loading' && <p className="muted">{t('printing.page.loading')}</p>}
      {cases.status === 'failed' && <ErrorBanner error={cases.error} />}
      {cases.status === 'ready' && rows.length === 0 && <p className="muted">{t('printing.page.none')}</p>}
      {rows.length > 0 && (
        <>
          <div className="batch-print__tools">
            <label htmlFor={formId}>{t('printing.page.form')}</label>
            <EnumSelect
              id={formId}
              values={FORM_KINDS}
              value={kind}
              labelOf={(code) => t(`printing.kind.${code}`)}
              onValueChange={(value) => value && setKind(value)}
            />
            <span className="batch-print__count" aria-live="polite">
              {t('printing.page.selected', { count: chosen.length })}
            </span>
            <Button type="primary" disabled={chosen.length === 0} onClick={() => setPreviewing(chosen)}>
              {t('printing.page.printSelected')}
            </Button>
          </div>
          <table className="batch-print__table" aria-label={t('printing.page.casesTable')}>
            <thead>
              <tr>
                <th scope="col" className="batch-print__check">
                  <input
                    type="checkbox"
                    aria-label={t('printing.page.selectAll')}
                    checked={allChosen}
                    onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t('fields.number')}</th>
                <th scope="col">{t('fields.complainantName')}</th>
                <th scope="col">{t('fields.buildingRoom')}</th>
                <th scope="col">{t('fields.departmentName')}</th>
                <th scope="col">{t('fields.receivedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="batch-print__check">
                    <input
                      type="checkbox"
                      aria-label={t('printing.page.select', { number: row.number })}
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.target.checked)}
                    />
                  </td>
                  <td>
                    <a href={hrefFor({ name: 'case', id: row.id })}>{row.number}</a>
                  </td>
                  <td>{row.complainantName}</td>
                  <td>{row.buildingRoom}</td>
                  <td>{row.departmentName}</td>
                  <td>{formatDateTime(row.receivedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
    </section>
  );
}
