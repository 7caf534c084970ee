import { useCallback } from 'react';
import { call } from '../../lib/api';
import { MB, readPickedFiles, type PickedFile } from './read-files';
import { useFileMessages } from './use-file-messages';

type Good = Extract<PickedFile, { ok: true }>;

export interface AttachFiles {
  /**
   * Reads and checks every file; the first problem, in words, or the files
   * ready to send. `fresh` asks for the current limit first, for when
   * something else is written before the files (a follow-up) and a refusal
   * afterwards would leave half of it saved.
   */
  prepare: (files: readonly File[], maxMb: number, fresh?: boolean) => Promise<{ ok: true; files: Good[] } | { ok: false; message: string; refused: File }>;
  /** Sends them one by one and stops at the first refusal, saying which file and why. */
  /** `noticeId`: a rectification notice's photos of the problem. */
  send: (caseId: string, followupId: string | null, files: readonly Good[], noticeId?: string) => Promise<{ added: number; message?: string }>;
}

export function useAttachFiles(): AttachFiles {
  const messages = useFileMessages();
  const prepare = useCallback(
    async (files: readonly File[], maxMb: number, fresh = false) => {
      if (files.length === 0) return { ok: true as const, files: [] };
      let limit = maxMb;
      if (fresh) {
        const settings = await call('settings.get', {});
        if (settings.ok) limit = settings.value.values.maxAttachmentMb;
      }
      const read = await readPickedFiles(files, limit * MB);
      const badAt = read.findIndex((file) => !file.ok);
      const bad = read[badAt];
      if (bad && !bad.ok) return { ok: false as const, message: messages.picked(bad, limit), refused: files[badAt]! };
      return { ok: true as const, files: read.filter((file): file is Good => file.ok) };
    },
    [messages],
  );
  const send = useCallback(
    async (caseId: string, followupId: string | null, files: readonly Good[], noticeId?: string) => {
      let added = 0;
      for (const file of files) {
        const result = await call('attachments.add', {
          caseId,
          followupId,
          ...(noticeId ? { noticeId } : {}),
          fileName: file.fileName,
          mime: file.mime,
          dataBase64: file.dataBase64,
        });
        if (!result.ok) return { added, message: await messages.refused(file.fileName, result.error) };
        added++;
      }
      return { added };
    },
    [messages],
  );
  return { prepare, send };
}
