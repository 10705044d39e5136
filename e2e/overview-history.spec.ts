/**
 * The Overview's history on the sandbox: the per-day throughput says what the API counts, its
 * links open exactly those jobs, the heatmap is a table of the week, and the window is kept in
 * the URL.
 */
import type { Page } from '@playwright/test';
import { apiGet, expect, openSignedIn, test } from './fixtures.ts';

const history = (page: Page) => page.getByRole('main').getByRole('region', { name: 'History' });
const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test('7 days: a day of throughput is the API count, and its link shows that many jobs', async ({ page }) => {
  await openSignedIn(page, '/overview?refresh=0');
  await page.getByRole('radiogroup', { name: 'History window' }).getByText('Last 7 days').click();
  await expect(page).toHaveURL(/[?&]window=7d(&|$)/);

  const throughput = history(page).getByRole('region', { name: 'Throughput' });
  await throughput.getByRole('switch', { name: 'Show as table' }).check();
  const table = throughput.getByRole('table', { name: 'Jobs completed per day' });
  const body = table.getByRole('rowgroup').nth(1).getByRole('row');
  await expect(body).toHaveCount(7);
  // Each row: its day (the row header's datetime) and its count (the cell's text).
  const rows = await body.evaluateAll((trs) =>
    trs.map((tr) => ({
      day: tr.querySelector('time')?.getAttribute('datetime') ?? '',
      count: Number(tr.querySelector('td')?.textContent?.replace(/,/g, '')),
    })),
  );
  const index = rows.findIndex((r) => r.count > 0);
  expect(index, 'a day with completed jobs').toBeGreaterThanOrEqual(0);
  const { day, count: shown } = rows[index]!;
  const api = await apiGet<{ pagination: { totalItems: number } }>(
    page,
    `/v3/jobs?statuses=Complete&allUsers=true&completedAfter=${shift(day, -1)}&completedBefore=${shift(day, 1)}&limit=1`,
  );
  expect(shown).toBe(api.pagination.totalItems);

  await table
    .getByRole('row')
    .nth(index + 1)
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(new RegExp(`/jobs\\?status=Completed&from=${day}&to=${day}`));
  await expect(page.getByText(/^\d[\d,]*–[\d,]+ of [\d,]+$/)).toHaveText(new RegExp(` of ${shown.toLocaleString('en-US')}$`));
});

test('the heatmap is a table of the week, and the window survives a reload', async ({ page }) => {
  await openSignedIn(page, '/overview?refresh=0&window=7d');
  const heatmap = history(page).getByRole('table', { name: /^Average queue wait by weekday and hour/ });
  await expect(heatmap).toBeVisible({ timeout: 30_000 });
  await expect(heatmap.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(7);
  await expect(heatmap.getByRole('rowheader').first()).toHaveText('Mon');
  // Each cell says its value in its text: the week has waits somewhere.
  await expect(heatmap.getByRole('cell').filter({ hasText: /\d/ }).first()).toBeVisible();

  await page.getByRole('radiogroup', { name: 'History window' }).getByText('Last 30 days').click();
  await expect(page).toHaveURL(/[?&]window=30d(&|$)/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  await expect(history(page).getByText(/jobs? that finished between/)).toBeVisible({ timeout: 30_000 });
});
