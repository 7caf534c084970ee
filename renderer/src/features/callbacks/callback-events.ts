/**
 * Lets the reminder banner count again as soon as a callback is recorded
 * anywhere in the app, instead of waiting for its hourly check.
 */
const EVENT = 'complaint-desk:callbacks-changed';

export function announceCallbacksChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onCallbacksChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
