/**
 * The office's week: when its people and schedules start jobs, and how long those jobs wait
 * for a worker. The office keeps UTC, the time zone the sandbox reads days in, so its
 * 08:00 is 08:00 on every chart and filter.
 */
import { DAY_MS } from '../domain.ts';
import type { Rng } from './rng.ts';

const HALF_HOUR_MS = 1_800_000;
const SLOTS_PER_DAY = 48;

/**
 * People's runs from 06:00 to 21:30, one weight a half hour: the morning's reports as people
 * arrive (the biggest peak), a second peak of runs left to finish over lunch, a quieter
 * afternoon that fades by the evening.
 */
const OFFICE_DAY = [
  0.2, 0.5, 1.2, 2.5, 6, 6, 5.5, 4.5, 3.2, 2.6, 2.4, 2.8, 4, 4.2, 3.8, 2.6, 2.2, 2.1, 2, 1.9, 1.8, 1.6, 1.2, 0.8, 0.5, 0.35, 0.25, 0.15,
  0.1, 0.08, 0.05, 0.05,
];
const OFFICE_FROM_SLOT = 12;

/** Schedules run every day and night: a steady trickle and the nightly loads at 02:00. */
function scheduledWeight(slot: number): number {
  return slot === 4 || slot === 5 ? 1 : 0.2;
}

/** How busy each day is for people (Sunday first); Monday's morning is the week's busiest. */
const DAY_FACTOR = [0.05, 1.05, 1, 1, 1, 0.85, 0.08];
const MONDAY_MORNING_FACTOR = 1.4;

function slotWeight(day: number, slot: number): number {
  const office = OFFICE_DAY[slot - OFFICE_FROM_SLOT] ?? 0;
  const morning = slot >= 14 && slot < 20;
  const factor = day === 1 && morning ? MONDAY_MORNING_FACTOR : DAY_FACTOR[day]!;
  return scheduledWeight(slot) + office * factor;
}

/** Weights of the week's half hours, Sunday 00:00 first (getUTCDay's order). */
const WEEK = Float64Array.from({ length: 7 * SLOTS_PER_DAY }, (_, i) => slotWeight(Math.floor(i / SLOTS_PER_DAY), i % SLOTS_PER_DAY));
const PEAK = Math.max(...WEEK);

/** The half hour of the week that `ms` falls in; 1970-01-01 was a Thursday. */
function weekSlot(ms: number): number {
  const day = (Math.floor(ms / DAY_MS) + 4) % 7;
  return day * SLOTS_PER_DAY + Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / HALF_HOUR_MS);
}

/**
 * Create times for `count` jobs from `startMs` to `endMs`, oldest first, as many in each half
 * hour as the office's week says. Each job takes its own share of the whole span's weight
 * (job i the i-th of `count` equal shares, at a random point within it), so the times come
 * out in order without sorting and the last one is `endMs`.
 */
export function officeCreateTimes(startMs: number, endMs: number, count: number, rng: Rng): () => number {
  const first = Math.floor(startMs / HALF_HOUR_MS);
  const bins = Math.max(1, Math.ceil(endMs / HALF_HOUR_MS) - first);
  const lo = new Float64Array(bins);
  const hi = new Float64Array(bins);
  const cumulative = new Float64Array(bins + 1);
  for (let b = 0; b < bins; b++) {
    const binStart = (first + b) * HALF_HOUR_MS;
    lo[b] = Math.max(startMs, binStart);
    hi[b] = Math.min(endMs, binStart + HALF_HOUR_MS);
    cumulative[b + 1] = cumulative[b]! + (WEEK[weekSlot(binStart)]! * Math.max(0, hi[b]! - lo[b]!)) / HALF_HOUR_MS;
  }
  const total = cumulative[bins]!;
  let i = 0;
  let b = 0;
  return () => {
    const share = i === count - 1 ? 1 : Math.min(1, (i + rng()) / count);
    i++;
    const target = share * total;
    while (b < bins - 1 && cumulative[b + 1]! < target) b++;
    const weight = cumulative[b + 1]! - cumulative[b]!;
    const within = weight > 0 ? (target - cumulative[b]!) / weight : 1;
    return Math.floor(lo[b]! + within * (hi[b]! - lo[b]!));
  };
}

/**
 * How far arrivals outrun the workers when `ms` falls: 0 when all is quiet, 1 on Monday at
 * 08:00. Queues grow much faster than arrivals near the peak, hence the cube.
 */
export function queuePressure(ms: number): number {
  return (WEEK[weekSlot(ms)]! / PEAK) ** 3;
}

/**
 * How long a job created at `ms` waits for a worker: seconds when the office is quiet, and
 * minutes in Monday's morning rush, when some jobs wait behind long runs for much longer.
 * Long waits need a full queue, so a quiet night has almost none.
 */
export function queueWaitMs(rng: Rng, ms: number): number {
  const pressure = queuePressure(ms);
  const waitS = rng.chance(0.003 + 0.15 * pressure) ? rng.logNormal(60 + 840 * pressure, 1) : rng.logNormal(2 * (1 + 90 * pressure), 1);
  return Math.round(waitS * 1000);
}
