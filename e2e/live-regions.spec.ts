/**
 * What a screen reader hears without looking: refresh results in one polite status region
 * that is always in the page (a region that appears with its text is often not read out),
 * and the outcome of a cancel as an alert.
 */
import { expect, jobsTable, openSignedIn, test, tokenFor } from './fixtures.ts';

test.use({ consoleExpected: [/^Failed to load resource: net::ERR_FAILED/] });

test('refresh results are announced: a failure, the recovery, and a refresh asked for', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
  const updates = page.getByRole('status', { name: 'List updates' });
  // There before anything happens, and quiet: nothing to say yet.
  await expect(updates).toBeAttached();
  await expect(updates).toHaveText('');

  await page.route('**/webapi/v3/jobs?*', (route) => route.abort('failed'));
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(updates).toHaveText(/^Refresh failed: .+ The list shows the last jobs it got\.$/, { timeout: 30_000 });

  await page.unrouteAll();
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(updates).toHaveText('The list is up to date again.');

  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(updates).toHaveText('List refreshed. Jobs on this page: 50.');
});

test('the outcome of a cancel is an alert', async ({ page }) => {
  const headers = { authorization: `Bearer ${await tokenFor(page)}` };
  const workflows = (await (await page.request.get('/webapi/v3/workflows', { headers })).json()) as { id: string }[];
  const res = await page.request.post(`/webapi/v3/workflows/${workflows[1]!.id}/jobs`, { headers, data: {} });
  const { id } = (await res.json()) as { id: string };
  await openSignedIn(page, `/jobs/${id}?refresh=0`);
  await page
    .getByRole('region', { name: `Job ${id}` })
    .getByRole('button', { name: `Cancel job ${id}` })
    .click();
  await page
    .getByRole('dialog', { name: `Cancel job ${id}?` })
    .getByRole('button', { name: 'Cancel job' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: `Job ${id}` })).toContainText('Deleted Successfully.');
});
