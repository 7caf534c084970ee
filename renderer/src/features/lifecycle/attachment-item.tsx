import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/lifecycle';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { downloadBase64, isImage } from './read-files';
import { useFileMessages } from './use-file-messages';

/** Thumbnails read once per attachment for the session: files never change once stored. */
const thumbnails = new Map<string, string | 'missing'>();

function Thumbnail({ attachment, onOpen }: { attachment: Attachment; onOpen: () => void }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState(() => thumbnails.get(attachment.id));
  useEffect(() => {
    if (src !== undefined) return;
    let current = true;
    void call('attachments.content', { id: attachment.id }).then((result) => {
      const value = result.ok ? `data:${result.value.mime};base64,${result.value.dataBase64}` : 'missing';
      thumbnails.set(attachment.id, value);
      if (current) setSrc(value);
    });
    return () => {
      current = false;
    };
  }, [attachment.id, src]);
  if (src === undefined) return <span className="lc-thumb lc-thumb--loading" aria-hidden="true" />;
  if (src === 'missing') return <span className="lc-thumb lc-thumb--missing">{t('lifecycle.attachment.noPreview')}</span>;
  return (
    // The "open" button beside it is the keyboard's way; a click on the picture is a shortcut for the mouse.
    <span className="lc-thumb lc-thumb--image" onClick={onOpen}>
      <img src={src} alt={t('lifecycle.attachment.thumbnail', { name: attachment.fileName })} />
    </span>
  );
}

type OpenState = { kind: 'idle' } | { kind: 'opening' } | { kind: 'opened' } | { kind: 'offerDownload' } | { kind: 'failed'; message: string };

/**
 * One piece of evidence: a thumbnail for pictures, and "open" in the system
 * viewer. A host that cannot open files (the browser host) offers a
 * download of the content instead.
 */
export function AttachmentItem({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const messages = useFileMessages();
  const [state, setState] = useState<OpenState>({ kind: 'idle' });
  const name = attachment.fileName;

  async function open() {
    setState({ kind: 'opening' });
    const result = await call('attachments.open', { id: attachment.id });
    if (result.ok) return setState({ kind: 'opened' });
    if (result.error.code === 'UNSUPPORTED') return setState({ kind: 'offerDownload' });
    setState({ kind: 'failed', message: await messages.refused(name, result.error) });
  }

  async function download() {
    const result = await call('attachments.content', { id: attachment.id });
    if (!result.ok) return setState({ kind: 'failed', message: await messages.refused(name, result.error) });
    downloadBase64(result.value.fileName, result.value.mime, result.value.dataBase64);
  }

  return (
    <li className="lc-attachment">
      {isImage(attachment.mime) ? <Thumbnail attachment={attachment} onOpen={() => void open()} /> : <span className="lc-file-icon" aria-hidden="true">📄</span>}
      <div className="lc-attachment__body">
        <span className="lc-attachment__name">{name}</span>
        <span className="lc-attachment__meta muted">
          {t('lifecycle.attachment.meta', { size: messages.size(attachment.size), name: attachment.userName, at: formatDateTime(attachment.at) })}
        </span>
        {state.kind === 'opened' && (
          <span role="status" className="lc-attachment__note">
            {t('lifecycle.attachment.opened', { name })}
          </span>
        )}
        {state.kind === 'offerDownload' && (
          <span role="status" className="lc-attachment__note">
            {t('lifecycle.attachment.cannotOpen')}
          </span>
        )}
        {state.kind === 'failed' && (
          <span role="alert" className="lc-attachment__note lc-attachment__note--error">
            {state.message}
          </span>
        )}
      </div>
      <div className="lc-attachment__tools">
        <Button
         
          size="small"
          aria-label={t('lifecycle.attachment.openLabel', { name })}
          disabled={state.kind === 'opening'}
          onClick={() => void open()}
        >
          {t('lifecycle.attachment.open')}
        </Button>
        {state.kind === 'offerDownload' && (
          <Button
           
            size="small"
            aria-label={t('lifecycle.attachment.downloadLabel', { name })}
            onClick={() => void download()}
          >
            {t('lifecycle.attachment.download')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="lc-attachments" aria-label={t('lifecycle.attachment.list')}>
      {attachments.map((a) => (
        <AttachmentItem key={a.id} attachment={a} />
      ))}
    </ul>
  );
}
