/**
 * The session the dashboard's server holds: one sign-in for every tab, sign-out heard by every
 * tab, and no way for another site to use it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, jobsTable, sessionToken, signIn, signInByApi, test } from './fixtures.ts';

test('one sign-in serves a second tab opened on a job; signing out in one tab signs out the other', async ({ page, context }) => {
  await signIn(page, undefined, '/jobs?status=Completed');
  await expect(jobsTable(page)).toBeVisible();
  const id = (await jobsTable(page).getByRole('row').nth(1).getByRole('link').first().textContent())!;

  const second = await context.newPage();
  await second.goto(`/jobs/${id}`);
  await expect(second.getByRole('region', { name: `Job ${id}` })).toBeVisible();
  await expect(second.getByRole('banner')).toContainText('admin-key');
  await expect(second).toHaveURL(new RegExp(`/jobs/${id}$`));

  await page.getByRole('button', { name: /^Account/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(second).toHaveURL(/\/sign-in/);
  await expect(second.getByRole('textbox', { name: 'API key' })).toBeVisible();
});

test('signing in in one tab signs in the tab that was waiting on the sign-in page', async ({ page, context }) => {
  const second = await context.newPage();
  await second.goto('/jobs?status=Queued');
  await expect(second).toHaveURL(/\/sign-in/);
  await signIn(page);
  await expect(jobsTable(page)).toBeVisible();
  await expect(second).toHaveURL(/\/jobs\?status=Queued$/);
  await expect(jobsTable(second)).toBeVisible();
});

/** A page on another origin (same host, another port), as a hostile site would serve it. */
async function otherOrigin(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test.describe('another site', () => {
  // Chromium reports the refused answer, which the hostile page may not read (it is not its origin's).
  test.use({ consoleExpected: [/ERR_BLOCKED_BY_RESPONSE/] });

  test('another site cannot use the session: its forged requests are refused and change nothing', async ({ page, baseURL }) => {
    await signIn(page, undefined, '/jobs?status=Queued');
    await expect(jobsTable(page)).toBeVisible();
    const token = await sessionToken(page);
    const api = (path: string) => page.request.get(`/webapi${path}`, { headers: { authorization: `Bearer ${token}` } });
    const workflows = (await (await api('/v3/workflows')).json()) as { id: string }[];
    const queuedBefore = (
      (await (await api('/v3/jobs?allUsers=true&statuses=Queued&limit=1')).json()) as { pagination: { totalItems: number } }
    ).pagination.totalItems;
    const [victim] = ((await (await api('/v3/jobs?allUsers=true&statuses=Queued&limit=1')).json()) as { data: { jobId: string }[] }).data;

    // A page of another origin (another port of the same host) sends a request that would queue a job.
    const hostile = await otherOrigin(`<!doctype html><script>
    fetch(${JSON.stringify(`${baseURL}/webapi/v3/workflows/${workflows[0]!.id}/jobs`)}, {
      method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{}',
    }).catch(() => undefined).finally(() => { document.title = 'sent'; });
  </script>`);
    try {
      const sent = page.waitForRequest((r) => r.url().includes(`/v3/workflows/${workflows[0]!.id}/jobs`));
      await page.goto(hostile.url);
      // The server's answer is not the hostile page's to read; the queue, below, tells.
      // Chromium keeps the Strict cookie off it; a browser that sent it would meet the server's
      // own check, which the forged DELETE below meets with the cookie.
      expect((await sent).method()).toBe('POST');
      await expect(page).toHaveTitle('sent');
    } finally {
      hostile.server.close();
    }
    // A DELETE with the cookie and another origin, as a forged request would carry them.
    const forged = await page.request.delete(`/webapi/v3/jobs/${victim!.jobId}`, { headers: { origin: hostile.url.slice(0, -1) } });
    expect(forged.status()).toBe(403);
    expect(((await forged.json()) as { message: string }).message).toBe('Cross-site request refused.');

    const queuedAfter = (
      (await (await api('/v3/jobs?allUsers=true&statuses=Queued&limit=1')).json()) as { pagination: { totalItems: number } }
    ).pagination.totalItems;
    expect(queuedAfter).toBe(queuedBefore);
    expect((await api(`/v3/jobs/${victim!.jobId}`)).status()).toBe(200);
  });
});

test.describe('the page before its code', () => {
  // The app's code is held back on purpose, to see what the page paints without it.
  test.use({ consoleExpected: [/ERR_FAILED/] });

  test('a signed-in visit paints the app’s frame from the page alone; a signed-out one does not', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/jobs');
    await expect(page.locator('html')).not.toHaveAttribute('data-frame', 'app');
    await signInByApi(page);
    await page.goto('/jobs');
    await expect(page.locator('html')).toHaveAttribute('data-frame', 'app');
  });
});
