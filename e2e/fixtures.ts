/** Shared steps for the browser tests, and a check that no page logs an error or warning. */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const ADMIN = { key: 'admin-key', secret: 'admin-secret' };
export const ARTISAN = { key: 'artisan-key', secret: 'artisan-secret' };
/** Maria Lopez: shares the "Finance Shared" collection with Kenji (ARTISAN). */
export const VIEWER = { key: 'viewer-key', secret: 'viewer-secret' };

/** A token for a user, straight from the API, for checking what the API says to them. */
export async function tokenFor(page: Page, creds = ADMIN, base = ''): Promise<string> {
  // HTTP Basic, a request's own credentials: the session cookie in the context's jar is not used for it.
  const res = await page.request.post(`${base}/webapi/oauth2/token`, {
    form: { grant_type: 'client_credentials' },
    headers: { authorization: `Basic ${Buffer.from(`${creds.key}:${creds.secret}`).toString('base64')}` },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

export const test = base.extend<{ consoleProblems: string[]; consoleExpected: RegExp[] }>({
  /** Console lines a test causes on purpose (a network it breaks itself). */
  consoleExpected: [[], { option: true }],
  consoleProblems: [
    async ({ page, consoleExpected }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        // Chromium logs every refused request; a refused sign-in or token, or a job that no
        // longer exists, is an expected answer.
        if (/^Failed to load resource: the server responded with a status of 40[014]/.test(msg.text())) return;
        if (consoleExpected.some((re) => re.test(msg.text()))) return;
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      await use(problems);
      expect(problems, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Signs the page's browser in through the dashboard's server, as the sign-in form does: the
 * session cookie lands in the context's cookie jar. For tests about something other than signing in.
 */
export async function signInByApi(page: Page, creds = ADMIN, base = ''): Promise<void> {
  const res = await page.request.post(`${base}/session`, { data: { key: creds.key, secret: creds.secret } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Opens a page already signed in as a Curator. */
export async function openSignedIn(page: Page, url = '/jobs', base = ''): Promise<void> {
  await signInByApi(page, ADMIN, base);
  await page.goto(base + url);
}

export async function signIn(page: Page, creds = ADMIN, url = '/jobs'): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'API key' }).fill(creds.key);
  await page.getByLabel('API secret').fill(creds.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const jobsTable = (page: Page): Locator => page.getByRole('table', { name: 'Jobs on the server' });

/** Columns by their header, as a person finds them. */
export const COL = {
  jobId: 'Job ID',
  workflow: 'Workflow',
  status: 'Status',
  result: 'Result',
  priority: 'Priority',
  submittedBy: 'Submitted by',
  queued: 'Queued',
  started: 'Started',
  completed: 'Completed',
  queueWait: 'Queue wait',
  runTime: 'Run time',
} as const;

/**
 * A table's body as text, a row at a time, each cell under its column's header; times as
 * their ISO datetime. The jobs table unless another is given.
 */
export async function tableRows(page: Page, table: Locator = jobsTable(page)): Promise<Record<string, string>[]> {
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  return table.evaluate((el) => {
    const headers = [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    return [...el.querySelectorAll('tbody tr')]
      .filter((tr) => tr.querySelector('td'))
      .map((tr) =>
        Object.fromEntries(
          [...tr.querySelectorAll('td')].map((td, i) => [
            headers[i] ?? String(i),
            td.querySelector('time')?.getAttribute('datetime') ?? (td as HTMLElement).innerText.trim(),
          ]),
        ),
      );
  });
}

/** The cell of a row under the column with this header. */
export async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  await expect(row).toBeVisible();
  const index = await table.locator('thead th').evaluateAll((ths, name) => ths.findIndex((th) => th.textContent?.trim() === name), header);
  expect(index, `a column headed "${header}"`).toBeGreaterThanOrEqual(0);
  return row.getByRole('cell').nth(index);
}

const tokens = new WeakMap<Page, Promise<string>>();
/**
 * A Curator's token of the test's own, for asking the API directly (the page's session token
 * is the server's and never reaches the page). One per page, so tests stay under the token limit.
 */
export function sessionToken(page: Page): Promise<string> {
  let token = tokens.get(page);
  if (!token) tokens.set(page, (token = tokenFor(page)));
  return token;
}

/** What the API itself answers to a GET, as a Curator, to compare the page with. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/webapi${path}`, { headers: { authorization: `Bearer ${await sessionToken(page)}` } });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** The job ids the API answers for a list query. */
export async function apiJobIds(page: Page, query: string): Promise<string[]> {
  return (await apiGet<{ data: { jobId: string }[] }>(page, `/v3/jobs?${query}`)).data.map((d) => d.jobId);
}

/** Picks options in a Mantine select or multi-select by its label. */
export async function choose(page: Page, label: string, options: string[]): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  for (const option of options) {
    // A multi-select stays open after a pick; a select closes.
    if (!(await page.getByRole('listbox').isVisible())) await input.click();
    await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  }
  await page.keyboard.press('Escape');
}
