/** Pieces every statistics query shares: the site condition and the division that never gives NaN. */

/** Every statistics query takes @site, NULL for every site. */
export const SITE = '(@site IS NULL OR c.site = @site)';

/** Leaves out voided and merged cases (excluded) and deleted rows, as every statistic does. */
export const COUNTED_CASE = 'c.deleted = 0 AND c.excluded = 0';

/** A rate, or null when there is nothing to divide by. */
export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);
