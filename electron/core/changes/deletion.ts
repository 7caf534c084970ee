/**
 * Deletion is a soft flag: a `deleted` change whose value also lists every
 * change the deleting desk had seen on the entity, so an edit made on
 * another desk at the same time shows up as a conflict instead of vanishing.
 */
export interface DeletedValue {
  deleted: true;
  seen: string[];
}

export function isDeletedValue(value: unknown): boolean {
  if (value === true) return true;
  return typeof value === 'object' && value !== null && (value as { deleted?: unknown }).deleted === true;
}
