/**
 * The report as an XLSX workbook: a sheet each for workflows, users and days, with a header and
 * a totals row whose cells are sums Excel keeps up to date (their value written too, for readers
 * that do not calculate). exceljs is large, so the browser loads it only when a file is asked for.
 */
import type { Workbook } from 'exceljs';
import { exportRows, keyAsName, USAGE_TABLES, type ExportText, type NameOf } from './usage-export.ts';
import { hours, type UsageReport } from './usage-report.ts';

type ExcelJs = typeof import('exceljs');

const NUMBER_FORMATS = ['@', '#,##0', '#,##0.00', '0.0%'];

export function usageWorkbook(excel: ExcelJs, report: UsageReport, text: ExportText, nameOf: NameOf = keyAsName): Workbook {
  const book = new excel.Workbook();
  book.created = new Date();
  for (const table of USAGE_TABLES) {
    const sheet = book.addWorksheet(text.sheets[table], { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = text.columns[table];
    sheet.columns = header.map((h, i) => ({
      header: h,
      width: i === 0 ? 40 : Math.max(14, h.length + 4),
      style: { numFmt: NUMBER_FORMATS[i] },
    }));
    sheet.getRow(1).font = { bold: true };
    const rows = exportRows(report, table, nameOf);
    for (const r of rows) {
      // A day is a date a spreadsheet can sort and filter by, not text.
      const name = table === 'days' ? new Date(`${r.name}T00:00:00Z`) : r.name;
      sheet.addRow(r.share === null ? [name, r.runs, r.hours] : [name, r.runs, r.hours, r.share]);
    }
    if (table === 'days') sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
    const last = rows.length + 1;
    const sum = (col: string, result: number) => (rows.length ? { formula: `SUM(${col}2:${col}${last})`, result } : result);
    const totals = [text.total, sum('B', report.total.runs), sum('C', hours(report.total.runMs))];
    if (table !== 'days') totals.push(sum('D', rows.length ? 1 : 0));
    const totalRow = sheet.addRow(totals);
    totalRow.font = { bold: true };
    totalRow.getCell(1).numFmt = '@';
  }
  return book;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The browser's exceljs, fetched on first use. */
async function loadExcel(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}

export async function usageXlsxBlob(report: UsageReport, text: ExportText, nameOf?: NameOf): Promise<Blob> {
  const buffer = await usageWorkbook(await loadExcel(), report, text, nameOf).xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
