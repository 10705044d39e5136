/**
 * The usage report: the finished jobs of a range of UTC days counted per workflow, per user and
 * per day. Pure, so the tables, the CSV and the XLSX all say the same numbers.
 */
import { daysNewestFirst } from '../../history/days.ts';
import type { FinishedJob } from '../../history/finished-job.ts';

export interface UsageRow {
  /** The workflow's name, the user as the server names them, or the day (yyyy-MM-dd). */
  key: string;
  runs: number;
  /** The run times added up; a job whose run time the server did not give adds nothing. */
  runMs: number;
  /** How many of the runs have no run time, so a total can say it is short. */
  untimed: number;
  /** Of all the report's runs, 0–1; 0 when there are none. */
  share: number;
}

export interface UsageReport {
  fromDay: string;
  toDay: string;
  workflows: UsageRow[];
  users: UsageRow[];
  /** Every day of the range, oldest first, days without a run included. */
  days: UsageRow[];
  total: Omit<UsageRow, 'key'>;
}

type Tally = Omit<UsageRow, 'share'>;

function tally(jobs: readonly FinishedJob[], keyOf: (j: FinishedJob) => string, seed: string[] = []): Map<string, Tally> {
  const rows = new Map<string, Tally>(seed.map((key) => [key, { key, runs: 0, runMs: 0, untimed: 0 }]));
  for (const j of jobs) {
    const key = keyOf(j);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, runs: 0, runMs: 0, untimed: 0 }));
    row.runs += 1;
    if (j.runMs === null) row.untimed += 1;
    else row.runMs += Math.max(0, j.runMs);
  }
  return rows;
}

const withShare = (rows: Iterable<Tally>, total: number): UsageRow[] =>
  [...rows].map((r) => ({ ...r, share: total > 0 ? r.runs / total : 0 }));

/** Most runs first; equal runs, the longer run time first; then by name, so the order is stable. */
const byRunsThenName = (a: UsageRow, b: UsageRow) => b.runs - a.runs || b.runMs - a.runMs || a.key.localeCompare(b.key);

/** The report of the jobs that finished from `fromDay` to `toDay` (UTC days, both included). */
export function usageReport(jobs: readonly FinishedJob[], fromDay: string, toDay: string): UsageReport {
  const inRange = jobs.filter((j) => j.day >= fromDay && j.day <= toDay);
  const runs = inRange.length;
  const days = fromDay <= toDay ? daysNewestFirst(fromDay, toDay).reverse() : [];
  const all = tally(inRange, () => '').get('') ?? { runs: 0, runMs: 0, untimed: 0 };
  return {
    fromDay,
    toDay,
    // A job the server names no workflow or user for still counts, under an empty name.
    workflows: withShare(tally(inRange, (j) => j.workflowName).values(), runs).sort(byRunsThenName),
    users: withShare(tally(inRange, (j) => j.submittedBy).values(), runs).sort(byRunsThenName),
    days: withShare(tally(inRange, (j) => j.day, days).values(), runs).sort((a, b) => a.key.localeCompare(b.key)),
    total: { runs, runMs: all.runMs, untimed: all.untimed, share: runs > 0 ? 1 : 0 },
  };
}

/** Run time in hours as a plain number for a file, to about a second (4 decimals). */
export const hours = (ms: number): number => Math.round((ms / 3_600_000) * 10_000) / 10_000;
