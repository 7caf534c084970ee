/**
 * A version vector: for each desk, the highest sequence number up to which
 * this desk holds every one of that desk's changes.
 */
import type { Db } from '../db/connection';

export type VersionVector = Record<string, number>;

export function versionVector(db: Db): VersionVector {
  const rows = db
    .prepare('SELECT desk_id AS deskId, max(seq) AS top, count(*) AS n FROM changes GROUP BY desk_id')
    .all() as { deskId: string; top: number; n: number }[];
  const vector: VersionVector = {};
  for (const row of rows) {
    // With no gap, the count equals the top sequence; otherwise find where the first gap starts.
    vector[row.deskId] = row.top === row.n ? row.top : contiguousTop(db, row.deskId);
  }
  return vector;
}

function contiguousTop(db: Db, deskId: string): number {
  const seqs = db.prepare('SELECT seq FROM changes WHERE desk_id = ? ORDER BY seq').pluck().all(deskId) as number[];
  let top = 0;
  for (const seq of seqs) {
    if (seq !== top + 1) break;
    top = seq;
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
