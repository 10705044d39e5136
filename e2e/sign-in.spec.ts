import type { Request } from '@playwright/test';
import { ADMIN, ARTISAN, expect, jobsTable, sessionToken, signIn, test } from './fixtures.ts';

test('signing in with a key and secret opens the jobs table and says who is signed in', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(jobsTable(page)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('admin-key');
  await expect(page.getByRole('banner')).toContainText('Curator');
  await expect(page.getByRole('banner')).toContainText('Sandbox');
  // The token is in sessionStorage; the secret is stored nowhere.
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(stored).toContain(await sessionToken(page));
  expect(stored).not.toContain(ADMIN.secret);
  expect(page.url()).not.toContain(await sessionToken(page));
});

test('a wrong secret is refused in place', async ({ page }) => {
  await signIn(page, { key: 'admin-key', secret: 'wrong' });
  await expect(page.getByRole('alert')).toContainText('The API key or secret was not accepted.');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('textbox', { name: 'API key' })).toHaveValue('admin-key');
});

test('signing in with a pasted access token', async ({ page, request }) => {
  const res = await request.post('/webapi/oauth2/token', {
    form: { grant_type: 'client_credentials', client_id: ADMIN.key, client_secret: ADMIN.secret },
  });
  const { access_token } = (await res.json()) as { access_token: string };
  await page.goto('/jobs');
  await page.getByRole('tab', { name: 'Paste a token' }).click();
  await page.getByRole('textbox', { name: 'Access token' }).fill(access_token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(jobsTable(page)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('an access token');
});

test('a bad access token is refused in place', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('tab', { name: 'Paste a token' }).click();
  await page.getByRole('textbox', { name: 'Access token' }).fill('not-a-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The access token was not accepted.');
});

test('a deep link asks for sign-in first, then lands exactly there', async ({ page }) => {
  const url = '/jobs?status=Queued&sort=priority&size=25';
  await signIn(page, ADMIN, url);
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
});

test('when the session expires the user signs in again and returns to the same view', async ({ page }) => {
  const url = '/jobs?status=Completed&priority=High&page=2';
  await signIn(page, ADMIN, url);
  await expect(jobsTable(page)).toBeVisible();
  // The tab forgets the secret on reload, so the expiry cannot be renewed away.
  await page.evaluate(() => {
    const s = JSON.parse(sessionStorage.getItem('alteryx-jobs.session')!) as { expiresAt: number };
    s.expiresAt = Date.now() + 1500;
    sessionStorage.setItem('alteryx-jobs.session', JSON.stringify(s));
  });
  await page.reload();
  await expect(page.getByText('Your session expired')).toBeVisible();
  await page.getByRole('textbox', { name: 'API key' }).fill(ADMIN.key);
  await page.getByLabel('API secret').fill(ADMIN.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(url);
  await expect(jobsTable(page)).toBeVisible();
});

test('a token the server no longer accepts ends the session the same way', async ({ page }) => {
  await signIn(page, ADMIN, '/jobs?status=Queued');
  await expect(jobsTable(page)).toBeVisible();
  await page.evaluate(() => {
    const s = JSON.parse(sessionStorage.getItem('alteryx-jobs.session')!) as { token: string };
    s.token = 'revoked-token';
    sessionStorage.setItem('alteryx-jobs.session', JSON.stringify(s));
  });
  await page.reload();
  await expect(page.getByText('Your session expired')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fjobs%3Fstatus%3DQueued/);
});

test('a non-Curator sees why there is no list, and can open a job by id', async ({ page }) => {
  await signIn(page, ARTISAN);
  await expect(page.getByText('Listing all jobs needs a Curator (admin) key')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Not a Curator');
  await page.getByRole('textbox', { name: 'Job ID' }).fill('abc123');
  await page.getByRole('button', { name: 'Open job' }).click();
  await expect(page).toHaveURL(/\/jobs\/abc123$/);
});

test('signing out clears the session', async ({ page }) => {
  await signIn(page);
  await expect(jobsTable(page)).toBeVisible();
  await page.getByRole('button', { name: /^Account/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.goto('/jobs');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a minute before the token expires it is renewed with the key and secret; the user stays signed in, on the new token', async ({
  page,
}) => {
  // The page's clock, moved on through the hour the token lasts instead of waited through.
  await page.clock.install();
  const url = '/jobs?status=Queued&refresh=0';
  await signIn(page, ADMIN, url);
  await expect(jobsTable(page)).toBeVisible();
  const first = await sessionToken(page);
  const { expiresAt, now } = await page.evaluate(() => ({
    expiresAt: (JSON.parse(sessionStorage.getItem('alteryx-jobs.session')!) as { expiresAt: number }).expiresAt,
    now: Date.now(),
  }));
  expect(expiresAt - now).toBeGreaterThan(3_000_000);
  const tokenRequests: Request[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/webapi/oauth2/token') && tokenRequests.push(r));
  /** Refresh now, and the token the list was asked for with (once every request before it is in). */
  const refreshedWith = async () => {
    const listed = page.waitForRequest((r) => r.url().includes('/webapi/v3/jobs?') && r.method() === 'GET');
    await page.getByRole('button', { name: 'Refresh now' }).click();
    return (await listed).headers().authorization;
  };

  // Until its last minute, the token stands.
  await page.clock.fastForward(expiresAt - now - 62_000);
  expect(await refreshedWith()).toBe(`Bearer ${first}`);
  expect(tokenRequests).toEqual([]);

  // Then a new one is asked for, with the key and secret the user signed in with.
  const renewal = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/webapi/oauth2/token'), {
    timeout: 10_000,
  });
  await page.clock.fastForward(4_000);
  const answer = await renewal;
  expect(answer.status()).toBe(200);
  expect(answer.request().headers().authorization).toBe(`Basic ${Buffer.from(`${ADMIN.key}:${ADMIN.secret}`).toString('base64')}`);
  const renewed = ((await answer.json()) as { access_token: string }).access_token;
  expect(renewed).not.toBe(first);
  await expect.poll(() => sessionToken(page)).toBe(renewed);
  expect(tokenRequests).toHaveLength(1);

  // Still signed in, where they were; and past the first token's expiry too, on the new one.
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('banner')).toContainText('admin-key');
  expect(await refreshedWith()).toBe(`Bearer ${renewed}`);
  await page.clock.fastForward(5 * 60_000);
  expect(await refreshedWith()).toBe(`Bearer ${renewed}`);
  await expect(page).toHaveURL(url);
  await expect(jobsTable(page)).toBeVisible();
  await expect(page.getByText('Your session expired')).toHaveCount(0);
  expect(tokenRequests).toHaveLength(1);
});
