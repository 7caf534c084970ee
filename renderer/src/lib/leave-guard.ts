/**
 * Lets a screen with unsaved work stand between the person and a
 * navigation (the nav links, Esc). The screen registers a guard while it is
 * dirty; the guard decides whether and when `proceed` runs.
 */
type LeaveGuard = (proceed: () => void) => void;

let guard: LeaveGuard | null = null;

export function setLeaveGuard(next: LeaveGuard | null): void {
  guard = next;
}

export function leave(proceed: () => void): void {
  if (guard) guard(proceed);
  else proceed();
}
