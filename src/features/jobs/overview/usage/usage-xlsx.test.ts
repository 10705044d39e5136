import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testJob } from './test-jobs.ts';
import type { ExportText } from './usage-export.ts';
import { usageReport } from './usage-report.ts';
import { usageWorkbook } from './usage-xlsx.ts';

const report = usageReport(
  [
    ['売上集計, "Q4"', '山田 花子', '2026-11-01', 5_400_000],
    ['売上集計, "Q4"', 'u-2', '2026-11-03', 1_800_000],
    ['Payroll', 'u-2', '2026-11-03', null],
  ].map(([w, u, d, ms]) => testJob(w as string, u as string, d as string, ms as number | null)),
  '2026-11-01',
  '2026-11-03',
);

const TEXT: ExportText = {
  columns: {
    workflows: ['Workflow', 'Runs', 'Run time (hours)', 'Share of runs (%)'],
    users: ['User', 'Runs', 'Run time (hours)', 'Share of runs (%)'],
    days: ['Day', 'Runs', 'Run time (hours)'],
  },
  sheets: { workflows: 'Workflows', users: 'Users', days: 'Days' },
  total: 'Total',
};

/** A cell's value as a reader sees it: a sum's last result, a date as its day. */
const shown = (v: ExcelJS.CellValue) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v && typeof v === 'object' && 'result' in v ? v.result : v;

async function readBack() {
  const buffer = await usageWorkbook(ExcelJS, report, TEXT, (t, k) =>
    t === 'users' && k === 'u-2' ? 'Ada Lovelace' : k,
  ).xlsx.writeBuffer();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as ArrayBuffer);
  const sheet = (name: string) => {
    const ws = book.getWorksheet(name)!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(shown)));
    return { ws, rows };
  };
  return { book, sheet };
}

describe('the XLSX', () => {
  it('has the three sheets, each with its header, one row per entry and a totals row', async () => {
    const { book, sheet } = await readBack();
    expect(book.worksheets.map((w) => w.name)).toEqual(['Workflows', 'Users', 'Days']);
    expect(sheet('Workflows').rows).toEqual([
      TEXT.columns.workflows,
      ['売上集計, "Q4"', 2, 2, 2 / 3],
      ['Payroll', 1, 0, 1 / 3],
      ['Total', 3, 2, 1],
    ]);
    expect(sheet('Users').rows).toEqual([
      TEXT.columns.users,
      ['Ada Lovelace', 2, 0.5, 2 / 3],
      ['山田 花子', 1, 1.5, 1 / 3],
      ['Total', 3, 2, 1],
    ]);
    expect(sheet('Days').rows).toEqual([
      TEXT.columns.days,
      ['2026-11-01', 1, 1.5],
      ['2026-11-02', 0, 0],
      ['2026-11-03', 2, 0.5],
      ['Total', 3, 2],
    ]);
  });

  it('writes totals as sums of the rows above, so they stay right when a row is changed', async () => {
    const { sheet } = await readBack();
    const { ws } = sheet('Workflows');
    expect(ws.getCell('B4').value).toEqual({ formula: 'SUM(B2:B3)', result: 3 });
    expect(ws.getCell('D2').numFmt).toBe('0.0%');
    expect(sheet('Days').ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
  });

  it('of no jobs, still has its headers and a zero total', async () => {
    const empty = usageReport([], '2026-11-01', '2026-11-01');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await usageWorkbook(ExcelJS, empty, TEXT).xlsx.writeBuffer()) as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('Workflows')!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows).toEqual([TEXT.columns.workflows, ['Total', 0, 0, 0]]);
  });
});
