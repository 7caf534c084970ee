import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../lib/use-format';
import { SectionCard } from '../../ui/section-card';
import type { SyncStatus } from './use-sync-status';

type LogEntry = SyncStatus['log'][number];

/** 同步记录: every export and import at this desk, newest first: when, which way, which desk, how much, by whom. */
export function SyncLog({ log }: { log: SyncStatus['log'] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  // Counts only an import has (new cases, conflicts) read as "—" on an export's line.
  const onImport = (entry: LogEntry, value: number) => (entry.direction === 'import' ? value : t('common.empty'));
  const columns: TableColumnsType<LogEntry> = [
    { key: 'at', title: t('sync.log.at'), className: 'nowrap', render: (_, entry) => formatDateTime(entry.at) },
    {
      key: 'direction',
      title: t('sync.log.direction'),
      className: 'nowrap',
      render: (_, entry) =>
        entry.direction === 'import' ? (
          <Tag color="blue">
            <span aria-hidden="true">↓ </span>
            {t('sync.log.import')}
          </Tag>
        ) : (
          <Tag color="green">
            <span aria-hidden="true">↑ </span>
            {t('sync.log.export')}
          </Tag>
        ),
    },
    { key: 'desk', title: t('sync.log.desk'), className: 'nowrap', render: (_, entry) => entry.peerDeskCode || t('sync.log.allDesks') },
    { key: 'file', title: t('sync.log.file'), render: (_, entry) => <span className="sync-path">{entry.fileName}</span> },
    {
      key: 'changes',
      title: t('sync.log.changes'),
      align: 'right',
      className: 'nowrap',
      render: (_, entry) => (entry.direction === 'import' ? t('sync.log.importChanges', { n: entry.newChanges, total: entry.changes }) : entry.changes),
    },
    { key: 'newCases', title: t('sync.log.newCases'), align: 'right', render: (_, entry) => onImport(entry, entry.newCases) },
    {
      key: 'conflicts',
      title: t('sync.log.conflicts'),
      align: 'right',
      render: (_, entry) =>
        entry.direction === 'import' && entry.conflicts > 0 ? (
          <Typography.Text type="danger" strong>
            {entry.conflicts}
          </Typography.Text>
        ) : (
          onImport(entry, entry.conflicts)
        ),
    },
    { key: 'person', title: t('sync.log.person'), className: 'nowrap', render: (_, entry) => entry.userName || t('common.empty') },
  ];
  return (
    <SectionCard titleId="log-title" title={t('sync.log.title')}>
      {log.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sync.log.empty')} />
      ) : (
        <Table<LogEntry> size="small" pagination={false} rowKey="id" aria-labelledby="log-title" columns={columns} dataSource={log} />
      )}
    </SectionCard>
  );
}
