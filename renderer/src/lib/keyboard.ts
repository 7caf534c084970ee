/** Keyboard facts the forms need, kept in one place so every form treats Chinese input the same way. */

interface KeyEventLike {
  key: string;
  keyCode?: number;
  nativeEvent?: { isComposing?: boolean };
  isComposing?: boolean;
}

/**
 * True while an input method (拼音, 五笔 ...) is composing: Enter then picks
 * a candidate and must never act on the form. Chromium reports keyCode 229
 * for such keys, and some IMEs send the final Enter with only that.
 */
export function isComposing(event: KeyEventLike): boolean {
  return Boolean(event.isComposing || event.nativeEvent?.isComposing || event.keyCode === 229);
}

/** Ctrl+S (Cmd+S on a Mac). */
export function isSaveShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's';
}
