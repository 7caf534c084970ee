/** Files the person picked, read in the renderer (it has no file system) and checked before anything is sent. */
import { isAllowedAttachment } from '../../../../shared/rules/attachment-types';
import { blobOfBase64, downloadBlob } from '../../lib/download';

export type PickedFile =
  | { ok: true; fileName: string; mime: string; size: number; dataBase64: string }
  | { ok: false; fileName: string; size: number; problem: 'tooLarge' | 'unreadable' | 'type' };

function readAsBase64(file: File): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : null);
    };
    // A file deleted or locked after it was picked, or a folder: the browser cannot read it.
    reader.onerror = () => resolve(null);
    reader.onabort = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

/** Too large is known from the size alone, and a refused type from the name, so such a file is never read into memory. */
export async function readPickedFile(file: File, maxBytes: number): Promise<PickedFile> {
  if (!isAllowedAttachment(file.name)) return { ok: false, fileName: file.name, size: file.size, problem: 'type' };
  if (file.size > maxBytes) return { ok: false, fileName: file.name, size: file.size, problem: 'tooLarge' };
  const dataBase64 = await readAsBase64(file);
  if (dataBase64 === null) return { ok: false, fileName: file.name, size: file.size, problem: 'unreadable' };
  return { ok: true, fileName: file.name, mime: file.type || 'application/octet-stream', size: file.size, dataBase64 };
}

export async function readPickedFiles(files: readonly File[], maxBytes: number): Promise<PickedFile[]> {
  return Promise.all(files.map((file) => readPickedFile(file, maxBytes)));
}

export const MB = 1024 * 1024;

/** 1.5 MB, 320 KB, 900 字节: sizes as the person thinks of them. */
export function sizeParts(bytes: number): { unit: 'bytes' | 'kb' | 'mb'; n: string } {
  if (bytes >= MB) return { unit: 'mb', n: (bytes / MB).toFixed(1).replace(/\.0$/, '') };
  if (bytes >= 1024) return { unit: 'kb', n: String(Math.round(bytes / 1024)) };
  return { unit: 'bytes', n: String(bytes) };
}

export function isImage(mime: string): boolean {
  return /^image\/(png|jpe?g|gif|webp|bmp)$/i.test(mime);
}

/** Saves content the host cannot open itself: the browser's own download. */
export function downloadBase64(fileName: string, mime: string, dataBase64: string): void {
  downloadBlob(fileName, blobOfBase64(dataBase64, mime));
}
