import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../../shared/contract';
import { translateKey } from '../../i18n/translate-key';
import { formatCaseValue, type ValueContext } from './change-value';

interface CaseHistoryProps {
  history: ChangeEntry[];
  ctx: ValueContext;
}

/** 变更记录: every recorded change, oldest first, with who made it, at which desk, and what it replaced (old → new). */
export function CaseHistory({ history, ctx }: CaseHistoryProps) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="muted">{t('detail.historyEmpty')}</p>;
  return (
    <div className="history-scroll">
      <table className="history-table" aria-labelledby="history-title">
        <thead>
          <tr>
            <th scope="col">{t('history.at')}</th>
            <th scope="col">{t('history.user')}</th>
            <th scope="col">{t('history.desk')}</th>
            <th scope="col">{t('history.field')}</th>
            <th scope="col">{t('history.value')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{ctx.formatDateTime(entry.at)}</td>
              <td className="nowrap">{entry.userName}</td>
              <td className="nowrap">{entry.deskCode}</td>
              <td className="nowrap">{translateKey(t, `fields.${entry.field}`, entry.field)}</td>
              <td className="history-table__value">
                {'previous' in entry ? (
                  <>
                    <del className="history-table__old">{formatCaseValue(entry.field, entry.previous, ctx)}</del>
                    {' → '}
                    <ins className="history-table__new">{formatCaseValue(entry.field, entry.value, ctx)}</ins>
                  </>
                ) : (
                  formatCaseValue(entry.field, entry.value, ctx)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
