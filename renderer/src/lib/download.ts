/** Hands content to the browser's (or Electron's) download, without a file system in the renderer. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start reading the blob before letting it go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Base64 from the core as a Blob of that type. */
export function blobOfBase64(dataBase64: string, mime: string): Blob {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime || 'application/octet-stream' });
}
