import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { QuotaRow } from '../../../../shared/schemas/callbacks';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';

const pad = (n: number) => String(n).padStart(2, '0');

export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
}

/** 回访指标: each person's callbacks this month against the quota for their role (seed 001: manager 3, general manager 1). */
export function QuotaTable({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(currentMonth);
  const [rows, setRows] = useState<QuotaRow[]>();
  const [failure, setFailure] = useState<AppError>();

  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    let current = true;
    void call('callbacks.quotas', { month }).then((result) => {
      if (!current) return;
      setRows(result.ok ? result.value : undefined);
      setFailure(result.ok ? undefined : result.error);
    });
    return () => {
      current = false;
    };
  }, [month, refreshKey]);

  return (
    <section className="card callback-quotas" aria-labelledby="quota-title">
      <div className="callback-quotas__head">
        <h2 id="quota-title">{t('callbacks.quota.title')}</h2>
        <label htmlFor="quota-month" className="muted">
          {t('callbacks.quota.month')}
        </label>
        <input id="quota-month" type="month" value={month} onChange={(event) => setMonth(event.target.value || currentMonth())} />
      </div>
      {failure && <ErrorBanner error={failure} />}
      {rows && rows.length === 0 && <p className="muted">{t('callbacks.quota.empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="callback-table callback-table--quota" aria-label={t('callbacks.quota.caption', { month })}>
          <thead>
            <tr>
              <th scope="col">{t('callbacks.quota.person')}</th>
              <th scope="col">{t('callbacks.quota.role')}</th>
              <th scope="col">{t('callbacks.quota.done')}</th>
              <th scope="col">{t('callbacks.quota.quota')}</th>
              <th scope="col">{t('callbacks.quota.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const met = row.done >= row.quota;
              return (
                <tr key={row.userId}>
                  <td>{row.name}</td>
                  <td>{t(`settings.roles.${row.role}`)}</td>
                  <td>{row.done}</td>
                  <td>{row.quota || t('common.empty')}</td>
                  <td>
                    {row.quota > 0 && (
                      <span className={met ? 'callback-quota callback-quota--met' : 'callback-quota callback-quota--short'}>
                        {met ? t('callbacks.quota.met') : t('callbacks.quota.short', { n: row.quota - row.done })}
                      </span>
                    )}
                    {row.quota > 0 && (
                      <meter
                        className="callback-quota__meter"
                        min={0}
                        max={row.quota}
                        value={Math.min(row.done, row.quota)}
                        aria-hidden="true"
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
