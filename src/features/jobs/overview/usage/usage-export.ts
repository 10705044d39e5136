/** What the report's files hold, one row per workflow, user or day, the same in CSV and XLSX. */
import { hours, type UsageReport } from './usage-report.ts';

export const USAGE_TABLES = ['workflows', 'users', 'days'] as const;
export type UsageTable = (typeof USAGE_TABLES)[number];

export interface ExportRow {
  name: string;
  runs: number;
  /** Run time in hours, a plain number. */
  hours: number;
  /** Of all runs, 0–1; none for a day, whose share says little. */
  share: number | null;
}

/** The column headers and sheet names in the reader's language. */
export interface ExportText {
  columns: Record<UsageTable, string[]>;
  sheets: Record<UsageTable, string>;
  total: string;
}

/** How a user's row is named: the users list's name for an id, else the server's own words. */
export type NameOf = (table: UsageTable, key: string) => string;
export const keyAsName: NameOf = (_table, key) => key;

export function exportRows(report: UsageReport, table: UsageTable, nameOf: NameOf = keyAsName): ExportRow[] {
  return report[table].map((r) => ({
    name: nameOf(table, r.name),
    runs: r.runs,
    hours: hours(r.runMs),
    share: table === 'days' ? null : r.share,
  }));
}

/** usage-2026-11-01-2026-11-30-workflows.csv, or …-2026-11-30.xlsx for the whole report. */
export function usageFileName(report: UsageReport, table: UsageTable | null, ext: 'csv' | 'xlsx'): string {
  return `usage-${report.fromDay}-${report.toDay}${table ? `-${table}` : ''}.${ext}`;
}
