import type { KeyboardEvent, ReactNode } from 'react';

/**
 * Enter in a select or a date picker picks the option or the day, and stops
 * there: the browser would otherwise also submit the form around it. The
 * control has handled the key by the time it bubbles here; a box with no box
 * of its own (display: contents) so the layout does not change.
 */
export function EnterStays({ children }: { children: ReactNode }) {
  return (
    <span className="enter-stays" onKeyDown={(event: KeyboardEvent) => event.key === 'Enter' && event.preventDefault()}>
      {children}
    </span>
  );
}
