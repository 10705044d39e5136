import type { Page } from '@playwright/test';
import { apiJobIds, cellUnder, choose, COL, expect, jobsTable, openSignedIn, tableRows, test } from './fixtures.ts';

const folded = (name: string) => name.toLowerCase().replace(/\.yxmd$/, '');
const RANK: Record<string, number> = { Low: 1, Default: 2, Medium: 3, High: 4, Critical: 5 };
const LIFECYCLE: Record<string, number> = { Queued: 1, Initializing: 2, Running: 3, Completed: 4 };
const rank = (p: string) => RANK[p] ?? Number(p);

function inOrder<T>(values: T[], dir: 'asc' | 'desc', cmp: (a: T, b: T) => number) {
  for (let i = 1; i < values.length; i++) {
    const c = cmp(values[i - 1]!, values[i]!);
    expect(dir === 'asc' ? c : -c, `${String(values[i - 1])} then ${String(values[i])}`).toBeLessThanOrEqual(0);
  }
}
const byNumber = (a: number, b: number) => a - b;
const statusWord = (cell: string) => cell.split(/\s/)[0]!;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

test.describe('sorting', () => {
  test.beforeEach(async ({ page }) => openSignedIn(page));

  const headers = [
    { name: 'Workflow', key: 'workflow', col: COL.workflow, cmp: (a: string, b: string) => byText(folded(a), folded(b)) },
    // A running row's status cell may also hold the overrun badge: the status is its first word.
    {
      name: 'Status',
      key: 'status',
      col: COL.status,
      cmp: (a: string, b: string) => byNumber(LIFECYCLE[statusWord(a)]!, LIFECYCLE[statusWord(b)]!),
    },
    { name: 'Priority', key: 'priority', col: COL.priority, cmp: (a: string, b: string) => byNumber(rank(a), rank(b)) },
    { name: 'Queued', key: 'queued', col: COL.queued, cmp: (a: string, b: string) => byNumber(Date.parse(a), Date.parse(b)) },
  ];
  for (const h of headers) {
    test(`clicking ${h.name} sorts by it, both ways, with aria-sort`, async ({ page }) => {
      const header = jobsTable(page).getByRole('columnheader', { name: h.name });
      // Queued starts sorted (newest first); the others start unsorted.
      if (h.key !== 'queued') {
        await expect(header).toHaveAttribute('aria-sort', 'none');
        await header.getByRole('button').click();
      }
      for (let pass = 0; pass < 2; pass++) {
        await expect(header).toHaveAttribute('aria-sort', /^(ascending|descending)$/);
        const dir = (await header.getAttribute('aria-sort')) === 'ascending' ? 'asc' : 'desc';
        await expect(page).toHaveURL(new RegExp(h.key === 'queued' && dir === 'desc' ? '/jobs$' : `dir=${dir}|sort=${h.key}`));
        await expect(async () =>
          inOrder(
            (await tableRows(page)).map((r) => r[h.col]!),
            dir,
            h.cmp,
          ),
        ).toPass();
        await header.getByRole('button').click();
        await expect(header).toHaveAttribute('aria-sort', dir === 'asc' ? 'descending' : 'ascending');
      }
    });
  }

  test('headers that cannot sort do not pretend to', async ({ page }) => {
    for (const name of ['Job ID', 'Submitted by', 'Started', 'Queue wait', 'Run time']) {
      const header = jobsTable(page).getByRole('columnheader', { name });
      await expect(header).not.toHaveAttribute('aria-sort');
      await expect(header.getByRole('button')).toHaveCount(0);
    }
  });

  test('Completed is a sort choice, both ways, and matches the server’s order', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('Completed');
    await expect(page).toHaveURL(/sort=completed/);
    await expect(async () => {
      const shown = (await tableRows(page)).map((r) => r[COL.jobId]);
      expect(shown).toEqual(await apiJobIds(page, 'allUsers=true&sortField=CompletionDateTime&direction=desc&limit=50'));
    }).toPass();
    await page.getByRole('button', { name: /^Descending/ }).click();
    await expect(page).toHaveURL(/dir=asc/);
    await expect(async () => {
      const shown = (await tableRows(page)).map((r) => r[COL.jobId]);
      expect(shown).toEqual(await apiJobIds(page, 'allUsers=true&sortField=CompletionDateTime&direction=asc&limit=50'));
    }).toPass();
  });
});

