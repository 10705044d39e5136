import { expect, test } from '@playwright/test';

test('the dashboard opens in Chromium with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Alteryx Server jobs' })).toBeVisible();
  // The page reached the server and knows which one it is.
  await expect(page.getByText('Sandbox', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'API reference (OpenAPI)' })).toHaveAttribute('href', '/webapi/swagger/docs/3');
  expect(problems).toEqual([]);
});

test('a deep link is served by the app (history fallback)', async ({ page }) => {
  await page.goto('/jobs/some-job?status=Queued');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the page speaks Japanese when asked', async ({ page }) => {
  await page.goto('/');
  // The segmented control's radios are visually hidden behind their labels, as a person sees them.
  await page.getByText('日本語', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '日本語' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1, name: 'Alteryx Server のジョブ' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.reload();
  await expect(page.getByText('サンドボックス', { exact: true })).toBeVisible();
});
