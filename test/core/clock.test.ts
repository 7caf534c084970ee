import { describe, expect, it } from 'vitest';
import { clockFrom } from '../../electron/core/clock';

describe('the core clock', () => {
  it('is the wall clock by default', () => {
    expect(clockFrom(undefined, () => 42)()).toBe(42);
  });

  it('starts at a chosen moment and runs on from there', () => {
    let wall = 1_000;
    const clock = clockFrom('2025-09-26T15:00:00Z', () => wall);
    expect(clock()).toBe(Date.UTC(2025, 8, 26, 15));
    wall += 5_000;
    expect(clock()).toBe(Date.UTC(2025, 8, 26, 15) + 5_000);
  });

  it('refuses a start it cannot read', () => {
    expect(() => clockFrom('next friday')).toThrow(/--now needs a date/);
  });
});
