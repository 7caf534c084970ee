import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { leave } from '../../lib/leave-guard';
import { hrefFor, navigate } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { useCustomerHistory } from './use-customer-history';

interface CustomerHistoryProps {
  phone: string;
  buildingRoom: string;
  category: string;
  /** The duplicate window from the settings, to say "within N days". */
  windowDays: number | null;
}

/** Opening an earlier case goes through the leave guard, so a half-typed complaint is not lost. */
function openCase(event: MouseEvent, id: string) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  leave(() => navigate({ name: 'case', id }));
}

function CaseLine({ row }: { row: CaseSummary }) {
  const labels = useEnumLabels();
  const { categoryLabel } = useOrgLookups();
  const formatDateTime = useFormatDateTime();
  return (
    <li className="history-case">
      <a href={hrefFor({ name: 'case', id: row.id })} onClick={(event) => openCase(event, row.id)} className="history-case__number">
        {row.number}
      </a>
      <span className={`badge badge--${row.status}`}>{labels.status(row.status)}</span>
      <span className="history-case__meta muted">
        {formatDateTime(row.receivedAt)} · {categoryLabel(row.category)} · {row.complainantName} · {row.buildingRoom}
      </span>
      <span className="history-case__text">{row.contentPreview}</span>
    </li>
  );
}

export function CaseGroup({ id, title, rows }: { id: string; title: string; rows: CaseSummary[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="history-group">
      <h3 id={id}>{title}</h3>
      <ul className="history-cases">
        {rows.map((row) => (
          <CaseLine key={row.id} row={row} />
        ))}
      </ul>
    </section>
  );
}

/** Beside the intake form: this customer's and this unit's earlier complaints, and a warning of a likely duplicate. */
export function CustomerHistory({ phone, buildingRoom, category, windowDays }: CustomerHistoryProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { related, asked } = useCustomerHistory(phone, buildingRoom, category);
  const duplicate = related?.duplicate ?? null;
  const none = related && related.byPhone.length === 0 && related.byUnit.length === 0;
  return (
    <aside className="customer-history" aria-labelledby="customer-history-title">
      <h2 id="customer-history-title">{t('lifecycle.intake.historyTitle')}</h2>
      {!asked && <p className="muted">{t('lifecycle.intake.historyHint')}</p>}
      <div role="status" className="customer-history__live">
        {duplicate && (
          <div className="customer-history__duplicate">
            <strong>{t('lifecycle.intake.duplicateTitle')}</strong>
            <p>
              {t('lifecycle.intake.duplicateBody', {
                // A repeat is found by unit or by phone: name whichever matched.
                unit: buildingRoom.trim() !== '' && duplicate.buildingRoom === buildingRoom.trim() ? duplicate.buildingRoom : t('lifecycle.intake.samePhone'),
                days: windowDays ?? '?',
                number: duplicate.number,
                at: formatDateTime(duplicate.receivedAt),
              })}{' '}
              <a href={hrefFor({ name: 'case', id: duplicate.id })} onClick={(event) => openCase(event, duplicate.id)}>
                {t('lifecycle.intake.openEarlier', { number: duplicate.number })}
              </a>
            </p>
          </div>
        )}
        {asked && none && <p className="muted">{t('lifecycle.intake.noHistory')}</p>}
      </div>
      {related && (
        <>
          <CaseGroup id="history-by-phone" title={t('lifecycle.intake.byPhone', { n: related.byPhone.length })} rows={related.byPhone} />
          <CaseGroup id="history-by-unit" title={t('lifecycle.intake.byUnit', { n: related.byUnit.length })} rows={related.byUnit} />
        </>
      )}
    </aside>
  );
}