test.describe('filters', () => {
  test.beforeEach(async ({ page }) => openSignedIn(page));

  test('status: every row has it; Completed is sent as Complete', async ({ page }) => {
    await choose(page, 'Status', ['Running', 'Initializing']);
    await expect(page).toHaveURL(/status=Running&status=Initializing/);
    await expect(async () => {
      const statuses = (await tableRows(page)).map((r) => statusWord(r[COL.status]!));
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 'Running' || s === 'Initializing')).toBe(true);
    }).toPass();
    await page.goto('/jobs?status=Completed');
    await expect(async () => expect(new Set((await tableRows(page)).map((r) => r[COL.status]))).toEqual(new Set(['Completed']))).toPass();
  });

  test('priority, names and numbers', async ({ page }) => {
    await choose(page, 'Priority', ['High', 'Validation (6)']);
    await expect(async () => {
      const p = new Set((await tableRows(page)).map((r) => r[COL.priority]));
      expect(p).toEqual(new Set(['High', 'Validation (6)']));
    }).toPass();
  });

  test('user, by name', async ({ page }) => {
    await choose(page, 'User', ['Kenji Watanabe']);
    await expect(page).toHaveURL(/user=/);
    await expect(async () =>
      expect(new Set((await tableRows(page)).map((r) => r[COL.submittedBy]))).toEqual(new Set(['Kenji Watanabe'])),
    ).toPass();
  });

  test('workflow, searchable; runs reported with and without .yxmd both match', async ({ page }) => {
    const input = page.getByRole('combobox', { name: 'Workflow' });
    await input.fill('daily sales');
    await page.getByRole('option', { name: 'Daily Sales Rollup.yxmd' }).click();
    await page.keyboard.press('Escape');
    await expect(async () => {
      const names = new Set((await tableRows(page)).map((r) => folded(r[COL.workflow]!)));
      expect(names).toEqual(new Set(['daily sales rollup']));
    }).toPass();
  });

  test('completed between: inclusive days, sent as the exclusive API range', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => r.url().includes('/webapi/v3/jobs?') && requests.push(r.url()));
    const today = new Date();
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const from = day(new Date(today.getTime() - 3 * 86_400_000));
    const to = day(new Date(today.getTime() - 86_400_000));
    await page.goto(`/jobs?from=${from}&to=${to}`);
    await expect(async () => expect(new Set((await tableRows(page)).map((r) => r[COL.status]))).toEqual(new Set(['Completed']))).toPass();
    const after = day(new Date(Date.parse(from) - 86_400_000));
    const before = day(new Date(Date.parse(to) + 86_400_000));
    expect(requests.some((u) => u.includes(`completedAfter=${after}`) && u.includes(`completedBefore=${before}`))).toBe(true);
    // The chip writes the days as the reader's language does, not as the URL does.
    const shown = await page.evaluate(
      ([a, b]) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(Date.parse(a!), Date.parse(b!)),
      [from, to],
    );
    await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(`Completed between: ${shown}`);
  });

  test('filters combine; chips remove one; Clear filters resets them all', async ({ page }) => {
    await page.goto('/jobs?status=Completed&priority=Low&workflow=Inventory%20Sync');
    await expect(async () => {
      const rows = await tableRows(page);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r[COL.status]).toBe('Completed');
        expect(r[COL.priority]).toBe('Low');
        expect(folded(r[COL.workflow]!)).toBe('inventory sync');
      }
    }).toPass();
    const chips = page.getByRole('group', { name: 'Active filters' });
    await chips.getByRole('button', { name: 'Remove filter Priority: Low' }).click();
    await expect(page).not.toHaveURL(/priority=/);
    await expect(page).toHaveURL(/status=Completed/);
    await chips.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(page.getByRole('group', { name: 'Active filters' })).toHaveCount(0);
  });

  test('"Only my jobs" lists the Curator’s own', async ({ page }) => {
    await page.getByRole('switch', { name: 'Only my jobs' }).click();
    await expect(page.getByRole('switch', { name: 'Only my jobs' })).toBeChecked();
    await expect(page).toHaveURL(/mine=1/);
    await expect(async () =>
      expect(new Set((await tableRows(page)).map((r) => r[COL.submittedBy]))).toEqual(new Set(['Jane Doe'])),
    ).toPass();
  });

  test('no match says so, with Clear filters', async ({ page }) => {
    await page.goto('/jobs?status=Queued&priority=9999');
    await expect(page.getByRole('heading', { name: 'No jobs match these filters' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await expect(jobsTable(page)).toBeVisible();
  });
});

test.describe('paging and the URL', () => {
  test.beforeEach(async ({ page }) => openSignedIn(page));

  test('next, last, first, and page size; filters return to page 1', async ({ page }) => {
    const range = page.getByText(/^\d[\d,]*–[\d,]+ of [\d,]+$/);
    await expect(range).toHaveText(/^1–50 of /);
    const total = Number((await range.textContent())!.split(' of ')[1]!.replace(/,/g, ''));
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(range).toHaveText(`51–100 of ${total.toLocaleString('en-US')}`);
    await expect(page).toHaveURL(/page=2/);
    await page.getByRole('button', { name: 'Last page' }).click();
    const last = Math.ceil(total / 50);
    await expect(page).toHaveURL(new RegExp(`page=${last}`));
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await page.getByRole('button', { name: 'First page' }).click();
    await expect(range).toHaveText(/^1–50 of /);
    await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('25');
    await expect(range).toHaveText(/^1–25 of /);
    expect(await tableRows(page)).toHaveLength(25);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await choose(page, 'Status', ['Completed']);
    await expect(page).not.toHaveURL(/page=/);
  });

  test('reload, Back and a pasted link keep the exact view', async ({ page, context }) => {
    await page.goto('/jobs?status=Completed&sort=workflow&dir=asc&page=2&size=25&tz=utc');
    // The whole view, results included.
    await expect(jobsTable(page).getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByText('Reading the result…')).toHaveCount(0);
    const first = await tableRows(page);
    await page.reload();
    // Results come from the browser's store a moment after the rows.
    await expect(async () => expect(await tableRows(page)).toEqual(first)).toPass();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=3/);
    await page.goBack();
    await expect(page).toHaveURL(/page=2/);
    await expect(async () => expect(await tableRows(page)).toEqual(first)).toPass();
    // The same link in a new tab: the session is the browser's, so no second sign-in.
    const other = await context.newPage();
    await other.goto('/jobs?status=Completed&sort=workflow&dir=asc&page=2&size=25&tz=utc');
    await expect(async () => expect((await tableRows(other)).map((r) => r[COL.jobId])).toEqual(first.map((r) => r[COL.jobId]))).toPass();
  });

  test('times show their zone, Local or UTC, on hover', async ({ page }) => {
    await page.goto('/jobs?tz=utc');
    const table = jobsTable(page);
    const time = (await cellUnder(table, table.getByRole('row').nth(1), COL.queued)).locator('time');
    await expect(time).toHaveAttribute('aria-label', /\(.+UTC\)$/);
    // The browser's own tooltip (a styled one per cell made big pages slow to draw).
    await expect(time).toHaveAttribute('title', /UTC$/);
  });
});

