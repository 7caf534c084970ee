/**
 * A version vector: for each desk, the highest sequence number up to which
 * this desk holds every one of that desk's changes.
 */
import type { Db } from '../db/connection';
import { deskTops, heldSpans } from '../changes/log-entries';

export type VersionVector = Record<string, number>;

export function versionVector(db: Db): VersionVector {
  const vector: VersionVector = {};
  for (const [deskId, { top, count }] of deskTops(db)) {
    // With no gap, the count equals the top sequence; otherwise find where the first gap starts.
    vector[deskId] = top === count ? top : contiguousTop(db, deskId);
  }
  return vector;
}

function contiguousTop(db: Db, deskId: string): number {
  let top = 0;
  for (const [first, last] of heldSpans(db, deskId)) {
    if (first !== top + 1) break;
    top = last;
  }
  return top;
}

/** What every one of the given vectors covers (the receivers all have it). */
export function meet(vectors: readonly VersionVector[]): VersionVector {
  if (vectors.length === 0) return {};
  const result: VersionVector = {};
  for (const desk of Object.keys(vectors[0]!)) {
    const lowest = Math.min(...vectors.map((v) => v[desk] ?? 0));
    if (lowest > 0) result[desk] = lowest;
  }
  return result;
}

/** Whether `a` holds everything `b` does. */
export function covers(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([desk, seq]) => (a[desk] ?? 0) >= seq);
}
