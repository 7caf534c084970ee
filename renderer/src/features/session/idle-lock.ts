import { useEffect } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after `minutes` without a key, a click or a mouse move, and at once on Ctrl+L
 * (seed 003: customer files kept safe when the desk is left).
 */
export function useIdleLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    let timer = window.setTimeout(lock, minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock();
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
      window.removeEventListener('keydown', onKey);
    };
  }, [minutes, lock]);
}
