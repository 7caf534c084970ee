import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract';
import { ACCESS_ACTIONS, type AccessAction, type AccessLogRow } from '../../../../shared/schemas/session';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { endOfDay, startOfDay } from '../../lib/dates';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorBanner } from '../../ui/error-banner';
import { DateInput } from '../../ui/date-inputs';

const PAGE = 100;

interface Filters {
  userId: string;
  caseNumber: string;
  action: AccessAction | '';
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { userId: '', caseNumber: '', action: '', from: '', to: '' };

/**
 * 访问记录 (档案查询签阅, seed 003): who opened which case, showed which number, printed or exported
 * what, signed in or failed to, when and at which desk. Filtered by person, case and date; printed as shown.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [users, setUsers] = useState<User[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<{ rows: AccessLogRow[]; total: number }>();
  const [failure, setFailure] = useState<AppError>();
  const [unknownCase, setUnknownCase] = useState(false);

  useEffect(() => {
    void call('users.list', {}).then((answer) => answer.ok && setUsers(answer.value));
  }, []);

  useEffect(() => {
    let current = true;
    void (async () => {
      let caseId: string | undefined;
      if (filters.caseNumber.trim()) {
        const found = await call('cases.findByNumber', { number: filters.caseNumber });
        if (!current) return;
        setUnknownCase(!found.ok);
        if (!found.ok) return setResult({ rows: [], total: 0 });
        caseId = found.value.id;
      } else setUnknownCase(false);
      const answer = await call('accessLog.list', {
        ...(filters.userId ? { userId: filters.userId } : {}),
        ...(caseId ? { caseId } : {}),
        actions: filters.action ? [filters.action] : [],
        from: startOfDay(filters.from),
        to: endOfDay(filters.to),
        offset: page * PAGE,
        limit: PAGE,
      });
      if (!current) return;
      if (answer.ok) {
        setResult(answer.value);
        setFailure(undefined);
      } else setFailure(answer.error);
    })();
    return () => {
      current = false;
    };
  }, [filters, page]);

  const change = (patch: Partial<Filters>) => {
    setPage(0);
    setFilters((current) => ({ ...current, ...patch }));
  };
  const names = new Map(users.map((u) => [u.id, u.name]));
  const pages = Math.max(1, Math.ceil((result?.total ?? 0) / PAGE));

  return (
    <section className="page access-log" aria-labelledby="access-log-title">
      <div className="page-head">
        <h1 id="access-log-title">{t('accessLog.title')}</h1>
        <p className="muted">{t('accessLog.intro')}</p>
        <Button className="no-print" onClick={() => window.print()}>
          {t('accessLog.print')}
        </Button>
      </div>
      <div role="search" aria-label={t('accessLog.filters')} className="filters no-print">
        <div className="filter">
          <label htmlFor="log-person">{t('accessLog.person')}</label>
          <EnumSelect
            id="log-person"
            values={users.map((u) => u.id)}
            value={filters.userId}
            labelOf={(id) => names.get(id) ?? id}
            emptyLabel={t('common.all')}
            onValueChange={(userId) => change({ userId })}
          />
        </div>
        <div className="filter">
          <label htmlFor="log-case">{t('accessLog.caseNumber')}</label>
          <input id="log-case" type="search" value={filters.caseNumber} onChange={(event) => change({ caseNumber: event.target.value })} />
        </div>
        <div className="filter">
          <label htmlFor="log-action">{t('accessLog.action')}</label>
          <EnumSelect
            id="log-action"
            values={ACCESS_ACTIONS}
            value={filters.action}
            labelOf={(action) => t(`accessLog.actions.${action}`)}
            emptyLabel={t('common.all')}
            onValueChange={(action) => change({ action })}
          />
        </div>
        <div className="filter">
          <label htmlFor="log-from">{t('accessLog.from')}</label>
          <DateInput id="log-from" value={filters.from} max={filters.to} onValueChange={(from) => change({ from })} />
        </div>
        <div className="filter">
          <label htmlFor="log-to">{t('accessLog.to')}</label>
          <DateInput id="log-to" value={filters.to} min={filters.from} onValueChange={(to) => change({ to })} />
        </div>
      </div>
      {failure && <ErrorBanner error={failure} />}
      {unknownCase && <p className="muted">{t('accessLog.noSuchCase')}</p>}
      <p className="muted" aria-live="polite">
        {t('accessLog.total', { n: result?.total ?? 0 })}
      </p>
      <table className="history-table access-log__table" aria-label={t('accessLog.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('accessLog.at')}</th>
            <th scope="col">{t('accessLog.person')}</th>
            <th scope="col">{t('accessLog.action')}</th>
            <th scope="col">{t('accessLog.case')}</th>
            <th scope="col">{t('accessLog.detail')}</th>
            <th scope="col">{t('accessLog.desk')}</th>
          </tr>
        </thead>
        <tbody>
          {(result?.rows ?? []).map((row) => (
            <tr key={row.id}>
              <td className="nowrap">{formatDateTime(row.at)}</td>
              <td className="nowrap">{row.userName || t('common.empty')}</td>
              <td className="nowrap">{t(`accessLog.actions.${row.action}`)}</td>
              <td className="nowrap">{row.caseId ? <a href={hrefFor({ name: 'case', id: row.caseId })}>{row.caseNumber}</a> : ''}</td>
              <td>{row.detail}</td>
              <td className="nowrap">{row.deskCode}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="case-pager no-print" role="group" aria-label={t('cases.paging')}>
          <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('cases.previous')}
          </Button>
          <span>{t('cases.page', { page: page + 1, pages })}</span>
          <Button disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('cases.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
