import { Card, DatePicker, Empty, Flex, Progress, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { QuotaRow } from '../../../../shared/schemas/callbacks';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH = 'YYYY-MM';

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

  const columns: TableColumnsType<QuotaRow> = [
    { key: 'name', title: t('callbacks.quota.person'), render: (_, row) => row.name },
    { key: 'role', title: t('callbacks.quota.role'), render: (_, row) => t(`settings.roles.${row.role}`) },
    { key: 'done', title: t('callbacks.quota.done'), render: (_, row) => row.done },
    { key: 'quota', title: t('callbacks.quota.quota'), render: (_, row) => row.quota || t('common.empty') },
    { key: 'status', title: t('callbacks.quota.status'), render: (_, row) => <QuotaProgress row={row} /> },
  ];

  return (
    <Card
      size="small"
      role="region"
      aria-labelledby="quota-title"
      title={<h2 id="quota-title">{t('callbacks.quota.title')}</h2>}
      extra={
        <Flex gap="small" align="center">
          <label htmlFor="quota-month" className="muted">
            {t('callbacks.quota.month')}
          </label>
          <DatePicker
            id="quota-month"
            picker="month"
            size="small"
            format={MONTH}
            allowClear={false}
            value={dayjs(month, MONTH)}
            onChange={(day) => setMonth(day ? day.format(MONTH) : currentMonth())}
          />
        </Flex>
      }
    >
      {failure && <ErrorBanner error={failure} />}
      {rows && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callbacks.quota.empty')} />}
      {rows && rows.length > 0 && (
        <Table<QuotaRow>
          size="small"
          pagination={false}
          aria-label={t('callbacks.quota.caption', { month })}
          rowKey="userId"
          columns={columns}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}

/** Met, or how many are still to do, with a bar for a glance (the words carry the meaning). */
function QuotaProgress({ row }: { row: QuotaRow }) {
  const { t } = useTranslation();
  if (row.quota <= 0) return null;
  const met = row.done >= row.quota;
  return (
    <>
      <Typography.Text type={met ? 'success' : 'warning'} className="nowrap">
        {met ? t('callbacks.quota.met') : t('callbacks.quota.short', { n: row.quota - row.done })}
      </Typography.Text>
      <Progress
        size="small"
        aria-hidden="true"
        showInfo={false}
        status={met ? 'success' : 'normal'}
        percent={Math.round((Math.min(row.done, row.quota) / row.quota) * 100)}
      />
    </>
  );
}
