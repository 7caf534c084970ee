import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { base64ToBytes, type PrintTarget } from './print-request';

export type PdfPreview =
  | { status: 'loading' }
  | { status: 'ready'; url: string; fileName: string }
  | { status: 'failed'; error: AppError };

/** Asks the host for the PDF once, and holds it as a blob: URL for as long as the preview is open. */
export function usePdfPreview(target: PrintTarget): PdfPreview {
  const [preview, setPreview] = useState<PdfPreview>({ status: 'loading' });
  const key = JSON.stringify(target);
  useEffect(() => {
    let current = true;
    let url: string | undefined;
    setPreview({ status: 'loading' });
    void call('print.pdf', JSON.parse(key) as PrintTarget).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setPreview({ status: 'failed', error: result.error });
        return;
      }
      url = URL.createObjectURL(new Blob([base64ToBytes(result.value.pdfBase64)], { type: 'application/pdf' }));
      setPreview({ status: 'ready', url, fileName: result.value.fileName });
    });
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [key]);
  return preview;
}
