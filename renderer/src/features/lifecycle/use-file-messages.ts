import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { translateKey } from '../../i18n/translate-key';
import { call } from '../../lib/api';
import { sizeParts, type PickedFile } from './read-files';

export interface FileMessages {
  size: (bytes: number) => string;
  /** Why a picked file was not sent. */
  picked: (file: Extract<PickedFile, { ok: false }>, maxMb: number) => string;
  /** Why the core refused a file; asks for the current limit, which may have changed since the page was opened. */
  refused: (fileName: string, error: AppError) => Promise<string>;
}

/** Clear sentences about one file, with its name, in the UI language. */
export function useFileMessages(): FileMessages {
  const { t } = useTranslation();
  const size = useCallback((bytes: number) => {
    const { unit, n } = sizeParts(bytes);
    return t(`lifecycle.size.${unit}`, { n });
  }, [t]);
  const picked = useCallback(
    (file: Extract<PickedFile, { ok: false }>, maxMb: number) =>
      file.problem === 'tooLarge'
        ? t('lifecycle.attachment.tooLarge', { name: file.fileName, size: size(file.size), mb: maxMb })
        : file.problem === 'type'
          ? t('lifecycle.attachment.type', { name: file.fileName })
          : t('lifecycle.attachment.unreadable', { name: file.fileName }),
    [t, size],
  );
  const refused = useCallback(
    async (fileName: string, error: AppError) => {
      switch (error.code) {
        case 'FILE_TOO_LARGE': {
          const settings = await call('settings.get', {});
          const mb = settings.ok ? settings.value.values.maxAttachmentMb : '?';
          return t('lifecycle.attachment.serverTooLarge', { name: fileName, mb });
        }
        case 'FILE_UNREADABLE':
          return t('lifecycle.attachment.unreadable', { name: fileName });
        case 'FILE_MISSING':
          return t('lifecycle.attachment.missing', { name: fileName });
        case 'FILE_TYPE_REFUSED':
          return t('lifecycle.attachment.type', { name: fileName });
        default:
          return t('lifecycle.attachment.failed', { name: fileName, reason: translateKey(t, `errorCodes.${error.code}`, t('errorCodes.INTERNAL')) });
      }
    },
    [t],
  );
  return { size, picked, refused };
}
