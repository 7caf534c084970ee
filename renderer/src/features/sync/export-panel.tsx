import { Button, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { BusyNote } from './busy-note';
import { CheckField } from './check-field';
import { FolderField } from './folder-field';
import { formatSize } from './format-size';
import { rememberedFolder, rememberFolder } from './remembered-folder';
import { ResultCard } from './sync-card';
import { SectionCard } from '../../ui/section-card';
import { useSyncAction } from './use-sync-action';
import type { SyncStatus } from './use-sync-status';
import { useCan } from '../session/session-context';
import { ChoiceSelect } from '../../ui/choice-select';

type ExportResult = ChannelOutput<'sync.export'>;

interface ExportPanelProps {
  status: SyncStatus;
  onChanged: () => void;
}

/** 导出: a sync file for the other desks, on a USB stick or in a folder. */
export function ExportPanel({ status, onChanged }: ExportPanelProps) {
  const can = useCan();
  const { t } = useTranslation();
  const [folder, setFolder] = useState(() => rememberedFolder() || (status.folder ?? ''));
  const [toDeskId, setToDeskId] = useState('');
  const [full, setFull] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const action = useSyncAction<ExportResult>();
  const { busy, error, value } = action.state;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const target = folder.trim();
    if (!target) {
      setFieldErrors({ folder: 'errors.required' });
      document.getElementById('export-folder')?.focus();
      return;
    }
    setFieldErrors({});
    const result = await action.run(() =>
      call('sync.export', { folder: target, full, ...(toDeskId ? { toDeskId } : {}) }),
    );
    if (result.ok) {
      rememberFolder(target);
      onChanged();
    } else if (result.error.code === 'VALIDATION') {
      setFieldErrors(fromServerIssues(result.error.issues));
    }
  }

  return (
    <SectionCard titleId="export-title" title={t('sync.export.title')} intro={t('sync.export.intro')}>
      <form className="sync-form" onSubmit={(event) => void submit(event)} noValidate>
        <FolderField id="export-folder" value={folder} onChange={setFolder} errorKey={fieldErrors.folder} disabled={busy} />
        {status.peers.length > 0 && (
          <FormField id="export-to" label={t('sync.export.to')} hint={toDeskId ? t('sync.export.toHint') : undefined}>
            {(control) => (
              <ChoiceSelect
                {...control}
                className="sync-form__select"
                value={toDeskId}
                disabled={busy || full}
                emptyLabel={t('sync.export.toAll')}
                choices={status.peers.map((peer) => ({ value: peer.deskId, label: t('sync.export.toDesk', { code: peer.deskCode }) }))}
                onValueChange={setToDeskId}
              />
            )}
          </FormField>
        )}
        <CheckField
          id="export-full"
          label={t('sync.export.full')}
          hint={can('export_customer_data') ? t('sync.export.fullHint') : t('sync.export.fullNotPermitted')}
          checked={full}
          disabled={busy || !can('export_customer_data')}
          onChange={setFull}
        />
        <div className="form-actions sync-form__wide">
          <Button htmlType="submit" type="primary" disabled={busy}>
            {busy ? t('sync.export.busy') : t('sync.export.submit')}
          </Button>
        </div>
      </form>
      <BusyNote busy={busy} text={t('sync.export.busy')} />
      {error && error.code !== 'VALIDATION' && <ErrorBanner error={error} />}
      {value && <ExportDone result={value} />}
    </SectionCard>
  );
}

function ExportDone({ result }: { result: ExportResult }) {
  const { t, i18n } = useTranslation();
  return (
    <ResultCard id="export-done-title" title={t('sync.export.done')} done>
      <dl className="sync-facts">
        <div className="sync-facts__wide">
          <dt>{t('sync.export.fileName')}</dt>
          <dd className="sync-path">{result.fileName}</dd>
        </div>
        <div className="sync-facts__wide">
          <dt>{t('sync.export.location')}</dt>
          <dd className="sync-path">{result.path}</dd>
        </div>
        <div>
          <dt>{t('sync.export.size')}</dt>
          <dd>{formatSize(result.bytes, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('sync.export.changes')}</dt>
          <dd>{t('sync.export.count', { n: result.changes })}</dd>
        </div>
        <div>
          <dt>{t('sync.export.attachments')}</dt>
          <dd>{t('sync.export.attachmentCount', { n: result.blobs })}</dd>
        </div>
        <div>
          <dt>{t('sync.export.kind')}</dt>
          <dd>{result.full ? t('sync.export.kindFull') : t('sync.export.kindIncremental')}</dd>
        </div>
      </dl>
      <Typography.Paragraph type="secondary">{t('sync.export.doneHint')}</Typography.Paragraph>
    </ResultCard>
  );
}