test('Japanese: the whole page, with the table’s words translated', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('language', 'ja'));
  await page.goto('/jobs');
  await page.getByRole('textbox', { name: 'API キー' }).fill('admin-key');
  await page.getByLabel('API シークレット').fill('admin-secret');
  await page.getByRole('button', { name: 'サインイン' }).click();
  const table = page.getByRole('table', { name: 'サーバー上のジョブ' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'ステータス' })).toBeVisible();
  await expect(table).toContainText('待機中');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByText(/件中1–50件/)).toBeVisible();
});

/** The words the jobs page shows in each language, and the name of its account menu's item. */
const WORDS = {
  en: { item: 'English', table: 'Jobs on the server', status: 'Status', heading: 'Jobs', account: 'Account: admin-key' },
  ja: { item: '日本語', table: 'サーバー上のジョブ', status: 'ステータス', heading: 'ジョブ', account: 'アカウント: admin-key' },
} as const;
type Language = keyof typeof WORDS;

/** The page is in this language, and in it alone. */
async function expectLanguage(page: Page, lng: Language) {
  const other = WORDS[lng === 'en' ? 'ja' : 'en'];
  const words = WORDS[lng];
  await expect(page.getByRole('table', { name: words.table }).getByRole('columnheader', { name: words.status })).toBeVisible();
  await expect(page.getByRole('heading', { name: words.heading, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: words.account })).toBeVisible();
  await expect(page.getByRole('table', { name: other.table })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: other.status })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
}

