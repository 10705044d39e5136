/**
 * The history's figures, worked out from a sample of finished jobs: throughput, queue waits,
 * the hour-of-week heatmap of waits, the busiest workflows and users, and how many jobs ran at
 * once. Pure, so the figures can be checked against made-up jobs.
 */
import { workflowKey } from '../../../../contract/job-words.ts';
import type { Zone } from '../lib/format.ts';
import type { FinishedJob } from './finished-job.ts';
import { quantile } from './quantile.ts';

const HOUR_MS = 3_600_000;

/** The jobs that ended within [fromMs, toMs]. */
export const endedWithin = (jobs: readonly FinishedJob[], fromMs: number, toMs: number) =>
  jobs.filter((j) => j.endMs !== null && j.endMs >= fromMs && j.endMs <= toMs);

export type BucketUnit = 'hour' | 'day';

/** Where the hour or day that holds `ms` starts, in the zone (a local day may be 23 or 25 hours). */
export function bucketStart(ms: number, unit: BucketUnit, zone: Zone): number {
  const d = new Date(ms);
  if (zone === 'utc') {
    if (unit === 'hour') d.setUTCMinutes(0, 0, 0);
    else d.setUTCHours(0, 0, 0, 0);
  } else if (unit === 'hour') d.setMinutes(0, 0, 0);
  else d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function nextBucket(start: number, unit: BucketUnit, zone: Zone): number {
  // A local day is found by stepping past it and going back to its start, not by adding 24 hours.
  return unit === 'hour' ? bucketStart(start + HOUR_MS + 1, unit, zone) : bucketStart(start + 26 * HOUR_MS, unit, zone);
}

/** The buckets' starts from the one holding `fromMs` to the one holding `toMs`. */
export function bucketStarts(fromMs: number, toMs: number, unit: BucketUnit, zone: Zone): number[] {
  const starts: number[] = [];
  for (let s = bucketStart(fromMs, unit, zone); s <= toMs; s = nextBucket(s, unit, zone)) starts.push(s);
  return starts;
}

export interface CountBucket {
  startMs: number;
  count: number;
}

/** Jobs completed per hour (or day) of the window, in the zone, empty buckets included. */
export function throughput(jobs: readonly FinishedJob[], fromMs: number, toMs: number, unit: BucketUnit, zone: Zone): CountBucket[] {
  const buckets = new Map(bucketStarts(fromMs, toMs, unit, zone).map((s) => [s, 0]));
  for (const j of endedWithin(jobs, fromMs, toMs)) {
    const s = bucketStart(j.endMs!, unit, zone);
    if (buckets.has(s)) buckets.set(s, buckets.get(s)! + 1);
  }
  return [...buckets].map(([startMs, count]) => ({ startMs, count }));
}

export interface WaitBucket {
  startMs: number;
  /** Jobs with a known wait that were queued in the bucket. */
  n: number;
  medianMs: number | null;
  p95Ms: number | null;
}

/** Queue wait (start − queued) by the hour or day the jobs were queued in: median and p95 (nearest rank). */
export function queueWaits(jobs: readonly FinishedJob[], fromMs: number, toMs: number, unit: BucketUnit, zone: Zone): WaitBucket[] {
  const buckets = new Map(bucketStarts(fromMs, toMs, unit, zone).map((s) => [s, [] as number[]]));
  for (const j of jobs) {
    if (j.waitMs === null) continue;
    buckets.get(bucketStart(j.queuedMs, unit, zone))?.push(j.waitMs);
  }
  return [...buckets].map(([startMs, waits]) => {
    waits.sort((a, b) => a - b);
    return {
      startMs,
      n: waits.length,
      medianMs: waits.length ? quantile(waits, 0.5) : null,
      p95Ms: waits.length ? quantile(waits, 0.95) : null,
    };
  });
}

export interface HeatCell {
  n: number;
  /** The average wait of the jobs queued in this hour of the week; null with none. */
  avgMs: number | null;
}

/** Monday first, as in ISO weeks and most of the places the dashboard is used. */
export const WEEKDAYS_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0] as const;

/** 7 rows (Monday to Sunday) of 24 hours: the average queue wait of jobs queued then, in the zone. */
export function waitHeatmap(jobs: readonly FinishedJob[], zone: Zone): HeatCell[][] {
  const sums = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ n: 0, total: 0 })));
  for (const j of jobs) {
    if (j.waitMs === null) continue;
    const d = new Date(j.queuedMs);
    const weekday = zone === 'utc' ? d.getUTCDay() : d.getDay();
    const hour = zone === 'utc' ? d.getUTCHours() : d.getHours();
    const cell = sums[(weekday + 6) % 7]![hour]!;
    cell.n++;
    cell.total += j.waitMs;
  }
  return sums.map((row) => row.map(({ n, total }) => ({ n, avgMs: n ? total / n : null })));
}

export interface BusiestRow {
  /** workflowKey of the name for workflows, the name as sent for users. */
  key: string;
  name: string;
  /** A workflow's id, when its jobs said it ('' otherwise, and for users). */
  workflowId: string;
  runs: number;
  runShare: number;
  runMs: number;
  runMsShare: number;
}

/** The busiest workflows or users: every one, by runs (then run time); `topBy` picks and orders. */
export function busiest(jobs: readonly FinishedJob[], by: 'workflow' | 'user'): BusiestRow[] {
  const rows = new Map<string, BusiestRow>();
  let runs = 0;
  let runMs = 0;
  for (const j of jobs) {
    const key = by === 'workflow' ? workflowKey(j.workflowName) : j.submittedBy;
    let row = rows.get(key);
    if (!row) {
      const name = by === 'workflow' ? j.workflowName : j.submittedBy;
      rows.set(
        key,
        (row = { key, name, workflowId: by === 'workflow' ? j.workflowId : '', runs: 0, runShare: 0, runMs: 0, runMsShare: 0 }),
      );
    }
    row.runs++;
    row.runMs += j.runMs ?? 0;
    runs++;
    runMs += j.runMs ?? 0;
  }
  for (const row of rows.values()) {
    row.runShare = runs ? row.runs / runs : 0;
    row.runMsShare = runMs ? row.runMs / runMs : 0;
  }
  return [...rows.values()].sort((a, b) => b.runs - a.runs || b.runMs - a.runMs || a.name.localeCompare(b.name));
}

export function topBy(rows: readonly BusiestRow[], measure: 'runs' | 'runMs', n = 10): BusiestRow[] {
  return [...rows].sort((a, b) => b[measure] - a[measure] || a.name.localeCompare(b.name)).slice(0, n);
}

/** The most jobs that ran at the same moment in the sample: a floor for the server's worker slots. */
export function maxConcurrent(jobs: readonly FinishedJob[]): number {
  const edges: [number, number][] = [];
  for (const j of jobs) {
    if (j.startMs === null || j.endMs === null || j.endMs < j.startMs) continue;
    edges.push([j.startMs, 1], [j.endMs, -1]);
  }
  // An end and a start at the same moment are one slot handed on, not two at once.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, step] of edges) most = Math.max(most, (now += step));
  return most;
}
