/**
 * The whole errand with the keyboard alone: sign in, sort, filter, open a job, read its
 * messages, close it, cancel a job. Every stop has a visible focus ring. (A queued job is
 * cancelled, not a running one: the still world of the tests has only a few running jobs,
 * and other tests need them.)
 */
import type { Page } from '@playwright/test';
import { ADMIN, expect, test, tokenFor } from './fixtures.ts';

interface Focused {
  name: string;
  tag: string;
  ring: boolean;
}

/** What has the focus: its accessible name (near enough), and whether a focus ring shows. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', tag: 'body', ring: false };
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '');
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return { name: name.trim(), tag: el.tagName.toLowerCase(), ring };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on what `match` describes ("tag name", e.g.
 * "button Workflow"); checks that every stop on the way shows its focus.
 */
async function tabTo(page: Page, match: RegExp, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f.tag !== 'body') expect(f.ring, `focus ring on "${f.name}" (${f.tag})`).toBe(true);
    if (match.test(`${f.tag} ${f.name}`)) return;
  }
  throw new Error(`never reached ${match} with the keyboard`);
}

test('keyboard only: sign in, sort, filter, open a job, read its messages, close it, and cancel a job', async ({ page }) => {
  // A job waiting in the queue, to cancel at the end (queued by hand, as an admin would).
  const token = await tokenFor(page);
  const headers = { authorization: `Bearer ${token}` };
  const workflows = (await (await page.request.get('/webapi/v3/workflows', { headers })).json()) as { id: string }[];
  const queued = (await (await page.request.post(`/webapi/v3/workflows/${workflows[0]!.id}/jobs`, { headers, data: {} })).json()) as {
    id: string;
  };

  await page.goto('/jobs?refresh=0');
  await tabTo(page, /^input API key( \*)?$/);
  await page.keyboard.type(ADMIN.key);
  await tabTo(page, /^input API secret( \*)?$/);
  await page.keyboard.type(ADMIN.secret);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Jobs on the server' })).toBeVisible();

  await tabTo(page, /^button Workflow$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=workflow/);

  // The status filter: open it, pick Completed, close it.
  await tabTo(page, /^input Status$/, { back: true });
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  for (let i = 0; i < 6; i++) {
    // In the list that opened: the sort control's native <select> has a "Completed" too.
    const option = page.getByRole('listbox').getByRole('option', { name: 'Completed', exact: true });
    if (await option.evaluate((el) => el.hasAttribute('data-combobox-selected')).catch(() => false)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=Completed/);

  // Open the first job from its link, and read its messages: the log takes the focus and scrolls with the keys.
  await tabTo(page, /^a [0-9a-f]{24}$/);
  const id = (await focused(page)).name;
  await page.keyboard.press('Enter');
  const pane = page.getByRole('region', { name: `Job ${id}` });
  await expect(pane).toBeVisible();
  await tabTo(page, /^div Messages \(/);
  await page.keyboard.press('End');
  await expect(pane.getByRole('log')).toBeFocused();

  await tabTo(page, new RegExp(`^a Close job ${id}$`), { back: true });
  await page.keyboard.press('Enter');
  await expect(pane).toBeHidden();
  await expect(page).toHaveURL(/\/jobs\?/);

  // Open the queued job by its id (Ctrl+K), and cancel it.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(queued.id);
  await page.keyboard.press('Enter');
  const queuedPane = page.getByRole('region', { name: `Job ${queued.id}` });
  await expect(queuedPane).toBeVisible();
  await tabTo(page, new RegExp(`^button Cancel job ${queued.id}$`));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Cancel job ${queued.id}?` });
  // The dialog opens on the safe choice; Escape closes it and the focus goes back where it was.
  await expect(dialog.getByRole('button', { name: 'Keep job' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(queuedPane.getByRole('button', { name: `Cancel job ${queued.id}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Keep job' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel job' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Deleted Successfully.')).toBeVisible();
  // A removed job's pane closes by itself, back to the list.
  await expect(queuedPane).toBeHidden();
});
