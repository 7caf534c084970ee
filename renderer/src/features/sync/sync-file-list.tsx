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

/** The sync files found in a folder, newest first; one is chosen to preview and import. */
export function SyncFileList({ files, chosen, onChoose, deskCode, disabled }: SyncFileListProps) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (files.length === 0) return <p className="sync-note">{t('sync.import.noFiles')}</p>;
  return (
    <fieldset className="sync-files" disabled={disabled}>
      <legend className="sync-files__legend">{t('sync.import.files')}</legend>
      <div className="sync-file sync-file--head" aria-hidden="true">
        <span />
        <span>{t('sync.import.fileName')}</span>
        <span>{t('sync.import.size')}</span>
        <span>{t('sync.import.modifiedAt')}</span>
      </div>
      {files.map((file) => (
        <label key={file.path} className={`sync-file${file.path === chosen ? ' sync-file--chosen' : ''}`}>
          <input type="radio" name="sync-file" value={file.path} checked={file.path === chosen} onChange={() => onChoose(file.path)} />
          <span className="sync-file__name">
            {file.fileName}
            {isOwnFile(file.fileName, deskCode) && <span className="badge sync-file__own">{t('sync.import.ownFile')}</span>}
          </span>
          <span className="nowrap">{formatSize(file.size, i18n.language)}</span>
          <span className="nowrap">{formatDateTime(file.modifiedAt)}</span>
        </label>
      ))}
    </fieldset>
  );
}
