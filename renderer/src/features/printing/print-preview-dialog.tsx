import { Button, Flex } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';
import { ModalDialog } from '../../ui/modal-dialog';
import type { PrintTarget } from './print-request';
import { usePdfPreview } from './use-pdf-preview';

interface PrintPreviewDialogProps {
  target: PrintTarget;
  /** What is being printed, for the title: a form name, with the case count or 空白. */
  name: string;
  onClose: () => void;
}

/** Saves a blob: URL under a file name through the browser's own download. */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * The PDF exactly as it will print, from the host's print window (or the
 * browser host's Chromium), with 打印 and 保存为 PDF. Where the host has no
 * print or save dialog (the browser host answers UNSUPPORTED), the browser
 * prints the previewed PDF itself, or downloads it.
 */
export function PrintPreviewDialog({ target, name, onClose }: PrintPreviewDialogProps) {
  const { t } = useTranslation();
  const preview = usePdfPreview(target);
  const frame = useRef<HTMLIFrameElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [note, setNote] = useState('');
  const ready = preview.status === 'ready';

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setNote('');
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const print = () =>
    run(async () => {
      const result = await call('print.print', target);
      if (result.ok) return;
      if (result.error.code !== 'UNSUPPORTED') return setError(result.error);
      const view = frame.current?.contentWindow;
      if (!view) return;
      setNote(t('printing.preview.printFallback'));
      view.focus();
      view.print();
    });

  const save = () =>
    run(async () => {
      if (preview.status !== 'ready') return;
      const result = await call('print.savePdf', target);
      if (result.ok) {
        if (result.value.path) setNote(t('printing.preview.saved', { path: result.value.path }));
        return;
      }
      if (result.error.code !== 'UNSUPPORTED') return setError(result.error);
      download(preview.url, preview.fileName);
      setNote(t('printing.preview.downloaded', { name: preview.fileName }));
    });

  return (
    // Wide enough for an A4 page at a readable size; the height comes from print.css.
    <ModalDialog title={t('printing.preview.title', { name })} onClose={onClose} width={1040}>
      <div className="print-preview" aria-busy={preview.status === 'loading'}>
        {preview.status === 'loading' && <p className="print-preview__placeholder muted">{t('printing.preview.loading')}</p>}
        {preview.status === 'failed' && <ErrorBanner error={preview.error} />}
        {ready && <iframe ref={frame} className="print-preview__frame" title={t('printing.preview.frame')} src={preview.url} />}
        {error && <ErrorBanner error={error} />}
        <p className="print-preview__note" role="status">
          {note}
        </p>
        <Flex gap="small" justify="flex-end" className="print-preview__actions">
          <Button type="primary" disabled={!ready || busy} onClick={() => void print()}>
            {t('printing.preview.print')}
          </Button>
          <Button disabled={!ready || busy} onClick={() => void save()}>
            {t('printing.preview.save')}
          </Button>
          <Button data-autofocus onClick={onClose}>
            {t('printing.preview.close')}
          </Button>
        </Flex>
      </div>
    </ModalDialog>
  );
}
