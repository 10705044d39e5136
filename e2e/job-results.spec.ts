/**
 * What failed, and what a job is: every finished job's result in the lists, the failures of a
 * window, and a job opened by link with everything its list row showed. Each checked against
 * the API's own answers.
 */
import type { Page } from '@playwright/test';
import { COL, apiGet, cellUnder, expect, jobsTable, openSignedIn, tableRows, test } from './fixtures.ts';

interface Item {
  jobId: string;
  status: string;
  startTime: string | null;
  executionTime: string | null;
}

const disposition = async (page: Page, jobId: string) =>
  (await apiGet<{ disposition: string }>(page, `/v3/jobs/${jobId}?includeMessages=false`)).disposition;

/** A .NET TimeSpan, `[d.]hh:mm:ss[.fffffff]`, as a real server and the sandbox write run times. */
function timeSpan(t: string): number {
  const [, days, h, m, s] = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(t)!;
  return ((Number(days ?? 0) * 24 + Number(h)) * 3600 + Number(m) * 60 + Number(s)) * 1000;
}
const endedAt = (j: Item) => Date.parse(j.startTime!) + timeSpan(j.executionTime!);

/** How many jobs' facts the browser keeps (IndexedDB). */
const storedFacts = () =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('alteryx-jobs');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('job-facts')) return resolve(0);
      const count = db.transaction('job-facts').objectStore('job-facts').count();
      count.onsuccess = () => resolve(count.result);
      count.onerror = () => reject(count.error);
    };
  });

/** Waits until no result in the table is still on its way. */
async function resultsIn(page: Page) {
  await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText('Reading the result…')).toHaveCount(0);
}

test('the jobs table shows every finished job’s result, as its JobView says', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  // A page of finished jobs that holds each kind of result, found through the API.
  let pageNo = 0;
  let expected = new Map<string, string>();
  for (let p = 1; p <= 10 && pageNo === 0; p++) {
    const list = await apiGet<{ data: Item[] }>(page, `/v3/jobs?allUsers=true&statuses=Complete&limit=100&offset=${(p - 1) * 100}`);
    expected = new Map(await Promise.all(list.data.map(async (j) => [j.jobId, await disposition(page, j.jobId)] as [string, string])));
    if (['Success', 'Warning', 'Error', 'Cancelled'].every((d) => [...expected.values()].includes(d))) pageNo = p;
  }
  expect(pageNo, 'a page with every kind of result').toBeGreaterThan(0);

  await page.goto(`/jobs?status=Completed&size=100&page=${pageNo}&refresh=0`);
  await resultsIn(page);
  const rows = await tableRows(page);
  expect(rows).toHaveLength(100);
  for (const r of rows) expect(`${r[COL.jobId]} ${r[COL.result]}`).toBe(`${r[COL.jobId]} ${expected.get(r[COL.jobId]!)}`);
  // An Error result sits beside a status that only says the job completed.
  const failedRow = rows.findIndex((r) => r[COL.result] === 'Error');
  expect(rows[failedRow]![COL.status]).toBe('Completed');
});

test('results are asked for once, 4 at a time: a second visit asks the API for no finished job', async ({ page }) => {
  const asked: string[] = [];
  let open = 0;
  let most = 0;
  await page.route(/\/webapi\/v3\/jobs\/[^/?]+\?includeMessages=false$/, async (route) => {
    asked.push(route.request().url());
    most = Math.max(most, ++open);
    // Slow enough that a fifth request would start while four are still out.
    await new Promise((r) => setTimeout(r, 50));
    await route.continue();
    open--;
  });
  await openSignedIn(page, '/jobs?status=Completed&size=50&page=7&refresh=0');
  await resultsIn(page);
  expect(asked.length).toBe(50);
  expect(most).toBeLessThanOrEqual(4);
  expect(most).toBe(4);
  // At most 4 at a time, newest first: the first asked is the newest job on the page.
  const first = (await tableRows(page))[0]![COL.jobId]!;
  expect(asked[0]).toContain(first);

  // Kept in the browser: all 50 are in its store.
  await expect.poll(() => page.evaluate(storedFacts)).toBe(50);
  asked.length = 0;
  await page.reload();
  await resultsIn(page);
  expect((await tableRows(page)).every((r) => r[COL.result] !== '…')).toBe(true);
  expect(asked).toEqual([]);
});

test('a workflow’s page with Result = Error shows only Error results', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  const workflows = await apiGet<{ id: string; name: string }[]>(page, '/v3/workflows');
  let target: { id: string; name: string } | undefined;
  for (const w of workflows) {
    const errors = await apiGet<unknown[]>(page, `/v3/workflows/${w.id}/jobs?resultCode=Error&limit=5`);
    if (errors.length >= 2) target = w;
    if (target) break;
  }
  expect(target, 'a workflow with failed runs').toBeDefined();
  await page.goto(`/workflows/${target!.id}/jobs?result=Error`);
  const table = page.getByRole('table', { name: new RegExp(`^Jobs of `) });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText('Reading the result…')).toHaveCount(0);
  const results = (await tableRows(page, table)).map((r) => r[COL.result]);
  expect(results.length).toBeGreaterThanOrEqual(2);
  expect(new Set(results)).toEqual(new Set(['Error']));
});

