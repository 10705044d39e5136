/**
 * The Overview's usage report against the sandbox: its files say what the API says (the runs of
 * the range add up to the API's count, a workflow's runs to the API's count of it), each count
 * opens exactly those jobs, and a changed range leaves the old read off.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { workflowKey } from '../contract/job-words.ts';
import { apiGet, expect, jobsTable, openSignedIn, test } from './fixtures.ts';

const DAY_MS = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const shift = (day: string, days: number) => utcDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

// A few whole days in the past: over, so what they hold does not change while the test runs.
const TO = shift(utcDay(Date.now()), -2);
const FROM = shift(TO, -3);
// Older than the days the rest of the page reads (the history's window, the last week's run
// baselines), so a request for its last day is the report's alone.
const OLD_TO = shift(utcDay(Date.now()), -10);
const RANGE = `completedAfter=${shift(FROM, -1)}&completedBefore=${shift(TO, 1)}`;

interface JobList {
  data: { workflowName: string }[];
  pagination: { totalItems: number };
}

const finishedCount = async (page: Page, extra = '') =>
  (await apiGet<JobList>(page, `/v3/jobs?statuses=Complete&allUsers=true&${RANGE}&limit=1${extra}`)).pagination.totalItems;

/** Every workflow with a finished job in the range, as the API lists them page by page: one key per workflow, however its runs spell it. */
async function apiWorkflows(page: Page): Promise<Set<string>> {
  const names = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const list = await apiGet<JobList>(page, `/v3/jobs?statuses=Complete&allUsers=true&${RANGE}&limit=1000&offset=${offset}`);
    list.data.forEach((j) => names.add(workflowKey(j.workflowName)));
    if (list.data.length === 0 || offset + list.data.length >= list.pagination.totalItems) return names;
  }
}

/**
 * A downloaded CSV: UTF-8 with a byte-order mark and CRLF line ends, read back by exceljs's own
 * CSV reader (RFC 4180), every field as the text it is.
 */
async function readCsv(path: string): Promise<string[][]> {
  const text = await readFile(path, 'utf8');
  expect(text.charCodeAt(0), 'a UTF-8 byte-order mark').toBe(0xfeff);
  expect(text.endsWith('\r\n') && !text.replaceAll('\r\n', '').includes('\n'), 'CRLF line ends').toBe(true);
  const sheet = await new ExcelJS.Workbook().csv.readFile(path, { map: (value: unknown) => value });
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as string[]).slice(1).map((v) => v ?? '')));
  // The reader keeps the mark in the first field.
  rows[0]![0] = rows[0]![0]!.replace(/^\uFEFF/, '');
  return rows;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, path: await file.path() };
}

const usage = (page: Page) => page.getByRole('main').getByRole('region', { name: 'Usage report' });

