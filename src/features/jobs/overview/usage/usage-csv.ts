/**
 * The report as CSV (RFC 4180): a header, one line per row, no totals line, so the file's
 * column sums are the totals. UTF-8 with a byte-order mark, which Excel needs to read Japanese
 * names as they are; CRLF line ends, as the RFC and Excel expect.
 */
import { exportRows, keyAsName, type NameOf, type UsageTable } from './usage-export.ts';
import type { UsageReport } from './usage-report.ts';

export const BOM = '\uFEFF';

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, or a tab or CR first) is written with
 * an apostrophe before it: a workflow's name is anyone's text, and opening the file must not run it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** Share as a percentage with two decimals: a plain number a spreadsheet sums. */
const percent = (share: number) => Math.round(share * 10_000) / 100;

export function usageCsv(report: UsageReport, table: UsageTable, header: string[], nameOf: NameOf = keyAsName): string {
  const rows = exportRows(report, table, nameOf).map((r) =>
    r.share === null ? [r.name, r.runs, r.hours] : [r.name, r.runs, r.hours, percent(r.share)],
  );
  return csvText([header, ...rows]);
}
