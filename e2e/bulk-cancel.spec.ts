import type { Page } from '@playwright/test';
import { COL, choose, expect, tableRows, jobsTable, openSignedIn, sessionToken, test } from './fixtures.ts';

interface ListedJob {
  jobId: string;
  status: string;
  submittedBy: string;
}

async function listAll(page: Page, query: string): Promise<{ data: ListedJob[]; total: number }> {
  const token = await sessionToken(page);
  const res = await page.request.get(`/webapi/v3/jobs?allUsers=true&limit=1000&${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { data: ListedJob[]; pagination: { totalItems: number } };
  return { data: body.data, total: body.pagination.totalItems };
}

test('rows are picked one by one, by Shift-click range and by page; the preview covers exactly those', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Queued&refresh=0');
  const boxes = jobsTable(page).getByRole('checkbox', { name: /^Select job / });
  await expect(boxes.first()).toBeVisible();
  const queued = await boxes.count();
  expect(queued).toBeGreaterThan(5);
  await boxes.nth(1).click();
  await boxes.nth(4).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('4 selected');
  for (const i of [1, 2, 3, 4]) await expect(boxes.nth(i)).toBeChecked();
  await expect(boxes.nth(0)).not.toBeChecked();
  // Shift-click on a ticked row un-ticks the range from the last click to it.
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await expect(bar).toContainText('2 selected');
  for (const i of [1, 2]) await expect(boxes.nth(i)).toBeChecked();
  for (const i of [3, 4]) await expect(boxes.nth(i)).not.toBeChecked();

  await bar.getByRole('button', { name: 'Cancel selected (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel these jobs?' });
  await expect(dialog.getByRole('list', { name: 'What will happen' })).toContainText('Queued, to be removed permanently: 2');
  await expect(dialog).toContainText('Running, to be stopped: 0');
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Keep jobs' }).click();
  await expect(dialog).toBeHidden();
  // Nothing was cancelled.
  expect((await listAll(page, 'statuses=Queued')).total).toBe(queued);

  const pageBox = jobsTable(page).getByRole('checkbox', { name: 'Select every job on this page' });
  await pageBox.click();
  await expect(bar).toContainText(`${queued} selected`);
  await pageBox.click();
  await expect(bar).not.toContainText('selected');
});

test('cancel all matching a filter: preview counts from every page, a result per job, and a current table', async ({ page }) => {
  await openSignedIn(page, '/jobs?size=25&refresh=0');
  await choose(page, 'User', ['Emma Schmidt']);
  await expect(page).toHaveURL(/user=/);
  const user = new URL(page.url()).searchParams.get('user')!;
  const before = await listAll(page, `users=${user}`);
  const running = before.data.filter((j) => j.status === 'Running').length;
  const queued = before.data.filter((j) => j.status === 'Queued').length;
  // The seeded world gives this user both kinds, and more jobs than one page shows.
  expect(running).toBeGreaterThan(0);
  expect(queued).toBeGreaterThan(0);
  expect(before.total).toBeGreaterThan(25);
  await expect(jobsTable(page).getByRole('row')).toHaveCount(26);

  // Only what a cancel can touch is counted: the queued and running ones, on every page.
  await page.getByRole('button', { name: `Cancel all ${running + queued} matching` }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel these jobs?' });
  const summary = dialog.getByRole('list', { name: 'What will happen' });
  await expect(summary).toContainText(`Running, to be stopped: ${running}`);
  await expect(summary).toContainText(`Queued, to be removed permanently: ${queued}`);
  await expect(summary).toContainText('Skipped, neither queued nor running: 0');
  await expect(
    dialog.getByRole('table', { name: 'By user' }).getByRole('row', { name: `Emma Schmidt ${running} ${queued}` }),
  ).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'By workflow' }).getByRole('row')).not.toHaveCount(0);

  if (running + queued > 25) await dialog.getByRole('textbox', { name: /^Type/ }).fill(String(running + queued));
  await dialog.getByRole('button', { name: `Cancel ${running + queued} jobs` }).click();
  const done = page.getByRole('dialog', { name: 'Cancelling finished' });
  await expect(done.getByRole('status')).toContainText(
    `Finished: ${running + queued} of ${running + queued} answered. Stopped ${running}, removed ${queued}, failed 0.`,
  );
  await expect(done.getByRole('list', { name: 'Result per job' }).getByText('Deleted Successfully.')).toHaveCount(queued);
  await done.getByRole('button', { name: 'Close', exact: true }).click();

  const after = await listAll(page, `users=${user}`);
  expect(after.data.filter((j) => j.status === 'Queued' || j.status === 'Running')).toEqual([]);
  expect(after.total).toBe(before.total - queued);
  // Nothing left that a cancel could touch: the button is gone.
  await expect(page.getByRole('button', { name: /^Cancel all/ })).toHaveCount(0);
  await expect(async () => {
    const statuses = new Set((await tableRows(page)).map((r) => r[COL.status]));
    expect(statuses.has('Queued') || statuses.has('Running')).toBe(false);
  }).toPass();
});

test('cancelling more than 25 jobs asks for their number, typed, before it arms', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  // Runs queued for this test, so there are more than 25 whatever the tests before it cancelled.
  const token = await sessionToken(page);
  const headers = { authorization: `Bearer ${token}` };
  const workflows = (await (await page.request.get('/webapi/v3/workflows', { headers })).json()) as { id: string }[];
  const made: string[] = [];
  for (let i = 0; i < 26; i++) {
    const res = await page.request.post(`/webapi/v3/workflows/${workflows[i % workflows.length]!.id}/jobs`, { headers, data: {} });
    made.push(((await res.json()) as { id: string }).id);
  }
  try {
    await typeToConfirm(page);
  } finally {
    for (const id of made) expect((await page.request.delete(`/webapi/v3/jobs/${id}`, { headers })).status()).toBe(200);
  }
});

async function typeToConfirm(page: Page) {
  const queuedOrRunning = await listAll(page, 'statuses=Queued&statuses=Running');
  await page.reload();
  await page.getByRole('button', { name: `Cancel all ${queuedOrRunning.total} matching` }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel these jobs?' });
  const confirm = dialog.getByRole('button', { name: `Cancel ${queuedOrRunning.total} jobs` });
  await expect(confirm).toBeDisabled();
  const typed = dialog.getByRole('textbox', { name: `Type ${queuedOrRunning.total} to confirm` });
  await typed.fill(String(queuedOrRunning.total - 1));
  await expect(confirm).toBeDisabled();
  await typed.fill(String(queuedOrRunning.total));
  await expect(confirm).toBeEnabled();
  // Nothing is sent until it is clicked: keep them all.
  await dialog.getByRole('button', { name: 'Keep jobs' }).click();
  expect((await listAll(page, 'statuses=Queued&statuses=Running')).total).toBe(queuedOrRunning.total);
}

test('“Cancel all matching” is offered only when the filters can match a job that can be cancelled', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Completed&refresh=0');
  await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cancel all/ })).toHaveCount(0);
  await page.goto('/jobs?status=Completed&status=Queued&refresh=0');
  const queued = await listAll(page, 'statuses=Queued');
  await expect(page.getByRole('button', { name: `Cancel all ${queued.total} matching` })).toBeVisible();
});

/**
 * The server's count of what a cancel could touch (the bar's one-item list request), and the
 * total of the pages "Cancel all" gathers (1,000 at a time), both as given: the sandbox has
 * far fewer jobs than the cap. Gathered pages are made up, queued jobs numbered from the top.
 */
async function pretendTotals(page: Page, { count, gathered }: { count: number; gathered?: number }) {
  const pagesAsked: number[] = [];
  await page.route('**/webapi/v3/jobs?*', async (route) => {
    const url = new URL(route.request().url());
    const limit = Number(url.searchParams.get('limit'));
    if (limit === 1) {
      const response = await route.fetch();
      const body = (await response.json()) as { pagination: object };
      return route.fulfill({ response, json: { ...body, pagination: { ...body.pagination, totalItems: count } } });
    }
    if (limit !== 1000) return route.continue();
    const offset = Number(url.searchParams.get('offset'));
    pagesAsked.push(offset);
    const total = gathered ?? count;
    const data = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
      jobId: `fake${String(offset + i).padStart(20, '0')}`,
      status: 'Queued',
      workflowName: 'Payroll',
      submittedBy: 'Emma Schmidt',
      queueTime: '2026-01-01T00:00:00Z',
      priority: 'Low',
    }));
    return route.fulfill({ json: { data, pagination: { totalItems: total } } });
  });
  return pagesAsked;
}

test('more than 10,000 jobs to cancel: “Cancel all” is off and says why, and gathers nothing', async ({ page }) => {
  const pagesAsked = await pretendTotals(page, { count: 10_001 });
  await openSignedIn(page, '/jobs?status=Queued&refresh=0');
  const all = page.getByRole('button', { name: 'Cancel all 10,001 matching' });
  const reason = 'At most 10,000 jobs at a time: narrow the filters first.';
  await expect(all).toBeDisabled();
  await expect(all).toHaveAccessibleDescription(reason);
  await all.hover();
  await expect(page.getByRole('tooltip')).toHaveText(reason);
  // Neither a click nor the keyboard opens anything.
  await all.click({ force: true });
  await all.press('Enter');
  await all.press('Space');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(pagesAsked).toEqual([]);
});

test('exactly 10,000 can be cancelled at once; more found while gathering are left out, and no page past them is asked for', async ({
  page,
}) => {
  const pagesAsked = await pretendTotals(page, { count: 10_000, gathered: 10_600 });
  await openSignedIn(page, '/jobs?status=Queued&refresh=0');
  const all = page.getByRole('button', { name: 'Cancel all 10,000 matching' });
  await expect(all).toBeEnabled();
  await expect(all).not.toHaveAttribute('aria-describedby');
  await all.click();
  const dialog = page.getByRole('dialog', { name: 'Cancel these jobs?' });
  const summary = dialog.getByRole('list', { name: 'What will happen' });
  await expect(summary).toContainText('Queued, to be removed permanently: 10,000');
  await expect(summary).toContainText('Running, to be stopped: 0');
  await expect(dialog.getByRole('table', { name: 'By user' }).getByRole('row', { name: 'Emma Schmidt 0 10,000' })).toBeVisible();
  expect(pagesAsked).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]);
  await expect(dialog.getByRole('textbox', { name: 'Type 10,000 to confirm' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel 10,000 jobs' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Keep jobs' }).click();
  await expect(dialog).toBeHidden();
});
