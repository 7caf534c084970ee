import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { newId } from '../../electron/core/ids';

/** The milliseconds a v7 id carries in its first 48 bits. */
function millisOf(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

describe('newId', () => {
  it('mints valid version 7 UUIDs carrying the time they were minted', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(7);
    expect(millisOf(id)).toBeGreaterThanOrEqual(before);
    expect(millisOf(id)).toBeLessThanOrEqual(after + 1);
  });

  it('keeps ids in the order they were minted, past many refills of its random bytes', () => {
    // 2,000 ids span several 256-id draws of random bytes and, mostly, many ids within one millisecond.
    const ids = Array.from({ length: 2_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => version(id) === 7)).toBe(true);
  });

  it('draws fresh random bytes for every id', () => {
    // The last 40 bits come straight from the random bytes (the sequence does not reach them).
    const tails = Array.from({ length: 600 }, () => newId().slice(-10));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
