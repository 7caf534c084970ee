import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

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

/**
 * A dialog's form submits on Enter in a one-line field and on Ctrl+Enter in a
 * text area, never while an input method is composing, and never on the Enter
 * that picks an option in a select or a day in a date picker. The submit waits
 * a tick, so a value typed just before Enter is in the form's state first.
 */
export function submitOnEnter(event: ReactKeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter') return;
  const target = event.target;
  if (target instanceof HTMLTextAreaElement) {
    // Enter is a new line in a text area; Ctrl+Enter sends.
    if (!(event.ctrlKey || event.metaKey) || isComposing(event)) return;
  } else if (target instanceof HTMLInputElement) {
    // The browser would submit on any Enter in a field: only a plain field's own Enter may.
    event.preventDefault();
    const plain = target.getAttribute('role') !== 'combobox' && target.closest('.ant-picker') === null && !['checkbox', 'radio', 'file'].includes(target.type);
    if (!plain || isComposing(event)) return;
  } else {
    return;
  }
  event.preventDefault();
  const form = event.currentTarget;
  setTimeout(() => form.requestSubmit(), 0);
}
