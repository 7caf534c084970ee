/**
 * A hybrid logical clock: wall-clock milliseconds plus a counter, so the
 * order of changes is consistent across desks even when their clocks
 * disagree by days, and never goes backwards on one desk.
 *
 * Encoded as a fixed-width string that sorts in clock order:
 * `<ms, 15 digits>-<counter, 6 digits>-<desk id>`.
 */
export interface HlcState {
  millis: number;
  counter: number;
}

export function encodeHlc(state: HlcState, deskId: string): string {
  return `${String(state.millis).padStart(15, '0')}-${String(state.counter).padStart(6, '0')}-${deskId}`;
}

const STAMP = /^(\d{15})-(\d{6})-(.+)$/;

export function decodeHlc(hlc: string): HlcState & { deskId: string } {
  const match = STAMP.exec(hlc);
  if (!match) throw new Error(`not a clock timestamp: ${hlc}`);
  return { millis: Number(match[1]), counter: Number(match[2]), deskId: match[3]! };
}

/**
 * The changes of one write are stamped one counter apart in one millisecond (HybridClock.tickRun), so a run
 * of them is told by its first stamp: its milliseconds and counter, when it names the changes' own desk
 * (the log and the sync files store runs so, changes/log-entries.ts and sync/records.ts).
 */
export interface StampPattern {
  ms: number;
  ctr: number;
}

export function stampPattern(hlc: string, deskId: string): StampPattern | null {
  const match = STAMP.exec(hlc);
  if (!match || match[3] !== deskId) return null;
  return { ms: Number(match[1]), ctr: Number(match[2]) };
}

/** The stamp of the run's change `index` (0 is the first). */
export function stampAt(deskId: string, pattern: StampPattern, index: number): string {
  return encodeHlc({ millis: pattern.ms, counter: pattern.ctr + index }, deskId);
}

export class HybridClock {
  private last: HlcState;

  constructor(
    private readonly deskId: string,
    private readonly wallClock: () => number,
    latestSeen: string | null,
  ) {
    this.last = latestSeen ? decodeHlc(latestSeen) : { millis: 0, counter: 0 };
  }

  /** A timestamp later than every one this desk has issued or seen. */
  tick(): string {
    const wall = this.wallClock();
    this.last =
      wall > this.last.millis ? { millis: wall, counter: 0 } : { millis: this.last.millis, counter: this.last.counter + 1 };
    return encodeHlc(this.last, this.deskId);
  }

  /**
   * Timestamps for the changes of one write: the first as tick() gives it, the others one counter apart in
   * the same millisecond, so they are stored as one entry (changes/log-entries.ts).
   */
  tickRun(count: number): string[] {
    const stamps: string[] = [];
    for (let index = 0; index < count; index++) {
      if (index === 0) stamps.push(this.tick());
      else {
        this.last = { millis: this.last.millis, counter: this.last.counter + 1 };
        stamps.push(encodeHlc(this.last, this.deskId));
      }
    }
    return stamps;
  }

  /** Moves past a timestamp received from another desk. */
  observe(remote: string): void {
    const seen = decodeHlc(remote);
    if (seen.millis > this.last.millis || (seen.millis === this.last.millis && seen.counter > this.last.counter)) {
      this.last = { millis: seen.millis, counter: seen.counter };
    }
  }
}
