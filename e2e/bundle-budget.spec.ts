/**
 * The bundle ceiling: the JavaScript and CSS a browser really loads to show the sign-in page,
 * and the jobs page when already signed in, gzipped as the files sit in dist/ (so the sizes
 * are the same on every run). Time is the budget (see BENCHMARKS.md); this catches a mistake,
 * such as a whole icon set pulled in, and prints the sizes. The pane, the message log, the date picker, the dialogs and
 * the other languages load when they are asked for, not here.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, jobsTable, openSignedIn, test } from './fixtures.ts';

const BUDGET_KB = { js: 260, css: 45 };
const dist = new URL('../dist/', import.meta.url).pathname;

/** Every asset the page fetched, until it is idle. */
function collect(page: Page): Set<string> {
  const assets = new Set<string>();
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.startsWith('/assets/') && /\.(js|css)$/.test(path)) assets.add(path.slice(1));
  });
  return assets;
}

function sizes(assets: Set<string>) {
  const kb = (ext: string) =>
    [...assets].filter((a) => a.endsWith(ext)).reduce((sum, a) => sum + gzipSync(readFileSync(dist + a)).length, 0) / 1024;
  return { js: Math.round(kb('.js') * 10) / 10, css: Math.round(kb('.css') * 10) / 10, files: [...assets].sort() };
}

function report(view: string, s: ReturnType<typeof sizes>) {
  // Printed for CI's log and for whoever changes a dependency.
  console.log(`bundle: ${view}: ${s.js} KB JS, ${s.css} KB CSS gzip (ceiling ${BUDGET_KB.js} / ${BUDGET_KB.css}), ${s.files.length} files`);
  test.info().annotations.push({ type: 'bundle', description: `${view}: ${s.js} KB JS, ${s.css} KB CSS` });
}

test('the sign-in page loads within the budget', async ({ page }) => {
  const assets = collect(page);
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'API key' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const s = sizes(assets);
  report('sign-in', s);
  expect(s.js).toBeLessThanOrEqual(BUDGET_KB.js);
  expect(s.css).toBeLessThanOrEqual(BUDGET_KB.css);
});

test('the jobs page, signed in, loads within the budget, and the rest on demand', async ({ page }) => {
  const assets = collect(page);
  await openSignedIn(page, '/jobs');
  await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
  await page.waitForLoadState('networkidle');
  const s = sizes(assets);
  report('jobs', s);
  expect(s.js).toBeLessThanOrEqual(BUDGET_KB.js);
  expect(s.css).toBeLessThanOrEqual(BUDGET_KB.css);

  // What the first view did not need arrives when it is used.
  const before = assets.size;
  await jobsTable(page).getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('region', { name: /^Job / })).toBeVisible();
  await expect.poll(() => assets.size).toBeGreaterThan(before);
});
