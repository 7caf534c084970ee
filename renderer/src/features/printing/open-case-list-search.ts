/**
 * Opens the case list searching for a text. The list keeps its filters to
 * itself and cannot yet be told a search text through the address, so this
 * types the text into the list's own search box, as a person would, once
 * the list is on screen. A stopgap until the case list reads the text from
 * its route (`#/cases?text=…`); the printing report asks for that.
 */
import { navigate } from '../../lib/route';

/** The case list's search box (features/cases/case-filters.tsx). */
const LIST_SEARCH_SELECTOR = '#filter-text';
const WAIT_MS = 3000;

function typeInto(input: HTMLInputElement, text: string): void {
  // React tracks the value it last set; the native setter plus an input event is what a keystroke looks like to it.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
}

export function openCaseListSearch(text: string): void {
  navigate({ name: 'cases' });
  const started = performance.now();
  const attempt = () => {
    const input = document.querySelector<HTMLInputElement>(LIST_SEARCH_SELECTOR);
    if (input) typeInto(input, text);
    else if (performance.now() - started < WAIT_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
