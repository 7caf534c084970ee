/**
 * The folder last used for a sync file on this computer (usually the USB
 * stick's drive), so the next export or import starts there.
 */
const KEY = 'complaint-desk.sync.folder';

export function rememberedFolder(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    // Storage can be unavailable (privacy settings); the person types it again.
    return '';
  }
}

export function rememberFolder(folder: string): void {
  try {
    window.localStorage.setItem(KEY, folder);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
