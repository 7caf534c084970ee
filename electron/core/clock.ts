/**
 * The clock the core reads. Normally the wall clock; `--now 2025-09-26T15:00`
 * starts it at a chosen moment and lets it run from there, so a demo or an
 * end-to-end test can stand on a given day (a Friday before a holiday).
 */
export function clockFrom(start: string | undefined, wall: () => number = Date.now): () => number {
  if (!start) return wall;
  const at = Date.parse(start);
  if (Number.isNaN(at)) throw new Error(`--now needs a date and time such as 2025-09-26T15:00, not "${start}"`);
  const offset = at - wall();
  return () => wall() + offset;
}
