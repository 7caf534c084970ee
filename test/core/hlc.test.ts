import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HybridClock } from '../../electron/core/changes/hlc';

describe('hybrid logical clock', () => {
  it('sorts as text in clock order', () => {
    const a = encodeHlc({ millis: 999, counter: 5 }, 'desk');
    const b = encodeHlc({ millis: 1000, counter: 0 }, 'desk');
    expect(a < b).toBe(true);
    expect(decodeHlc(b)).toEqual({ millis: 1000, counter: 0, deskId: 'desk' });
  });

  it('never goes backwards when the wall clock does', () => {
    let wall = 5000;
    const clock = new HybridClock('d', () => wall, null);
    const first = clock.tick();
    wall = 1000;
    const second = clock.tick();
    const third = clock.tick();
    expect(first < second && second < third).toBe(true);
    expect(decodeHlc(third)).toMatchObject({ millis: 5000, counter: 2 });
  });

  it('moves past a timestamp seen from another desk whose clock is days ahead', () => {
    const clock = new HybridClock('d', () => 1000, null);
    const remote = encodeHlc({ millis: 1000 + 3 * 86_400_000, counter: 7 }, 'other');
    clock.observe(remote);
    expect(clock.tick() > remote).toBe(true);
  });

  it('continues after the latest timestamp recorded before a restart', () => {
    const saved = encodeHlc({ millis: 9000, counter: 3 }, 'd');
    const clock = new HybridClock('d', () => 100, saved);
    expect(clock.tick() > saved).toBe(true);
  });
});
