import { STANDIN } from './stand-in/server.ts';
import type { Locator, Page } from '@playwright/test';
import { COL, cellUnder, choose, expect, jobsTable, tableRows, test } from './fixtures.ts';

// The dashboard in proxy mode, in front of a server it was not built with.
const PROXY = process.env.E2E_PROXY_BASE_URL!;
// The stand-in itself, one port below the dashboard.
const STANDIN_HOST = `127.0.0.1:${Number(new URL(PROXY).port) - 1}`;
test.use({ baseURL: PROXY });

// Every test starts from the stand-in's seeded jobs, whatever an earlier one cancelled.
test.beforeEach(async ({ request }) => {
  expect((await request.post(`http://${STANDIN_HOST}/webapi/__stand-in/reset`)).ok()).toBe(true);
});

/** A job's row in a table, found by its id's link. */
const rowOf = (page: Page, table: Locator, jobId: string) =>
  table.getByRole('row').filter({ has: page.getByRole('link', { name: jobId, exact: true }) });

/** A field's value in the job pane: the group named by its label, holding just this text. */
const paneValue = (pane: Locator, label: string, value: string) =>
  pane.getByRole('group', { name: label }).getByText(value, { exact: true });

async function signInToStandIn(page: Page, url = '/jobs') {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'API key' }).fill(STANDIN.key);
  await page.getByLabel('API secret').fill(STANDIN.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('through the proxy: sign in (HTTP Basic only), list, sort, filter, read a job and its one message object', async ({ page }) => {
  await signInToStandIn(page, '/jobs?refresh=0');
  // The header names the server behind the proxy: the stand-in, one port below the dashboard.
  await expect(page.getByText(STANDIN_HOST, { exact: true })).toBeVisible();
  await expect(page.getByText('Curator', { exact: true })).toBeVisible();
  await expect(page.getByText('1–50 of 60')).toBeVisible();
  const rows = await tableRows(page);
  // Priorities arrive as numbers ("6", "4", "2", and "9", which no level is) and as names; statuses include Cancelled.
  expect(new Set(rows.map((r) => r[COL.priority]))).toEqual(
    new Set(['Validation (6)', 'Chained app (4)', 'High (2)', '9', 'Low', 'High', 'Default']),
  );
  expect(rows.map((r) => r[COL.status])).toContain('Cancelled');
  // A queued job has no start time or run time: shown as a dash, not an error.
  expect(rows.find((r) => r[COL.status] === 'Queued')![COL.started]).toBe('—');

  await jobsTable(page).getByRole('button', { name: 'Workflow' }).click();
  await expect(page).toHaveURL(/sort=workflow/);
  await expect(async () => {
    const names = (await tableRows(page)).map((r) => r[COL.workflow]!);
    expect(names[0]).toBe('Quarterly Close.yxmd');
    expect(names).toEqual([...names].sort());
  }).toPass();

  await choose(page, 'Status', ['Queued']);
  await expect(page.getByText('1–3 of 3')).toBeVisible();

  await choose(page, 'Status', ['Queued', 'Completed']);
  await page.getByRole('link', { name: 'sj1010' }).click();
  const pane = page.getByRole('region', { name: 'Job sj1010' });
  await expect(pane.getByText('Completed').first()).toBeVisible();
  await expect(pane.getByText('Error', { exact: true }).first()).toBeVisible();
  const log = pane.getByRole('log');
  await expect(log).toHaveAttribute('aria-label', 'Messages (1)');
  await expect(log.getByText('Stand-in run of sj1010: 12 records written')).toBeVisible();
});

test('through the proxy: cancelling a running job, which this server then reports as "Cancelled"', async ({ page }) => {
  await signInToStandIn(page, '/jobs/sj1003?refresh=0');
  const pane = page.getByRole('region', { name: 'Job sj1003' });
  await expect(pane.getByText('Running').first()).toBeVisible();
  await pane.getByRole('button', { name: 'Cancel job sj1003' }).click();
  await page.getByRole('dialog', { name: 'Cancel job sj1003?' }).getByRole('button', { name: 'Cancel job' }).click();
  await expect(page.getByText('Cancelled Successfully.')).toBeVisible();
  // This server reports a stopped job as "Cancelled", which cannot be cancelled again.
  await expect(pane.getByText('Cancelled', { exact: true }).first()).toBeVisible();
  await expect(pane.getByRole('button', { name: 'Cancel job sj1003' })).toHaveAttribute('aria-disabled', 'true');
});

test('through the proxy: a wrong secret is refused in place', async ({ page }) => {
  await page.goto('/jobs');
  await page.getByRole('textbox', { name: 'API key' }).fill(STANDIN.key);
  await page.getByLabel('API secret').fill('not-the-secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The API key or secret was not accepted.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('through the proxy: results in the list, what failed in the last 24 hours, and a job by link with its facts', async ({ page }) => {
  await signInToStandIn(page, '/jobs?status=Completed&size=100&refresh=0');
  // Results arrive a few at a time after the rows; read them once every one has arrived.
  const resultsOf = async (ids: string[]) => {
    const rows = await tableRows(page);
    return ids.map((id) => rows.find((r) => r[COL.jobId] === id)?.[COL.result]);
  };
  // This server says "Cancelled" as a status, and that is its result too.
  await expect.poll(() => resultsOf(['sj1005', 'sj1010', 'sj1011'])).toEqual(['Cancelled', 'Error', 'Success']);
  await expect(page.getByText('Reading the result…')).toHaveCount(0);

  // Its failures: the completed jobs with every fifth number, from 10 to 55.
  await page.getByRole('navigation').getByRole('link', { name: 'Failed recently' }).click();
  const failed = page.getByRole('table', { name: 'Failed jobs' });
  await expect(failed).toBeVisible();
  const ids = (await tableRows(page, failed)).map((r) => r[COL.jobId]);
  expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `sj${1010 + 5 * i}`));
  // The 55 seeded: every test starts from them.
  await expect(page.getByText(/^Read 55 jobs that ended between/)).toBeVisible();
  await expect(failed.getByText('Stand-in run of sj1010: 12 records written')).toBeVisible();

  // A job by link: its list item is found through the list, narrowed by its workflow.
  await page.goto('/jobs/sj1044?refresh=0');
  const pane = page.getByRole('region', { name: 'Job sj1044' });
  await expect(pane.getByRole('group', { name: 'Submitted by' })).toHaveText(/Ada Lovelace/);
  await expect(pane.getByRole('group', { name: 'Workflow' })).toContainText('需要予測.yxmd');
  await expect(pane.getByRole('group', { name: 'Run time' })).toHaveText(/1m 14s/);
});