/** Every section has drawn what it read: nothing above the report moves it while it is used. */
async function settled(page: Page) {
  await expect(page.getByRole('main').getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
}

test('the usage report’s CSV and XLSX add up to the API’s counts, and a workflow’s runs open exactly its jobs', async ({ page }) => {
  const total = await finishedCount(page);
  expect(total, `the sandbox has finished jobs from ${FROM} to ${TO}`).toBeGreaterThan(0);
  await openSignedIn(page, `/overview?refresh=0&usageFrom=${FROM}&usageTo=${TO}`);
  const section = usage(page);
  await expect(section.getByRole('table', { name: 'Runs by workflow' })).toBeVisible({ timeout: 30_000 });
  await settled(page);
  await expect(section.getByText(/jobs that finished from .* \(UTC days\)/)).toContainText(new Intl.NumberFormat('en').format(total));

  // The CSV: a byte-order mark, a header, a line per workflow and no totals line.
  await section.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await download(page, () => page.getByRole('menuitem', { name: 'Runs by workflow' }).click());
  expect(csv.file.suggestedFilename()).toBe(`usage-${FROM}-${TO}-workflows.csv`);
  const [header, ...lines] = await readCsv(csv.path);
  expect(header).toEqual(['Workflow', 'Runs', 'Run time (hours)', 'Share of runs (%)']);
  const workflows = await apiWorkflows(page);
  expect(new Set(lines.map((l) => workflowKey(l[0]!)))).toEqual(workflows);
  expect(lines).toHaveLength(workflows.size);
  expect(lines.reduce((sum, l) => sum + Number(l[1]), 0)).toBe(total);
  for (const l of lines) expect(Number(l[2]), `${l[0]}'s hours are a plain number`).toBeGreaterThanOrEqual(0);

  // The busiest workflow and the least busy: each as many runs as the API counts of it.
  for (const [name, runs] of [lines[0]!, lines.at(-1)!]) {
    expect(Number(runs), name).toBe(await finishedCount(page, `&workflowNames=${encodeURIComponent(name!)}`));
  }

  // The XLSX, read back here: three sheets, each with a header, its rows and totals of the same runs.
  const xlsx = await download(page, () => section.getByRole('button', { name: 'Export XLSX' }).click());
  expect(xlsx.file.suggestedFilename()).toBe(`usage-${FROM}-${TO}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx.path);
  expect(book.worksheets.map((s) => s.name)).toEqual(['Workflows', 'Users', 'Days']);
  const value = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'result' in v ? v.result : v);
  for (const sheet of book.worksheets) {
    const last = sheet.rowCount;
    const runs = Array.from({ length: last - 2 }, (_, i) => Number(value(sheet.getCell(i + 2, 2).value)));
    expect(sheet.getCell(last, 1).value, sheet.name).toBe('Total');
    expect(value(sheet.getCell(last, 2).value), sheet.name).toBe(total);
    expect(
      runs.reduce((a, b) => a + b, 0),
      sheet.name,
    ).toBe(total);
  }
  expect(book.getWorksheet('Workflows')!.rowCount).toBe(workflows.size + 2);
  expect(book.getWorksheet('Days')!.rowCount).toBe(4 + 2);

  // The busiest workflow's count opens the jobs list filtered to exactly it.
  const [busiest, busiestRuns] = lines[0]!;
  const n = new Intl.NumberFormat('en').format(Number(busiestRuns));
  await section.getByRole('link', { name: `Open the ${n} runs of ${busiest} in the jobs list` }).click();
  await expect(page).toHaveURL(/\/jobs\?/);
  const params = new URL(page.url()).searchParams;
  expect([...params.keys()].sort()).toEqual(['from', 'status', 'to', 'workflow']);
  expect(Object.fromEntries(params)).toEqual({ workflow: busiest, status: 'Completed', from: FROM, to: TO });
  await expect(jobsTable(page)).toBeVisible();
});

test('the users and days tables have their own CSV, and each adds up to the same runs', async ({ page }) => {
  const total = await finishedCount(page);
  await openSignedIn(page, `/overview?refresh=0&usageFrom=${FROM}&usageTo=${TO}`);
  const section = usage(page);
  await settled(page);
  await section.getByRole('radiogroup', { name: 'Report by' }).getByText('By day').click();
  const days = section.getByRole('table', { name: 'Runs by day' });
  await expect(days.getByRole('row')).toHaveCount(1 + 4 + 1, { timeout: 30_000 });
  for (const [table, lines] of [
    ['users', null],
    ['days', 4],
  ] as const) {
    await section.getByRole('button', { name: 'Export CSV' }).click();
    const item = page.getByRole('menu', { name: 'Export CSV' }).getByRole('menuitem', { name: `Runs by ${table.slice(0, -1)}` });
    const csv = await download(page, () => item.click());
    expect(csv.file.suggestedFilename()).toBe(`usage-${FROM}-${TO}-${table}.csv`);
    const [, ...rows] = await readCsv(csv.path);
    if (lines !== null) expect(rows.map((r) => r[0])).toEqual([FROM, shift(FROM, 1), shift(FROM, 2), TO]);
    expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(total);
  }
});

test('choosing another range leaves the read of the old one off, and the URL keeps the new one', async ({ page }) => {
  // The old range's answers are held back, so its read is still going when the range changes.
  const held: string[] = [];
  const aborted: string[] = [];
  await page.route(
    (url) => url.pathname === '/webapi/v3/jobs' && url.searchParams.get('completedBefore') === shift(OLD_TO, 1),
    (route) => void held.push(route.request().url()),
  );
  page.on('requestfailed', (req) => {
    if (new URL(req.url()).searchParams.get('completedBefore') === shift(OLD_TO, 1)) aborted.push(req.url());
  });
  await openSignedIn(page, `/overview?refresh=0&usageFrom=${shift(OLD_TO, -2)}&usageTo=${OLD_TO}`);
  const section = usage(page);
  await expect(section.getByRole('progressbar')).toBeVisible();
  await expect.poll(() => held.length).toBeGreaterThan(0);

  // The month before the old range's last day, so none of the new range's requests are held.
  const [y, m] = OLD_TO.split('-').map(Number) as [number, number];
  const month = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 2, 1));
  await section.getByRole('combobox', { name: 'Month' }).click();
  await page.getByRole('option', { name: month }).click();
  await expect(page).toHaveURL(/usageFrom=\d{4}-\d{2}-01&usageTo=\d{4}-\d{2}-\d{2}/);
  await expect.poll(() => aborted.length, 'the old range’s held requests are cancelled').toBe(held.length);
  await expect(section.getByRole('table', { name: 'Runs by workflow' })).toBeVisible({ timeout: 30_000 });

  await page.reload();
  await expect(section.getByRole('combobox', { name: 'Month' })).toHaveValue(month);
});
