import { ADMIN, COL, expect, jobsTable, openSignedIn, tableRows, test, tokenFor } from './fixtures.ts';

const LIVE = process.env.E2E_LIVE_BASE_URL!;

test('a live refresh, with the simulator on, keeps the rows in view where they were, and the focus', async ({ page }) => {
  // The page's clock runs as usual, and can be moved on instead of waited for.
  await page.clock.install();
  await openSignedIn(page, '/jobs?refresh=5&size=100', LIVE);
  const scroller = page.getByRole('region', { name: 'Jobs table, scrollable' }).or(page.getByLabel('Jobs table, scrollable'));
  await expect(jobsTable(page).getByRole('row').nth(60)).toBeAttached();
  await scroller.evaluate((el) => (el.scrollTop = 900));
  const before = await scroller.evaluate((el) => el.scrollTop);
  expect(before).toBeGreaterThan(0);
  const rows = await tableRows(page);
  const focusedId = rows[25]![COL.jobId]!;
  const link = page.getByRole('link', { name: focusedId });
  await link.focus();
  const y = (await link.boundingBox())!.y;

  // Make sure the next refresh has something new to show.
  const token = await tokenFor(page, ADMIN, LIVE);
  const workflows = (await (
    await page.request.get(`${LIVE}/webapi/v3/workflows`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { id: string }[];
  const queued = (await (
    await page.request.post(`${LIVE}/webapi/v3/workflows/${workflows[0]!.id}/jobs`, {
      headers: { authorization: `Bearer ${token}` },
      data: {},
    })
  ).json()) as { id: string };
  await expect(jobsTable(page).getByRole('link', { name: queued.id })).toBeAttached({ timeout: 15_000 });

  // A row added above does not push what the user is looking at (the browser anchors the scroll).
  expect(Math.abs((await link.boundingBox())!.y - y)).toBeLessThanOrEqual(2);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThanOrEqual(before);
  await expect(link).toBeFocused();
  await expect(page.getByText(/^Updated \d+ sec\. ago$|^Updated now$/)).toBeVisible();
  // The relative times tick every 15 s; a tick re-renders cells without remounting them.
  await page.clock.fastForward(16_000);
  await expect(link).toBeFocused();
  expect(Math.abs((await link.boundingBox())!.y - y)).toBeLessThanOrEqual(50);
});

test('auto-refresh can be turned off, and the choice is kept in the URL', async ({ page }) => {
  // The page's clock, moved on past several refreshes instead of waited through.
  await page.clock.install();
  await openSignedIn(page, '/jobs', LIVE);
  // The first load, settled: the rows, and the count of what a cancel could touch.
  await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cancel all [\d,]+ matching$/ })).toBeVisible();
  const autoRefresh = page.getByRole('combobox', { name: 'Auto-refresh' });
  await autoRefresh.selectOption('Off');
  await expect(page).toHaveURL(/refresh=0/);
  // The address bar changes at once, the page takes the new view a moment later (until then
  // its 10 s refresh is still set): the select, which shows the page's view, says when.
  await expect(autoRefresh).toHaveValue('0');
  const asked: string[] = [];
  // The overrun badge reads the last week's finished runs once, day by day (completedBefore): not a refresh.
  const isRefresh = (url: string) => url.includes('/webapi/v3/jobs?') && !new URL(url).searchParams.has('completedBefore');
  page.on('request', (r) => isRefresh(r.url()) && asked.push(r.url()));
  // Every timer of the next 35 s, each as often as it comes due: three refreshes' worth.
  await page.clock.runFor(35_000);
  await expect(page.getByText(/^Updated [34]\d sec\. ago$/)).toBeVisible();

  const refreshed = page.waitForResponse((r) => r.url().includes('/webapi/v3/jobs?'));
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await refreshed;
  // Nothing was asked for on its own; the click asked for the list, once.
  expect(asked).toHaveLength(1);
  expect(new URL(asked[0]!).searchParams.get('limit')).toBe('50');
  await expect(page.getByText(/^Updated (now|\d sec\. ago)$/)).toBeVisible();
  await expect(page).toHaveURL(/refresh=0/);
});
