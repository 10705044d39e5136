/**
 * The usage report: the finished jobs of a range of UTC days counted per workflow, per user and
 * per day. Pure, so the tables, the CSV and the XLSX all say the same numbers.
 */
import { workflowKey } from '../../../../../contract/job-words.ts';
import { daysNewestFirst } from '../../history/days.ts';
import type { FinishedJob } from '../../history/finished-job.ts';

export interface UsageRow {
  /** What the row counts by: the workflow's key (its name folded), the user as the server names them, or the day (yyyy-MM-dd). */
  key: string;
  /** What the row says: for a workflow, the spelling of its name most of its jobs came with. */
  name: string;
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
  total: Omit<UsageRow, 'key' | 'name'>;
}

type Tally = Omit<UsageRow, 'share' | 'name'> & { names: Map<string, number> };

const emptyTally = (key: string): Tally => ({ key, runs: 0, runMs: 0, untimed: 0, names: new Map() });

function tally(jobs: readonly FinishedJob[], keyOf: (j: FinishedJob) => string, nameOf: (j: FinishedJob) => string, seed: string[] = []) {
  const rows = new Map<string, Tally>(seed.map((key) => [key, emptyTally(key)]));
  for (const j of jobs) {
    const key = keyOf(j);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyTally(key)));
    row.runs += 1;
    const name = nameOf(j);
    row.names.set(name, (row.names.get(name) ?? 0) + 1);
    if (j.runMs === null) row.untimed += 1;
    else row.runMs += Math.max(0, j.runMs);
  }
  return rows;
}

/** The most used spelling; among equals the first in code-point order, so the same jobs always give the same name. */
function commonName({ key, names }: Tally): string {
  let best: [string, number] | null = null;
  for (const entry of names) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best ? best[0] : key;
}

const withShare = (rows: Map<string, Tally>, total: number): UsageRow[] =>
  [...rows.values()].map((t) => ({
    key: t.key,
    name: commonName(t),
    runs: t.runs,
    runMs: t.runMs,
    untimed: t.untimed,
    share: total > 0 ? t.runs / total : 0,
  }));

/** Most runs first; equal runs, the longer run time first; then by name, so the order is stable. */
const byRunsThenName = (a: UsageRow, b: UsageRow) => b.runs - a.runs || b.runMs - a.runMs || a.name.localeCompare(b.name);

/** The report of the jobs that finished from `fromDay` to `toDay` (UTC days, both included). */
export function usageReport(jobs: readonly FinishedJob[], fromDay: string, toDay: string): UsageReport {
  const inRange = jobs.filter((j) => j.day >= fromDay && j.day <= toDay);
  const runs = inRange.length;
  const days = fromDay <= toDay ? daysNewestFirst(fromDay, toDay).reverse() : [];
  type Of = (j: FinishedJob) => string;
  const table = (keyOf: Of, nameOf: Of = keyOf, seed?: string[]) => withShare(tally(inRange, keyOf, nameOf, seed), runs);
  const all =
    tally(
      inRange,
      () => '',
      () => '',
    ).get('') ?? emptyTally('');
  return {
    fromDay,
    toDay,
    // A workflow's runs come with and without ".yxmd", in any case: one workflow (as the API's
    // filter folds them). A job the server names no workflow or user for still counts, unnamed.
    workflows: table(
      (j) => workflowKey(j.workflowName),
      (j) => j.workflowName,
    ).sort(byRunsThenName),
    users: table((j) => j.submittedBy).sort(byRunsThenName),
    days: table((j) => j.day, undefined, days).sort((a, b) => a.key.localeCompare(b.key)),
    total: { runs, runMs: all.runMs, untimed: all.untimed, share: runs > 0 ? 1 : 0 },
  };
}

/** Run time in hours as a plain number for a file, to about a second (4 decimals). */
export const hours = (ms: number): number => Math.round((ms / 3_600_000) * 10_000) / 10_000;
