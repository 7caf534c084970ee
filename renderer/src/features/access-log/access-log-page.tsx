import { Button, Flex, Input, Pagination, Space, Table } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
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

  return (
    <section className="page" aria-labelledby="access-log-title">
      <div className="page-head">
        <h1 id="access-log-title">{t('accessLog.title')}</h1>
        <p className="muted">{t('accessLog.intro')}</p>
        <Button className="no-print" onClick={() => window.print()}>
          {t('accessLog.print')}
        </Button>
      </div>
      <Flex role="search" aria-label={t('accessLog.filters')} className="no-print" wrap gap="small" align="center">
        <Filter id="log-person" label={t('accessLog.person')}>
          <EnumSelect
            id="log-person"
            className="access-log__select"
            values={users.map((u) => u.id)}
            value={filters.userId}
            labelOf={(id) => names.get(id) ?? id}
            emptyLabel={t('common.all')}
            onValueChange={(userId) => change({ userId })}
          />
        </Filter>
        <Filter id="log-case" label={t('accessLog.caseNumber')}>
          <Input id="log-case" type="search" value={filters.caseNumber} onChange={(event) => change({ caseNumber: event.target.value })} />
        </Filter>
        <Filter id="log-action" label={t('accessLog.action')}>
          <EnumSelect
            id="log-action"
            className="access-log__select"
            values={ACCESS_ACTIONS}
            value={filters.action}
            labelOf={(action) => t(`accessLog.actions.${action}`)}
            emptyLabel={t('common.all')}
            onValueChange={(action) => change({ action })}
          />
        </Filter>
        <Filter id="log-from" label={t('accessLog.from')}>
          <DateInput id="log-from" value={filters.from} max={filters.to} onValueChange={(from) => change({ from })} />
        </Filter>
        <Filter id="log-to" label={t('accessLog.to')}>
          <DateInput id="log-to" value={filters.to} min={filters.from} onValueChange={(to) => change({ to })} />
        </Filter>
      </Flex>
      {failure && <ErrorBanner error={failure} />}
      {unknownCase && <p className="muted">{t('accessLog.noSuchCase')}</p>}
      <p className="muted" aria-live="polite">
        {t('accessLog.total', { n: result?.total ?? 0 })}
      </p>
      <Table<AccessLogRow>
        size="small"
        pagination={false}
        aria-label={t('accessLog.tableLabel')}
        rowKey="id"
        dataSource={result?.rows ?? []}
        columns={[
          { key: 'at', title: t('accessLog.at'), className: 'nowrap', render: (_, row) => formatDateTime(row.at) },
          { key: 'person', title: t('accessLog.person'), className: 'nowrap', render: (_, row) => row.userName || t('common.empty') },
          { key: 'action', title: t('accessLog.action'), className: 'nowrap', render: (_, row) => t(`accessLog.actions.${row.action}`) },
          {
            key: 'case',
            title: t('accessLog.case'),
            className: 'nowrap',
            render: (_, row) => (row.caseId ? <a href={hrefFor({ name: 'case', id: row.caseId })}>{row.caseNumber}</a> : ''),
          },
          { key: 'detail', title: t('accessLog.detail'), dataIndex: 'detail' },
          { key: 'desk', title: t('accessLog.desk'), className: 'nowrap', dataIndex: 'deskCode' },
        ]}
      />
      {/* The core pages the log (it grows without end); antd's pager asks it for the page chosen. */}
      <Pagination
        className="no-print"
        align="end"
        current={page + 1}
        pageSize={PAGE}
        total={result?.total ?? 0}
        showSizeChanger={false}
        hideOnSinglePage
        onChange={(chosen) => setPage(chosen - 1)}
      />
    </section>
  );
}

/** A filter's label beside its control. */
function Filter({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Space size={4}>
      <label htmlFor={id}>{label}</label>
      {children}
    </Space>
  );
}
