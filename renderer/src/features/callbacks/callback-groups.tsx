import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { useFormatDateTime } from '../../lib/use-format';

export const URGENCIES = ['overdue', 'due_today', 'upcoming', 'done'] as const;
type Urgency = (typeof URGENCIES)[number];

interface CallbackGroupsProps {
  callbacks: readonly Callback[];
  showDone: boolean;
  onPick: (callback: Callback) => void;
}

function CallbackGroup({ urgency, rows, onPick }: { urgency: Urgency; rows: readonly Callback[]; onPick: (c: Callback) => void }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const titleId = `group-${urgency}`;
  const title = t(`callbacks.groups.${urgency}`);
  return (
    <section className={`callback-group callback-group--${urgency}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="callback-group__title">
        {t('callbacks.groupCount', { title, n: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p className="muted callback-group__empty">{t('callbacks.groupEmpty')}</p>
      ) : (
        <div className="callback-table-wrap">
          <table className="callback-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('callbacks.columns.number')}</th>
                <th scope="col">{t('callbacks.columns.complainant')}</th>
                <th scope="col">{t('callbacks.columns.phone')}</th>
                <th scope="col">{t('callbacks.columns.buildingRoom')}</th>
                <th scope="col">{t('callbacks.columns.round')}</th>
                <th scope="col">{t('callbacks.columns.dueAt')}</th>
                <th scope="col">{t('callbacks.columns.method')}</th>
                <th scope="col">{t('callbacks.columns.assignee')}</th>
                <th scope="col">{urgency === 'done' ? t('callbacks.columns.outcome') : t('callbacks.columns.attempts')}</th>
                <th scope="col">
                  <span className="callbacks-sr-only">{t('callbacks.openShort')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((callback) => (
                <tr key={callback.id} className="callback-table__row" onClick={() => onPick(callback)}>
                  <td className="nowrap">{callback.caseNumber}</td>
                  <td>{callback.complainantName}</td>
                  <td className="nowrap">{callback.phone || t('common.empty')}</td>
                  <td>{callback.buildingRoom || t('common.empty')}</td>
                  <td className="nowrap">{t('callbacks.roundN', { n: callback.round })}</td>
                  <td className="nowrap callback-table__due">{format(callback.dueAt)}</td>
                  <td className="nowrap">{t(`callbacks.methods.${callback.method}`)}</td>
                  <td>{callback.assigneeName || t('common.empty')}</td>
                  <td className="nowrap">
                    {urgency === 'done'
                      ? callback.satisfaction
                        ? t(`callbacks.satisfaction.${callback.satisfaction}`)
                        : t(`callbacks.round.status.${callback.status}`)
                      : t('callbacks.attemptsN', { n: callback.attempts.length })}
                  </td>
                  <td>
                    <Button
                     
                      size="small"
                      aria-label={t('callbacks.open', { number: callback.caseNumber })}
                      onClick={(event) => {
                        event.stopPropagation();
                        onPick(callback);
                      }}
                    >
                      {t('callbacks.openShort')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * 已逾期 · 今天到期 · 即将到期 (and 已完成 when asked): one table each.
 * A click on a row, or its button (the keyboard way), opens the callback.
 */
export function CallbackGroups({ callbacks, showDone, onPick }: CallbackGroupsProps) {
  const groups = URGENCIES.filter((urgency) => urgency !== 'done' || showDone);
  return (
    <div className="callback-groups">
      {groups.map((urgency) => (
        <CallbackGroup key={urgency} urgency={urgency} rows={callbacks.filter((c) => c.urgency === urgency)} onPick={onPick} />
      ))}
    </div>
  );
}
