import { STANDIN } from './stand-in/server.ts';
import { COL, choose, expect, jobsTable, tableRows, test } from './fixtures.ts';

// The dashboard in proxy mode, in front of a server it was not built with.
const PROXY = process.env.E2E_PROXY_BASE_URL!;
test.use({ baseURL: PROXY });

async function signInToStandIn(page: import('@playwright/test').Page, url = '/jobs') {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'API key' }).fill(STANDIN.key);
  await page.getByLabel('API secret').fill(STANDIN.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('through the proxy: sign in (HTTP Basic only), list, sort, filter, read a job and its one message object', async ({ page }) => {
  await signInToStandIn(page, '/jobs?refresh=0');
  // The header names the server behind the proxy: the stand-in, one port below the dashboard.
  await expect(page.getByText(`127.0.0.1:${Number(new URL(PROXY).port) - 1}`, { exact: true })).toBeVisible();
  await expect(page.getByText('Curator', { exact: true })).toBeVisible();
  await expect(page.getByText('1–50 of 60')).toBeVisible();
  const rows = await tableRows(page);
  // Priorities arrive as "6" and as names; statuses include Cancelled.
  expect(new Set(rows.map((r) => r[COL.priority]))).toEqual(new Set(['Validation (6)', 'Low', 'High', 'Default']));
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
  // 55 seeded; 56 once the test above has stopped sj1003.
  await expect(page.getByText(/^Read 5[56] jobs that ended between/)).toBeVisible();
  await expect(failed.getByText('Stand-in run of sj1010: 12 records written')).toBeVisible();

  // A job by link: its list item is found through the list, narrowed by its workflow.
  await page.goto('/jobs/sj1044?refresh=0');
  const pane = page.getByRole('region', { name: 'Job sj1044' });
  await expect(pane.getByRole('group', { name: 'Submitted by' })).toHaveText(/Ada Lovelace/);
  await expect(pane.getByRole('group', { name: 'Workflow' })).toContainText('需要予測.yxmd');
  await expect(pane.getByRole('group', { name: 'Run time' })).toHaveText(/1m 14s/);
});
