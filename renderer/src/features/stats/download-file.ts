import type { ExportFile } from '../../../../shared/schemas/stats';

/** Hands a file the core made to the browser's (or Electron's) download, without a file system in the renderer. */
export function downloadFile(file: ExportFile): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start reading the blob before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
