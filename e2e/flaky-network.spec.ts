/**
 * A bad network between the browser and the dashboard: 30% of API calls fail, the others
 * take 2 s. The pattern is fixed (not random) so the test is the same every run; it includes
 * one run of three failures in a row, more than the retries absorb.
 */
import type { Page, Route } from '@playwright/test';
import { COL, expect, jobsTable, openSignedIn, tableRows, test } from './fixtures.ts';

test.use({ consoleExpected: [/^Failed to load resource: net::ERR_FAILED/] });

const FAIL = [true, true, true, false, false, true, false, false, false, false];

/** Each kind of request (the list, a count, a job) meets the pattern on its own, however they interleave. */
async function breakNetwork(page: Page) {
  const seen = new Map<string, number>();
  await page.route('**/webapi/**', async (route: Route) => {
    const url = new URL(route.request().url());
    // The overrun badge's read of last week's runs (by day: completedBefore) is a kind of its own.
    const sort = url.searchParams.get('limit') === '1' ? 'count' : url.searchParams.has('completedBefore') ? 'days' : '';
    const kind = `${url.pathname.replace(/\/v3\/jobs\/[^/]+/, '/v3/jobs/:id')} ${sort}`;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    const fail = FAIL[n % FAIL.length];
    if (fail) return route.abort('failed');
    await new Promise((r) => setTimeout(r, 2000));
    return route.continue().catch(() => undefined);
  });
}

test('a flaky network: the table keeps its rows, says they are stale, and recovers by itself', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=5');
  const before = await tableRows(page);
  await breakNetwork(page);
  const stale = page.getByRole('status').filter({ hasText: 'Refresh failed' });
  await expect(stale).toBeVisible({ timeout: 30_000 });
  // The good rows are still there while it is stale.
  expect((await tableRows(page)).map((r) => r[COL.jobId])).toEqual(before.map((r) => r[COL.jobId]));
  // The next refresh that gets through clears it, with nobody clicking anything.
  await expect(stale).toBeHidden({ timeout: 40_000 });
  await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
});

test('a cancel lost on the way is reported, never dropped silently', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Queued&refresh=0');
  const first = (await tableRows(page))[0]![COL.jobId]!;
  await page.route('**/webapi/v3/jobs/*', (route) => (route.request().method() === 'DELETE' ? route.abort('failed') : route.continue()));
  await jobsTable(page)
    .getByRole('button', { name: `Cancel job ${first}` })
    .click();
  await page
    .getByRole('dialog', { name: `Cancel job ${first}?` })
    .getByRole('button', { name: 'Cancel job' })
    .click();
  await expect(page.getByText(`Job ${first} was not cancelled`)).toBeVisible();
  await expect(page.getByText('The server could not be reached.')).toBeVisible();
  // It is still listed: nothing pretended to succeed.
  await expect(jobsTable(page).getByRole('link', { name: first })).toBeVisible();
});
