/**
 * The Overview as a page: where a Curator lands, its place in the navigation, and that it is
 * usable by everyone (axe, and the keyboard reaching every control on it).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ARTISAN, expect, jobsTable, openSignedIn, signInByApi, test } from './fixtures.ts';

const overviewHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Overview' });

/** Every section has drawn what it read (no progress bar or loader left in the page's main part). */
async function settled(page: Page) {
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: 'Now' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'History' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Usage report' })).toBeVisible();
  await expect(main.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
}

test('a Curator lands on the Overview, first in the navigation; the jobs table is one click away', async ({ page }) => {
  await openSignedIn(page, '/');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(overviewHeading(page)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  await expect(nav.getByRole('link').first()).toHaveText('Overview');
  await nav.getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(jobsTable(page)).toBeVisible();
});

test('anyone else lands on the jobs page', async ({ page }) => {
  await signInByApi(page, ARTISAN);
  await page.goto('/');
  await expect(page).toHaveURL(/\/jobs$/);
});

test('the chosen window is in the URL: reload and Back restore it', async ({ page }) => {
  await openSignedIn(page, '/overview?refresh=0');
  const window = page.getByRole('radiogroup', { name: 'History window' });
  await window.getByText('Last 7 days').click();
  await expect(page).toHaveURL(/[?&]window=7d/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Last 7 days' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Last 24 hours' })).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the Overview, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSignedIn(page, '/overview?refresh=0');
    await settled(page);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('the keyboard reaches every control on the Overview', async ({ page }) => {
  await openSignedIn(page, '/overview?refresh=0');
  await settled(page);
  // Every control a mouse can use in the page's main part, marked so the walk can tick it off.
  const controls = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const all = [...main.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
    const shown = all.filter((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const disabled = (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';
      // A radio group is one stop: its checked radio is the one Tab reaches.
      const otherRadio = el instanceof HTMLInputElement && el.type === 'radio' && !el.checked;
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !disabled && !otherRadio && el.tabIndex >= 0;
    });
    shown.forEach((el, i) => el.setAttribute('data-walk', String(i)));
    return shown.map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
  });
  expect(controls.length).toBeGreaterThan(5);
  const reached = new Set<string>();
  await page.getByRole('main').locator('h1').click();
  for (let i = 0; i < controls.length * 2 + 20 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => document.activeElement?.closest('[data-walk]')?.getAttribute('data-walk') ?? null);
    if (at !== null) reached.add(at);
    if (!(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)))) break;
  }
  const missed = controls.filter((_, i) => !reached.has(String(i)));
  expect(missed, 'controls the keyboard never reached').toEqual([]);
});
