import { ADMIN, ARTISAN, expect, jobsTable, signIn, test } from './fixtures.ts';

const SESSION_COOKIE = 'alteryx-jobs.session';

test('signing in with a key and secret opens the jobs table and says who is signed in', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(jobsTable(page)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('admin-key');
  await expect(page.getByRole('banner')).toContainText('Curator');
  await expect(page.getByRole('banner')).toContainText('Sandbox');
});

test('the session is an HttpOnly cookie: no token or secret reaches the page, its storage or its requests', async ({ page, context }) => {
  const sent: string[] = [];
  const answers: Promise<string>[] = [];
  page.on('request', (r) => r.headers().authorization && sent.push(`${r.method()} ${r.url()}`));
  page.on('response', (r) => void answers.push(r.text().catch(() => '')));
  await signIn(page);
  await expect(jobsTable(page)).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(ADMIN.secret);
  expect(stored).not.toMatch(/token/i);
  // The page never sends a token: the server attaches it.
  expect(sent).toEqual([]);
  // And no answer to the page carries one.
  const tokenPattern = /access_token|Bearer /;
  for (const body of await Promise.all(answers)) expect(body).not.toMatch(tokenPattern);
  expect(page.url()).not.toMatch(/token|secret/i);
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
  const url = '/jobs?status=Completed&priority=High&page=2&refresh=0';
  await signIn(page, ADMIN, url);
  await expect(jobsTable(page)).toBeVisible();
  // Every result read, so that the next call is the one below.
  await expect(page.getByText('Reading the result…')).toHaveCount(0);
  // The server no longer holds the session (as when it ran out): the next call is refused.
  await page.context().clearCookies({ name: SESSION_COOKIE });
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(page.getByText('Your session expired')).toBeVisible();
  await page.getByRole('textbox', { name: 'API key' }).fill(ADMIN.key);
  await page.getByLabel('API secret').fill(ADMIN.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(url);
  await expect(jobsTable(page)).toBeVisible();
});

test('a session cookie that was tampered with ends the session the same way', async ({ page, context }) => {
  await signIn(page, ADMIN, '/jobs?status=Queued&refresh=0');
  await expect(jobsTable(page)).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
  const flipped = (cookie.value.at(-2) === 'A' ? 'B' : 'A') + cookie.value.at(-1)!;
  await context.addCookies([{ ...cookie, value: cookie.value.slice(0, -2) + flipped }]);
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(page.getByText('Your session expired')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fjobs%3Fstatus%3DQueued%26refresh%3D0/);
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
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  await page.goto('/jobs');
  await expect(page).toHaveURL(/\/sign-in/);
});