test('Failed in the last 24 hours lists exactly the jobs the API says failed in that window', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  await page.getByRole('navigation').getByRole('link', { name: 'Failed recently' }).click();
  await expect(page).toHaveURL(/\/failed$/);
  const summary = page.getByText(/^Read \d+ jobs that ended between/);
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const now = Date.now();

  // The API's own view of the window: every job that ended in it, and its JobView's result.
  const list = await apiGet<{ data: Item[] }>(page, '/v3/jobs?allUsers=true&statuses=Complete&sortField=CompletionDateTime&limit=1000');
  const slack = 5 * 60_000;
  const inWindow = (j: Item, margin: number) => endedAt(j) >= now - 86_400_000 + margin;
  const sure = list.data.filter((j) => inWindow(j, slack));
  const maybe = list.data.filter((j) => inWindow(j, -slack));
  const failed = async (jobs: Item[]) =>
    (await Promise.all(jobs.map(async (j) => ((await disposition(page, j.jobId)) === 'Error' ? j.jobId : null)))).filter(Boolean);
  const mustShow = await failed(sure);
  const mayShow = new Set(await failed(maybe));
  expect(mustShow.length).toBeGreaterThan(0);

  const table = page.getByRole('table', { name: 'Failed jobs' });
  const shown = (await tableRows(page, table)).map((r) => r[COL.jobId]!);
  expect(shown).toEqual(expect.arrayContaining(mustShow));
  for (const id of shown) expect(mayShow.has(id), `${id} failed in the window`).toBe(true);
  // It says how many it read, and shows the first error of each.
  const read = Number(/^Read (\d+) jobs/.exec((await summary.textContent())!)![1]);
  expect(read).toBeGreaterThanOrEqual(sure.length);
  expect(read).toBeLessThanOrEqual(maybe.length);
  await expect(table.getByText('Reading the first error…')).toHaveCount(0);
  await expect(table.getByRole('row').nth(1).getByRole('cell').last()).not.toHaveText('');

  // The window is in the URL, and another choice walks that one.
  const daily = (await summary.textContent())!;
  await page.getByText('Last hour', { exact: true }).click();
  await expect(page).toHaveURL(/within=1h/);
  await expect(summary).not.toHaveText(daily);
  const hourly = await summary.textContent();
  expect(Number(/^Read (\d+)/.exec(hourly!)![1])).toBeLessThan(read);
});

test('a job opened by link shows what its list row showed, and when it started and ended', async ({ page, browser }) => {
  await openSignedIn(page, '/jobs?status=Completed&sort=completed&page=3&refresh=0&tz=utc');
  const table = jobsTable(page);
  const row = table.getByRole('row').nth(5);
  await expect(row).toBeVisible();
  const jobId = (await (await cellUnder(table, row, COL.jobId)).innerText()).trim();
  const listed = (await tableRows(page)).find((r) => r[COL.jobId] === jobId)!;

  // A colleague opens the link, in a browser that has never seen this job.
  const other = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await openSignedIn(other, `/jobs/${jobId}?refresh=0&tz=utc`);
  const pane = other.getByRole('region', { name: `Job ${jobId}` });
  const field = (name: string) => pane.getByRole('group', { name, exact: true });
  await expect(field('Submitted by')).toContainText(listed[COL.submittedBy]!);
  await expect(field('Workflow').getByRole('link', { name: `Jobs of the workflow ${listed[COL.workflow]}` })).toBeVisible();
  for (const [name, col] of [
    ['Queued', COL.queued],
    ['Started', COL.started],
    ['Completed', COL.completed],
  ] as const) {
    await expect(field(name).locator('time')).toHaveAttribute('datetime', listed[col]!);
  }
  await expect(field('Queue wait')).toContainText(listed[COL.queueWait]!);
  await expect(field('Run time')).toContainText(listed[COL.runTime]!);
  await expect(field('Status')).toContainText(listed[COL.result]!);
  await other.context().close();
});

test('a running job’s run time advances each second, between refreshes', async ({ page }) => {
  // The living world, where jobs keep starting: the still one's running jobs are the tests' to cancel.
  await openSignedIn(page, '/jobs?status=Running&refresh=0', process.env.E2E_LIVE_BASE_URL!);
  // One that has run under an hour shows its seconds.
  const rows = await tableRows(page);
  const index = rows.findIndex((r) => /\d+s$/.test(r[COL.runTime]!));
  expect(index).toBeGreaterThanOrEqual(0);
  const table = jobsTable(page);
  const cell = await cellUnder(table, table.getByRole('row').nth(index + 1), COL.runTime);
  const before = await cell.innerText();
  await expect(cell).not.toHaveText(before, { timeout: 3000 });
});
