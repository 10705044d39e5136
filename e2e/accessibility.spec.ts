/** axe-core on every kind of screen: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiJobIds, expect, jobsTable, openSignedIn, test } from './fixtures.ts';

async function serious(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

test('the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });
    test(`the jobs table, ${scheme}`, async ({ page }) => {
      await openSignedIn(page, '/jobs?refresh=0');
      await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
      expect(await serious(page)).toEqual([]);
    });
  });
}

test('a filter popover', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test('the job pane with its messages, and the cancel dialog', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  const [id] = await apiJobIds(page, 'allUsers=true&statuses=Running&limit=1');
  await page.goto(`/jobs/${id}?refresh=0`);
  const pane = page.getByRole('region', { name: `Job ${id}` });
  await expect(pane.getByRole('log')).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await pane.getByRole('button', { name: `Cancel job ${id}` }).click();
  await expect(page.getByRole('dialog', { name: `Cancel job ${id}?` })).toBeVisible();
  expect(await serious(page, '[role=dialog]')).toEqual([]);
  await page.getByRole('button', { name: 'Keep job' }).click();
});

test('the bulk preview', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Queued&status=Running&refresh=0');
  await page.getByRole('button', { name: /^Cancel all \d+ matching$/ }).click();
  await expect(page.getByRole('button', { name: 'Keep jobs' })).toBeVisible();
  expect(await serious(page, '[role=dialog]')).toEqual([]);
  await page.getByRole('button', { name: 'Keep jobs' }).click();
});
