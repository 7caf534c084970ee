import { Card, Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallbackQuotaLine } from '../../../../shared/schemas/stats';

const TITLE_ID = 'stats-quotas-title';

/** Seed 001 2.7.7: each person's callbacks in the period against what their role owes (none for a period that is not whole months). */
export function QuotaTable({ lines }: { lines: CallbackQuotaLine[] }) {
  const { t } = useTranslation();
  const none = t('stats.metrics.none');
  const columns: TableColumnsType<CallbackQuotaLine> = [
    { key: 'name', title: t('report.quotas.person'), dataIndex: 'name', rowScope: 'row' },
    { key: 'role', title: t('report.quotas.role'), render: (_, line) => t(`role.${line.role}`) },
    { key: 'done', title: t('report.quotas.done'), dataIndex: 'done', align: 'right', className: 'stats-number' },
    { key: 'quota', title: t('report.quotas.quota'), align: 'right', className: 'stats-number', render: (_, line) => line.quota ?? none },
    {
      key: 'met',
      title: t('report.quotas.met'),
      render: (_, line) => (line.met === null ? none : line.met ? t('report.quotas.yes') : t('report.quotas.no')),
    },
  ];
  return (
    <Card
      size="small"
      role="region"
      aria-labelledby={TITLE_ID}
      className="stats-card"
      title={
        <h2 id={TITLE_ID} className="stats-card__title">
          {t('report.quotas.title')}
        </h2>
      }
    >
      {lines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.quotas.empty')} />
      ) : (
        <Table<CallbackQuotaLine> size="small" pagination={false} rowKey="userId" aria-labelledby={TITLE_ID} columns={columns} dataSource={lines} />
      )}
    </Card>
  );
}
