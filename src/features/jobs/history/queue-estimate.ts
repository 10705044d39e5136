/**
 * When a queued job may start, worked out the way an Alteryx worker takes jobs: whenever one of
 * its slots is free it takes the next job its worker tag allows, highest priority first, then
 * the oldest. The API says neither how many slots there are nor which are busy with what, so
 * this is a simulation on what the dashboard knows: the running jobs and how long each has
 * been running, each workflow's median run, and a number of slots the reader sets.
 */
import { PRIORITY_NUMBER_MEANING } from '../../../../contract/job-words.ts';

const MINUTE = 60_000;

/** Named priorities by rank; Default is what Alteryx calls Low/0 when no one chose one. */
const NAMED_RANK: Readonly<Record<string, number>> = { Default: 0, Low: 0, Medium: 1, High: 2, Critical: 3 };

/**
 * A priority's place in the queue, higher first. Numbers 0–3 are Low..Critical and rank as the
 * names do. 4 (a chained app's later steps) and 6 (a validation) rank above Critical, at their
 * own number: the server gives them to work someone is waiting on in the moment (the rest of a
 * chain already under way, a check run from Designer), and the numbers were made to sort that
 * way. Other numbers rank at their value; an unknown name or none ranks as Default.
 */
export function priorityRank(priority: string | null | undefined): number {
  const p = priority?.trim() ?? '';
  if (/^\d+$/.test(p)) {
    const meaning = PRIORITY_NUMBER_MEANING[String(Number(p))];
    return meaning !== undefined && meaning in NAMED_RANK ? NAMED_RANK[meaning]! : Number(p);
  }
  return NAMED_RANK[p] ?? 0;
}

export interface QueuedLike {
  priority: string | null;
  queueTime: string | null;
}

/** The queue in the order the server takes it: priority, then oldest; equal jobs keep their order. */
export function queueOrder<T extends QueuedLike>(jobs: readonly T[]): T[] {
  const at = (j: T) => {
    const ms = j.queueTime ? Date.parse(j.queueTime) : NaN;
    return Number.isNaN(ms) ? Infinity : ms;
  };
  return jobs
    .map((job, i) => ({ job, i, rank: priorityRank(job.priority), at: at(job) }))
    .sort((a, b) => b.rank - a.rank || a.at - b.at || a.i - b.i)
    .map((x) => x.job);
}

export interface BusySlot {
  /** How long its job has been running. */
  elapsedMs: number;
  /** Its workflow's median run, null when not known. */
  medianMs: number | null;
}

export interface PoolInput {
  nowMs: number;
  /** The slots the reader says the pool has. */
  slots: number;
  /** The jobs running on the pool now, one per busy slot. */
  busy: readonly BusySlot[];
  /** When the pool's slots that no known job holds free up: now (idle), or later when that is all that is known. */
  idleFreeAtMs?: number;
  /** Each queued job's workflow median, in queue order; null when its workflow has none. */
  queued: readonly (number | null)[];
  /** The median of all recent runs, for a workflow with no runs of its own; null when there are none. */
  overallMedianMs: number | null;
}

export interface PoolEstimate {
  /** The slots simulated: the setting, or more when more jobs run than it allows. */
  slots: number;
  busySlots: number;
  /** When the first busy slot frees; null when none is busy. */
  nextFreeMs: number | null;
  /** Each queued job's estimated start, in queue order. */
  startsMs: number[];
}

/**
 * Each busy slot frees when its job reaches its workflow's median (or the overall one), but no
 * sooner than a minute from now: a job already past its median is still running, so it has
 * some way to go. Idle slots are free now. Then each queued job in turn takes the slot that
 * frees first, which frees again after that job's median run. Null when no median is known at
 * all: with no finished runs to go by there is nothing to estimate with.
 */
export function estimatePool(input: PoolInput): PoolEstimate | null {
  const { nowMs, busy, queued, overallMedianMs } = input;
  const runOf = (median: number | null) => median ?? overallMedianMs;
  if (overallMedianMs === null && [...busy.map((b) => b.medianMs), ...queued].every((m) => m === null)) return null;
  const fallback = overallMedianMs ?? MINUTE;
  const slots = Math.max(1, Math.floor(input.slots), busy.length);
  const freeAt = busy.map((b) => Math.max(nowMs + MINUTE, nowMs - b.elapsedMs + (runOf(b.medianMs) ?? fallback)));
  const nextFreeMs = freeAt.length ? Math.min(...freeAt) : null;
  while (freeAt.length < slots) freeAt.push(Math.max(nowMs, input.idleFreeAtMs ?? nowMs));
  const startsMs = queued.map((median) => {
    let first = 0;
    for (let i = 1; i < freeAt.length; i++) if (freeAt[i]! < freeAt[first]!) first = i;
    const start = freeAt[first]!;
    freeAt[first] = start + (runOf(median) ?? fallback);
    return start;
  });
  return { slots, busySlots: busy.length, nextFreeMs, startsMs };
}

/** The median of some run times; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The first guess at the slots: as many as run now, or the most that ran at once lately. */
export const guessSlots = (runningNow: number, maxConcurrent: number | null): number => Math.max(1, runningNow, maxConcurrent ?? 0);

export const TAGGED_IDLE_AFTER_MS = MINUTE;