test('through the proxy: a run of a day or more in hours and minutes (26h 5m), a fraction of a second, and numbered priorities by their meaning, in the table and the pane', async ({
  page,
}) => {
  await signInToStandIn(page, '/jobs?size=100&refresh=0');
  const table = jobsTable(page);
  // sj1059 ran 1.02:05:00; read without its day it would be 2h 5m.
  const long = rowOf(page, table, 'sj1059');
  await expect(await cellUnder(table, long, COL.runTime)).toHaveText('26h 5m');
  await expect(await cellUnder(table, long, COL.priority)).toHaveText('Chained app (4)');
  // 00:00:37.1234567: a run time, not text the dashboard cannot read.
  await expect(await cellUnder(table, rowOf(page, table, 'sj1007'), COL.runTime)).toHaveText('37s');
  await expect(await cellUnder(table, rowOf(page, table, 'sj1000'), COL.priority)).toHaveText('Validation (6)');
  await expect(await cellUnder(table, rowOf(page, table, 'sj1022'), COL.priority)).toHaveText('High (2)');
  await expect(await cellUnder(table, rowOf(page, table, 'sj1023'), COL.priority)).toHaveText('9');

  await long.getByRole('link', { name: 'sj1059', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Job sj1059' });
  await expect(paneValue(pane, 'Run time', '26h 5m')).toBeVisible();
  await expect(paneValue(pane, 'Priority', 'Chained app (4)')).toBeVisible();

  await rowOf(page, table, 'sj1000').getByRole('link', { name: 'sj1000', exact: true }).click();
  await expect(paneValue(page.getByRole('region', { name: 'Job sj1000' }), 'Priority', 'Validation (6)')).toBeVisible();
  await rowOf(page, table, 'sj1023').getByRole('link', { name: 'sj1023', exact: true }).click();
  await expect(paneValue(page.getByRole('region', { name: 'Job sj1023' }), 'Priority', '9')).toBeVisible();
});

test('through the proxy: a job running for more than a day shows all its run time so far, in the table and the pane, and it goes on growing', async ({
  page,
}) => {
  // It shows hours and minutes: seeing it grow takes up to a minute on the real clock. (The
  // page's clock cannot be moved on instead: the pane reads the job again every 10 s and
  // takes the server's figure afresh.)
  test.setTimeout(150_000);
  await signInToStandIn(page, '/jobs?size=100&refresh=0');
  const table = jobsTable(page);
  const row = rowOf(page, table, 'sj1004');
  await row.getByRole('link', { name: 'sj1004', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Job sj1004' });
  await expect(pane.getByText('Running').first()).toBeVisible();
  const cell = await cellUnder(table, row, COL.runTime);
  const field = pane.getByRole('group', { name: 'Run time' });
  // "27h 3m" (or "27h" on the hour) as minutes; the field's text begins with its label.
  const minutes = async (where: Locator) => {
    const m = /(\d+)h(?: (\d+)m)?$/.exec((await where.innerText()).trim());
    return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : Number.NaN;
  };
  // It started 27 hours before the stand-in did, which sends 1.03:…; read without its day, 3h.
  await expect.poll(() => minutes(cell)).toBeGreaterThanOrEqual(27 * 60);
  await expect.poll(() => minutes(field)).toBeGreaterThanOrEqual(27 * 60);
  const [inTable, inPane] = [await minutes(cell), await minutes(field)];
  expect(Math.abs(inTable - inPane)).toBeLessThanOrEqual(1);
  // A minute on, each reads a minute more.
  await expect.poll(() => minutes(cell), { timeout: 75_000 }).toBe(inTable + 1);
  await expect.poll(() => minutes(field), { timeout: 75_000 }).toBeGreaterThanOrEqual(inPane + 1);
  expect(await minutes(field)).toBeLessThanOrEqual(inPane + 2);
});

test('through the proxy, in Japanese: a run of more than a day in hours and minutes (26時間5分), and numbered priorities by their meaning', async ({
  page,
}) => {
  await signInToStandIn(page, '/jobs?size=100&refresh=0');
  await expect(jobsTable(page)).toBeVisible();
  await page.evaluate(() => localStorage.setItem('language', 'ja'));
  await page.reload();
  const table = page.getByRole('table', { name: 'サーバー上のジョブ' });
  const long = rowOf(page, table, 'sj1059');
  await expect(await cellUnder(table, long, '実行時間')).toHaveText('26時間5分');
  await expect(await cellUnder(table, long, '優先度')).toHaveText('チェーンアプリ（4）');
  await expect(await cellUnder(table, rowOf(page, table, 'sj1000'), '優先度')).toHaveText('検証（6）');
  await expect(await cellUnder(table, rowOf(page, table, 'sj1023'), '優先度')).toHaveText('9');

  await long.getByRole('link', { name: 'sj1059', exact: true }).click();
  const pane = page.getByRole('region', { name: 'ジョブ sj1059' });
  await expect(paneValue(pane, '実行時間', '26時間5分')).toBeVisible();
  await expect(paneValue(pane, '優先度', 'チェーンアプリ（4）')).toBeVisible();
});

test('through the proxy: a workflow’s jobs, each with the result this server sends beside it (disposition), and the engine from runWithE2 as text', async ({
  page,
}) => {
  // The results come with the list: no job is asked for on its own.
  const askedOne: string[] = [];
  page.on('request', (r) => {
    if (/\/webapi\/v3\/jobs\/[^/]+$/.test(new URL(r.url()).pathname)) askedOne.push(r.url());
  });
  await signInToStandIn(page, '/workflows/w-1/jobs?refresh=0');
  const table = page.getByRole('table', { name: 'Jobs of the workflow Quarterly Close.yxmd' });
  await expect(table).toBeVisible();
  const rows = async () => {
    const all = await tableRows(page, table);
    return Object.fromEntries(all.map((r) => [r[COL.jobId], { result: r[COL.result], engine: r['Engine'] }]));
  };
  // Queued, running, cancelled, succeeded, failed; runWithE2 "true" and "false".
  await expect
    .poll(async () => {
      const shown = await rows();
      return ['sj1000', 'sj1003', 'sj1006', 'sj1009', 'sj1015', 'sj1030'].map((id) => shown[id]);
    })
    .toEqual([
      { result: '—', engine: 'E2 (AMP)' },
      { result: '—', engine: 'Classic' },
      { result: 'Cancelled', engine: 'E2 (AMP)' },
      { result: 'Success', engine: 'Classic' },
      { result: 'Error', engine: 'Classic' },
      { result: 'Error', engine: 'E2 (AMP)' },
    ]);
  // All 20 of the workflow's jobs.
  expect(Object.keys(await rows())).toHaveLength(20);
  expect(askedOne).toEqual([]);

  await page.getByRole('combobox', { name: 'Result' }).click();
  await page.getByRole('option', { name: 'Error' }).click();
  await expect.poll(async () => Object.keys(await rows())).toEqual(['sj1015', 'sj1030', 'sj1045']);
  expect(askedOne).toEqual([]);
});
