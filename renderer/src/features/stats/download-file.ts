import type { ExportFile } from '../../../../shared/schemas/stats';
import { blobOfBase64, downloadBlob } from '../../lib/download';

/** Hands a file the core made to the browser's (or Electron's) download, without a file system in the renderer. */
export function downloadFile(file: ExportFile): void {
  downloadBlob(file.fileName, blobOfBase64(file.dataBase64, file.mime));
}
