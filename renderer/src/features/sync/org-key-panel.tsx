import { Alert, Button, Input, Popconfirm, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { SectionCard } from '../../ui/section-card';
import { useCan } from '../session/session-context';
import { BusyNote } from './busy-note';
import { FolderField } from './folder-field';
import { ImportSummaryView } from './import-summary';
import { PassphraseField } from './passphrase-field';
import { rememberedFolder, rememberFolder } from './remembered-folder';
import { ResultCard } from './sync-card';
import { useSyncAction } from './use-sync-action';
import type { SyncStatus } from './use-sync-status';

type Written = ChannelOutput<'sync.writeInvitation'>;
type Accepted = ChannelOutput<'sync.acceptInvitation'>;

interface OrgKeyPanelProps {
  status: SyncStatus;
  onStatus: (status: SyncStatus) => void;
  onChanged: () => void;
}

/**
 * 机构密钥: every sync file is sealed with the organisation's key. A manager writes an invitation for a new
 * desk (or an older desk after its upgrade), takes one at a desk that has no key yet, makes the key at the
 * first desk upgraded, or replaces it.
 */
export function OrgKeyPanel({ status, onStatus, onChanged }: OrgKeyPanelProps) {
  const { t } = useTranslation();
  const can = useCan();
  const formatDateTime = useFormatDateTime();
  const key = status.orgKey;
  const manage = useSyncAction<SyncStatus>();
  return (
    <SectionCard titleId="org-key-title" title={t('sync.keys.title')} intro={t('sync.keys.intro')}>
      {key.needsKey ? (
        <Alert type="warning" showIcon role="status" title={t('sync.keys.needsKey')} />
      ) : (
        <Typography.Paragraph>
          {t('sync.keys.held', { at: key.keyCreatedAt === null ? '' : formatDateTime(key.keyCreatedAt), desks: key.desksWithKeys })}
          {key.olderKeys > 0 && ` ${t('sync.keys.olderKeys', { n: key.olderKeys })}`}
        </Typography.Paragraph>
      )}
      {!can('org_keys') ? (
        <Typography.Paragraph type="secondary">{t('sync.keys.managersOnly')}</Typography.Paragraph>
      ) : (
        <>
          {key.needsKey && (
            <div className="form-actions">
              <Popconfirm
                title={t('sync.keys.establishConfirm')}
                okText={t('sync.keys.establish')}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  const result = await manage.run(() => call('sync.establishKey', {}));
                  if (result.ok) onStatus(result.value);
                }}
              >
                <Button type="primary" disabled={manage.state.busy}>
                  {t('sync.keys.establish')}
                </Button>
              </Popconfirm>
            </div>
          )}
          {key.hasKey && <WriteInvitation />}
          <AcceptInvitation onChanged={onChanged} />
          {key.hasKey && (
            <div className="form-actions">
              <Popconfirm
                title={t('sync.keys.rotateConfirm')}
                okText={t('sync.keys.rotate')}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  const result = await manage.run(() => call('sync.rotateKey', {}));
                  if (result.ok) onStatus(result.value);
                }}
              >
                <Button danger disabled={manage.state.busy}>
                  {t('sync.keys.rotate')}
                </Button>
              </Popconfirm>
            </div>
          )}
          {manage.state.error && <ErrorBanner error={manage.state.error} />}
        </>
      )}
    </SectionCard>
  );
}

/** 写邀请文件: into a folder the manager chose, under a passphrase they tell the other desk in person. */
function WriteInvitation() {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(rememberedFolder);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useSyncAction<Written>();
  const { busy, error, value } = action.state;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!folder.trim()) local.folder = 'errors.required';
    if (passphrase.length < 8) local.passphrase = passphrase ? 'errors.passphraseTooShort' : 'errors.required';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const result = await action.run(() => call('sync.writeInvitation', { folder: folder.trim(), passphrase }));
    if (result.ok) rememberFolder(folder.trim());
    else if (result.error.code === 'VALIDATION') setErrors(fromServerIssues(result.error.issues));
  }

  return (
    <form className="sync-form" aria-labelledby="invite-title" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="invite-title" className="sync-form__wide">
        {t('sync.keys.inviteTitle')}
      </h3>
      <Typography.Paragraph type="secondary" className="sync-form__wide">
        {t('sync.keys.inviteIntro')}
      </Typography.Paragraph>
      <FolderField id="invite-folder" value={folder} onChange={setFolder} errorKey={errors.folder} disabled={busy} />
      <PassphraseField id="invite-passphrase" value={passphrase} onChange={setPassphrase} hint={t('sync.keys.invitePassphraseHint')} errorKey={errors.passphrase} disabled={busy} required />
      <div className="form-actions sync-form__wide">
        <Button htmlType="submit" type="primary" disabled={busy}>
          {busy ? t('sync.keys.inviting') : t('sync.keys.invite')}
        </Button>
      </div>
      <BusyNote busy={busy} text={t('sync.keys.inviting')} />
      {error && error.code !== 'VALIDATION' && <ErrorBanner error={error} />}
      {value && (
        <ResultCard id="invite-done-title" title={t('sync.keys.invited')} done>
          <Typography.Paragraph className="sync-path">{value.path}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('sync.keys.invitedHint')}</Typography.Paragraph>
        </ResultCard>
      )}
    </form>
  );
}

/** 导入邀请文件: an older desk after its upgrade, or any desk after the key was replaced. */
function AcceptInvitation({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useSyncAction<Accepted>();
  const { busy, error, value } = action.state;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!path.trim()) local.path = 'errors.required';
    if (!passphrase) local.passphrase = 'errors.required';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const result = await action.run(() => call('sync.acceptInvitation', { path: path.trim(), passphrase }));
    if (result.ok) onChanged();
    else if (result.error.code === 'VALIDATION') setErrors(fromServerIssues(result.error.issues));
  }

  return (
    <form className="sync-form" aria-labelledby="accept-title" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="accept-title" className="sync-form__wide">
        {t('sync.keys.acceptTitle')}
      </h3>
      <Typography.Paragraph type="secondary" className="sync-form__wide">
        {t('sync.keys.acceptIntro')}
      </Typography.Paragraph>
      <FormField id="accept-path" label={t('sync.keys.acceptPath')} errorKey={errors.path} required>
        {(control) => <Input {...control} value={path} disabled={busy} onChange={(event) => setPath(event.target.value)} />}
      </FormField>
      <PassphraseField id="accept-passphrase" value={passphrase} onChange={setPassphrase} hint={t('sync.keys.acceptPassphraseHint')} errorKey={errors.passphrase} disabled={busy} required />
      <div className="form-actions sync-form__wide">
        <Button htmlType="submit" disabled={busy}>
          {busy ? t('sync.keys.accepting') : t('sync.keys.accept')}
        </Button>
      </div>
      <BusyNote busy={busy} text={t('sync.keys.accepting')} />
      {error && error.code !== 'VALIDATION' && <ErrorBanner error={error} />}
      {value && <ImportSummaryView summary={value} id="accept-done-title" title={t('sync.keys.accepted')} done />}
    </form>
  );
}
