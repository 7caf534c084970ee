import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { useFormatDateTime } from '../../lib/use-format';
import { formatSize } from './format-size';

export type SyncFile = ChannelOutput<'sync.listFiles'>[number];

interface SyncFileListProps {
  files: SyncFile[];
  chosen: string;
  onChoose: (path: string) => void;
  deskCode: string;
  disabled?: boolean;
}

/** This desk's own files (exports, its shared-folder file) have its code right after the prefix. */
const isOwnFile = (fileName: string, deskCode: string) =>
  fileName.startsWith(`complaint-desk-${deskCode}-`) || fileName.startsWith(`complaint-desk-${deskCode}.`);

/**
 * The sync files found in a folder, newest first; one is chosen (a radio
 * named by its file name, or a click anywhere on its row) to preview and import.
 */
export function SyncFileList({ files, chosen, onChoose, deskCode, disabled }: SyncFileListProps) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (files.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sync.import.noFiles')} />;
  const columns: TableColumnsType<SyncFile> = [
    {
      key: 'name',
      title: t('sync.import.fileName'),
      render: (_, file) => (
        <>
          <span className="sync-path">{file.fileName}</span>
          {isOwnFile(file.fileName, deskCode) && <Tag className="sync-files__own">{t('sync.import.ownFile')}</Tag>}
        </>
      ),
    },
    { key: 'size', title: t('sync.import.size'), align: 'right', className: 'nowrap', render: (_, file) => formatSize(file.size, i18n.language) },
    { key: 'modifiedAt', title: t('sync.import.modifiedAt'), className: 'nowrap', render: (_, file) => formatDateTime(file.modifiedAt) },
  ];
  return (
    <Table<SyncFile>
      className="sync-files"
      size="small"
      bordered
      pagination={false}
      rowKey="path"
      aria-label={t('sync.import.files')}
      title={() => t('sync.import.files')}
      columns={columns}
      dataSource={files}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: chosen ? [chosen] : [],
        onChange: (keys) => {
          const [path] = keys;
          if (typeof path === 'string') onChoose(path);
        },
        getCheckboxProps: (file) => ({ disabled, 'aria-label': file.fileName }),
      }}
      onRow={(file) => ({ onClick: () => !disabled && file.path !== chosen && onChoose(file.path) })}
    />
  );
}
