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