async function switchLanguage(page: Page, from: Language, to: Language) {
  await page.getByRole('button', { name: WORDS[from].account }).click();
  await expect(page.getByRole('menuitem', { name: `${WORDS[from].item} ✓` })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('menuitem', { name: WORDS[to].item, exact: true }).click();
}

test('the account menu switches to 日本語 and back; the page’s words, <html lang> and the choice after a reload follow', async ({
  page,
}) => {
  await openSignedIn(page, '/jobs?refresh=0');
  await expectLanguage(page, 'en');
  await switchLanguage(page, 'en', 'ja');
  await expectLanguage(page, 'ja');
  await page.reload();
  await expectLanguage(page, 'ja');
  await switchLanguage(page, 'ja', 'en');
  await expectLanguage(page, 'en');
  await page.reload();
  await expectLanguage(page, 'en');
});

test('a 500-row page renders only what is in view, and scrolls to its last row', async ({ page }) => {
  await openSignedIn(page, '/jobs?size=500');
  await expect(page.getByText(/^1–500 of /)).toBeVisible();
  const rendered = (await tableRows(page)).length;
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(100);
  const last = (await apiJobIds(page, 'allUsers=true&limit=500')).at(-1)!;
  await page.getByLabel('Jobs table, scrollable').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByRole('link', { name: last })).toBeVisible();
});

test('Ctrl+K opens a job by its id from anywhere', async ({ page }) => {
  await openSignedIn(page, '/jobs?status=Queued');
  await expect(jobsTable(page)).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(
    page.getByRole('searchbox', { name: 'Open a job by ID' }).or(page.getByRole('textbox', { name: 'Open a job by ID' })),
  ).toBeFocused();
  await page.keyboard.type('6b0b0000000000000000abcd');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jobs\/6b0b0000000000000000abcd$/);
});

test('the completed-between picker loads when used, opens at once, and sets the range in the URL', async ({ page }) => {
  await openSignedIn(page, '/jobs?from=2026-11-02&to=2026-11-05');
  // Before it is used, the field shows the range from the link without the calendar.
  const field = page.getByRole('button', { name: 'Completed between', exact: true });
  await expect(field).toHaveText(/^Nov 2\s–\s5, 2026$/);
  await field.click();
  const calendar = page.getByRole('dialog');
  await expect(calendar).toBeVisible();
  // The keyboard is in the calendar, as when the picker is opened directly.
  await expect.poll(() => calendar.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expect(calendar.getByRole('button', { name: 'November 2026' })).toBeVisible();
  await calendar.getByRole('button', { name: 'November 10, 2026' }).click();
  await calendar.getByRole('button', { name: 'November 12, 2026' }).click();
  await expect(page).toHaveURL(/from=2026-11-10&to=2026-11-12/);
  await expect(page.getByRole('button', { name: 'Completed between', exact: true })).toHaveText(/^Nov 10\s–\s12, 2026$/);
});
