/**
 * Domain vocabulary shared by the core and the UI. Stored values are stable
 * English codes; what a person sees comes from the i18n catalogue.
 */

/** How the complaint reached the desk (seeds 000, 001, 002, 004). */
export const CHANNELS = ['phone', 'visit', 'letter', 'email', 'online', 'on_site', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The union of the categories named by the seed procedures. The lifecycle
 * issue turns this into an editable list in the settings; until then these
 * codes are the list.
 */
export const CATEGORIES = [
  'service_quality',
  'product_quality',
  'property_management',
  'equipment',
  'service_attitude',
  'business_handling',
  'facilities',
  'environment_hygiene',
  'sudden_incident',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** 性质: valid 有效, invalid 无效, major 重大, or not judged yet. */
export const NATURES = ['unjudged', 'valid', 'invalid', 'major'] as const;
export type Nature = (typeof NATURES)[number];

/** Case states; the lifecycle issue adds the transitions between them. */
export const STATUSES = ['registered', 'judged', 'dispatched', 'in_progress', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof STATUSES)[number];

export const SORTABLE_CASE_COLUMNS = ['receivedAt', 'number', 'status', 'category', 'channel', 'complainantName'] as const;
export type SortableCaseColumn = (typeof SORTABLE_CASE_COLUMNS)[number];

/** Longest complaint text a form accepts: a long letter fits, a pasted book does not. */
export const MAX_CONTENT_LENGTH = 20_000;
