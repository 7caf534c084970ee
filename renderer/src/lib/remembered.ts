/**
 * A value remembered on this computer (the browser's local storage): the last sync folder, the name
 * last signed in with. Storage can be unavailable (privacy settings); then nothing is remembered and
 * the person types it again.
 */
export interface Remembered {
  read(): string;
  write(value: string): void;
}

export function remembered(key: string): Remembered {
  return {
    read() {
      try {
        return window.localStorage.getItem(key) ?? '';
      } catch {
        return '';
      }
    },
    write(value) {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Not remembered; nothing depends on it.
      }
    },
  };
}
