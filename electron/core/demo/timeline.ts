/**
 * The demo as a stream of events in time order: registrations spread over
 * the months before `until` (weekdays and office hours busier, the desk
 * slowly getting busier), each followed by its lifecycle steps. A seed
 * always gives the same stream; nothing is held in memory beyond the
 * arrival times and the steps still pending.
 */
import type { CaseInput } from '../../../shared/contract';
import type { Channel } from '../../../shared/domain';
import { CHANNEL_WEIGHTS, demoCase } from './demo-case';
import { lifecycle, type DemoAdvance } from './lifecycle';
import { MinHeap } from './min-heap';
import { DEMO_STAFF } from './people';
import { createRandom, deriveSeed, type Random } from './random';

export interface DemoTimelineOptions {
  seed: number;
  cases: number;
  /** The end of the period (epoch ms); nothing happens after it. */
  until: number;
  /** How far back the period reaches. */
  months?: number;
}

/** `caseIndex` counts registrations from 0; `registeredBy` indexes DEMO_STAFF. */
export type DemoEvent =
  | { kind: 'register'; at: number; caseIndex: number; input: CaseInput; registeredBy: number }
  | ({ kind: 'advance'; caseIndex: number } & DemoAdvance);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Calls by hour of day, 0-23: the desk is staffed 8:30-18:00, emergencies come at night. */
const HOUR_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 4, 9, 10, 8, 4, 5, 8, 9, 8, 6, 3, 2, 1.5, 1, 0.5, 0.3];
const HOURS = HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const);

/** From receiving a complaint to registering it: calls at once, letters days later. */
const REGISTRATION_DELAY: Record<Channel, readonly [number, number]> = {
  phone: [1 * MINUTE, 15 * MINUTE],
  visit: [3 * MINUTE, 30 * MINUTE],
  on_site: [10 * MINUTE, 3 * HOUR],
  online: [5 * MINUTE, 10 * HOUR],
  email: [20 * MINUTE, 24 * HOUR],
  letter: [1 * DAY, 4 * DAY],
  hotline_12345: [30 * MINUTE, 24 * HOUR],
  other: [10 * MINUTE, 6 * HOUR],
};

export function periodStart(until: number, months: number): number {
  const start = new Date(until);
  start.setMonth(start.getMonth() - months);
  return start.getTime();
}

interface Day {
  start: number;
  weight: number;
}

function daysOf(from: number, until: number): Day[] {
  const days: Day[] = [];
  const cursor = new Date(from);
  cursor.setHours(0, 0, 0, 0);
  while (cursor.getTime() <= until) {
    days.push({ start: cursor.getTime(), weight: [0.55, 1, 1, 1, 1, 1, 0.7][cursor.getDay()]! });
    cursor.setDate(cursor.getDate() + 1);
  }
  // The desk gets busier over the period (more projects, more owners moving in).
  days.forEach((day, i) => (day.weight *= 0.8 + (0.4 * i) / Math.max(1, days.length - 1)));
  return days;
}

function pickDay(random: Random, days: readonly Day[], cumulative: Float64Array): Day {
  const total = cumulative[cumulative.length - 1]!;
  const roll = random.next() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! > roll) high = mid;
    else low = mid + 1;
  }
  return days[low]!;
}

function arrivalTime(random: Random, days: readonly Day[], cumulative: Float64Array, from: number, until: number): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = pickDay(random, days, cumulative);
    const time = new Date(day.start);
    time.setHours(random.weighted(HOURS), random.int(0, 59), random.int(0, 59), random.int(0, 999));
    const at = time.getTime();
    if (at >= from && at <= until) return at;
  }
  return from + Math.floor(random.next() * (until - from));
}

export function* demoTimeline(options: DemoTimelineOptions): Generator<DemoEvent> {
  const { seed, cases, until } = options;
  const from = periodStart(until, options.months ?? 18);
  const days = daysOf(from, until);
  const cumulative = new Float64Array(days.length);
  days.reduce((sum, day, i) => (cumulative[i] = sum + day.weight), 0);

  // Arrival, channel and registration time of every case first, so they can be registered in time order.
  const arrivals = createRandom(deriveSeed(seed, 'arrivals'));
  const receivedAt = new Float64Array(cases);
  const registeredAt = new Float64Array(cases);
  const channels: Channel[] = [];
  for (let i = 0; i < cases; i++) {
    const channel = arrivals.weighted(CHANNEL_WEIGHTS);
    const [minDelay, maxDelay] = REGISTRATION_DELAY[channel];
    receivedAt[i] = arrivalTime(arrivals, days, cumulative, from, until);
    registeredAt[i] = Math.min(until, receivedAt[i]! + arrivals.int(minDelay, maxDelay));
    channels.push(channel);
  }
  const order = Array.from({ length: cases }, (_, i) => i).sort(
    (a, b) => registeredAt[a]! - registeredAt[b]! || a - b,
  );

  const details = createRandom(deriveSeed(seed, 'cases'));
  const steps = createRandom(deriveSeed(seed, 'lifecycle'));
  const registrars = DEMO_STAFF.map((member, index) => [index, member.registersWeight] as const).filter(([, w]) => w > 0);
  const pending = new MinHeap<DemoEvent>();
  for (let caseIndex = 0; caseIndex < cases; caseIndex++) {
    const i = order[caseIndex]!;
    const at = registeredAt[i]!;
    while (pending.size > 0 && pending.peekKey()! <= at) yield pending.pop()!;
    const { input, topic } = demoCase(details, channels[i]!, receivedAt[i]!);
    yield { kind: 'register', at, caseIndex, input, registeredBy: details.weighted(registrars) };
    for (const advance of lifecycle(steps, at, input.nature, topic, until)) {
      pending.push(advance.at, { kind: 'advance', caseIndex, ...advance });
    }
  }
  while (pending.size > 0) yield pending.pop()!;
}
