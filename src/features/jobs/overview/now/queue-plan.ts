/**
 * The queue as the explainer shows it: in the order the server takes it, split by the workers
 * that can take each job (untagged jobs any worker, tagged ones only a worker with that tag),
 * each job with its place and an estimated start (history/queue-estimate.ts).
 */
import type { LenientJobListItem } from '../../../../../contract/lenient.ts';
import { workflowKey } from '../../../../../contract/job-words.ts';
import { estimatePool, median, queueOrder, TAGGED_IDLE_AFTER_MS, type BusySlot, type PoolEstimate } from '../../history/queue-estimate.ts';
import { parseTime } from '../../lib/format.ts';

export interface Medians {
  /** A workflow's median run by its workflowKey. */
  get: (key: string) => number | undefined;
  overall: number | null;
}

export interface PlannedJob {
  job: LenientJobListItem;
  /** Its place among the jobs the same workers can take, from 1. */
  position: number;
  startMs: number | null;
}

export interface QueueGroup {
  /** '' for untagged jobs; null for jobs whose tag is not known. */
  tag: string | null;
  jobs: PlannedJob[];
  pool: PoolEstimate | null;
}

export interface PlanInput {
  nowMs: number;
  queued: readonly LenientJobListItem[];
  /** A queued job's worker tag when known ('' for none). */
  tagOf: (jobId: string) => string | undefined;
  busy: readonly BusySlot[];
  slots: number;
  slotsPerTag: number;
  medians: Medians;
}

export function medianOf(medians: Medians, workflowName: string): number | null {
  return medians.get(workflowKey(workflowName)) ?? null;
}

/** The overall median when a baseline has none: the median of the workflows' medians. */
export function overallMedian(values: Iterable<{ medianMs: number }>): number | null {
  return median([...values].map((b) => b.medianMs));
}

export function planQueue(input: PlanInput): QueueGroup[] {
  const { nowMs, medians } = input;
  const byTag = new Map<string | null, LenientJobListItem[]>([['', []]]);
  for (const job of queueOrder(input.queued)) {
    const tag = input.tagOf(job.jobId) ?? null;
    byTag.set(tag, [...(byTag.get(tag) ?? []), job]);
  }
  const tags = [...byTag.keys()].filter((k): k is string => k !== null && k !== '').sort((a, b) => a.localeCompare(b));
  const order: (string | null)[] = ['', ...tags, ...(byTag.has(null) ? [null] : [])];
  return order.map((tag) => {
    const jobs = byTag.get(tag)!;
    const queuedMedians = jobs.map((j) => medianOf(medians, j.workflowName));
    // Running jobs' tags are not known: they are all counted against the untagged pool, and a
    // tag's own pool is taken to be busy until a minute from now, the soonest any slot frees.
    const pool =
      tag === ''
        ? estimatePool({ nowMs, slots: input.slots, busy: input.busy, queued: queuedMedians, overallMedianMs: medians.overall })
        : tag === null
          ? null
          : estimatePool({
              nowMs,
              slots: input.slotsPerTag,
              busy: [],
              idleFreeAtMs: nowMs + TAGGED_IDLE_AFTER_MS,
              queued: queuedMedians,
              overallMedianMs: medians.overall,
            });
    return { tag, pool, jobs: jobs.map((job, i) => ({ job, position: i + 1, startMs: pool?.startsMs[i] ?? null })) };
  });
}

/** A running or initializing job as a busy slot: how long it has run, against its workflow's median. */
export function busySlot(job: LenientJobListItem, elapsedMs: number | null, nowMs: number, medians: Medians): BusySlot {
  const started = parseTime(job.startTime);
  const elapsed = elapsedMs ?? (started === null ? 0 : Math.max(0, nowMs - started));
  return { elapsedMs: elapsed, medianMs: medianOf(medians, job.workflowName) };
}
