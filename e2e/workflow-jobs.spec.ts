import { expect, openSignedIn, sessionToken, test } from './fixtures.ts';

test('a workflow’s jobs: from the job pane, filtered by status and result, sorted, paged, and rows open the pane', async ({ page }) => {
  await openSignedIn(page, '/jobs?workflow=Daily%20Sales%20Rollup.yxmd&status=Completed');
  const firstLink = page.getByRole('table', { name: 'Jobs on the server' }).getByRole('row').nth(1).getByRole('link').first();
  await firstLink.click();
  await page.getByRole('link', { name: 'Jobs of the workflow Daily Sales Rollup.yxmd' }).click();
  await expect(page).toHaveURL(/\/workflows\/[^/]+\/jobs$/);
  const workflowId = new URL(page.url()).pathname.split('/')[2]!;
  const table = page.getByRole('table', { name: 'Jobs of the workflow Daily Sales Rollup.yxmd' });
  await expect(table).toBeVisible();

  await page.getByRole('combobox', { name: 'Result' }).click();
  await page.getByRole('option', { name: 'Error' }).click();
  await expect(page).toHaveURL(/result=Error/);
  const token = await sessionToken(page);
  const expected = (
    (await (
      await page.request.get(`/webapi/v3/workflows/${workflowId}/jobs?resultCode=Error&limit=50`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { id: string }[]
  ).map((j) => j.id);
  await expect(async () => {
    const shown = await table.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.querySelector('a')?.textContent ?? ''));
    expect(shown).toEqual(expected);
  }).toPass();

  await page.reload();
  await expect(page).toHaveURL(/result=Error/);
  await table.getByRole('link', { name: expected[0]! }).click();
  await expect(page.getByRole('region', { name: `Job ${expected[0]}` })).toBeVisible();
  await page.getByRole('link', { name: `Close job ${expected[0]}` }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${workflowId}/jobs\\?result=Error$`));
});

test('a job cancelled from a workflow’s page leaves its list at once, before the list is asked for again', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Queued&refresh=0');
  const token = await sessionToken(page);
  const get = async <T>(path: string) =>
    (await (await page.request.get(`/webapi${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
  const [queued] = (await get<{ data: { jobId: string }[] }>('/v3/jobs?statuses=Queued&allUsers=true&limit=1')).data;
  const job = await get<{ appId: string }>(`/v3/jobs/${queued!.jobId}`);
  const workflow = (await get<{ id: string; name: string }[]>('/v3/workflows')).find((w) => w.id === job.appId)!;

  await page.goto(`/workflows/${workflow.id}/jobs?status=Queued`);
  const table = page.getByRole('table', { name: `Jobs of the workflow ${workflow.name}` });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: queued!.jobId, exact: true }) });
  await expect(row).toBeVisible();
  // From here on the workflow's list is never answered: what changes on screen is the page's own doing.
  const asked: string[] = [];
  await page.route('**/webapi/v3/workflows/*/jobs?*', (route) => void asked.push(route.request().url()));
  await row.getByRole('button', { name: `Cancel job ${queued!.jobId}` }).click();
  await page
    .getByRole('dialog', { name: `Cancel job ${queued!.jobId}?` })
    .getByRole('button', { name: 'Cancel job' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: `Job ${queued!.jobId} removed from the queue` })).toBeVisible();
  await expect(row).toHaveCount(0);
  // And the list is asked for again, so what the server now says replaces the guess.
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a workflow’s page refreshes and shows times as the jobs list does, and keeps both in the URL', async ({ page }) => {
  await openSignedIn(page, '/jobs?refresh=0');
  const token = await sessionToken(page);
  const [workflow] = (await (await page.request.get('/webapi/v3/workflows', { headers: { authorization: `Bearer ${token}` } })).json()) as {
    id: string;
    name: string;
  }[];
  await page.goto(`/workflows/${workflow!.id}/jobs`);
  const table = page.getByRole('table', { name: `Jobs of the workflow ${workflow!.name}` });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption('Off');
  await expect(page).toHaveURL(/refresh=0/);
  await page.getByRole('group', { name: 'Time zone' }).getByRole('button', { name: 'UTC' }).click();
  await expect(page).toHaveURL(/tz=utc/);
  await expect(table.locator('time').first()).toHaveAttribute('title', /UTC/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('0');
  await expect(page.getByRole('group', { name: 'Time zone' }).getByRole('button', { name: 'UTC' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Refresh now' })).toBeVisible();
});
