/**
 * The Japanese UI, screen by screen: no English left in it outside data (job ids, workflow and
 * user names, the server's own messages: every string the API sent), and the forms a real
 * server sends (run times past a day, numeric priorities) read as Japanese.
 */
import type { Page } from '@playwright/test';
import { ADMIN, apiGet, expect, openSignedIn, sessionToken, test } from './fixtures.ts';

// Words that are Japanese UI as much as English: abbreviations and names the UI keeps as they are.
const KEPT = new Set(['ID', 'API', 'E2', 'AMP', 'CSV', 'XLSX', 'HTML', 'JSON', 'HTTP', 'UTC', 'GMT', 'Alteryx', 'Ctrl', 'Shift']);
// The product's name, and file name extensions (.csv, .txt).
const KEPT_FORMS = [/Alteryx Server/g, /\.[a-z]{2,4}\b/g];

/** Every string in every answer from /webapi: what the page shows of it is data, not UI. */
interface Data {
  strings: Set<string>;
  /** Answers still being read. */
  pending: Set<Promise<void>>;
}

function collectData(page: Page): Data {
  const data = new Set<string>([ADMIN.key]);
  const pending = new Set<Promise<void>>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/[A-Za-z]/.test(v)) data.add(v.trim());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  page.on('response', (res) => {
    if (!res.url().includes('/webapi/') || !(res.headers()['content-type'] ?? '').includes('json')) return;
    const read: Promise<void> = res
      .json()
      .then(walk, () => undefined)
      .finally(() => pending.delete(read));
    pending.add(read);
  });
  return { strings: data, pending };
}

/** The page's visible words and its names for assistive technology, as a reader meets them. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const rendered = (el: Element) => el.getClientRects().length > 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (el && text && !el.closest('script, style') && rendered(el)) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')) {
      if (!rendered(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** The English words left once the data is taken out. */
async function englishLeft(page: Page, data: Data): Promise<string[]> {
  const texts = await shownTexts(page);
  // An answer whose request was cancelled on the way (a refetch, a closed pane) never reads: wait a little only.
  await Promise.race([Promise.all([...data.pending]), new Promise((resolve) => setTimeout(resolve, 3000))]);
  const longestFirst = [...data.strings].sort((a, b) => b.length - a.length);
  const left = new Set<string>();
  for (let text of texts) {
    if (!/[A-Za-z]{2}/.test(text)) continue;
    // A part of one of the server's strings (the first line of a message, say) is data too.
    if (longestFirst.some((d) => d.includes(text))) continue;
    for (const d of longestFirst) if (d && text.includes(d)) text = text.split(d).join(' ');
    for (const form of KEPT_FORMS) text = text.replace(form, ' ');
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []) {
      // Hex ids the API sent inside longer words, and the names the UI keeps.
      if (!KEPT.has(word) && !/^[0-9a-f]+$/.test(word)) left.add(`${word} (in "${text.slice(0, 80)}")`);
    }
  }
  return [...left];
}

/** Runs queued on the sandbox (its simulator is off in these tests, so they stay queued). */
async function queueJobs(page: Page, n: number): Promise<string[]> {
  const workflows = await apiGet<{ id: string }[]>(page, '/v3/workflows');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await page.request.post(`/webapi/v3/workflows/${workflows[i + 1]!.id}/jobs`, {
      headers: { authorization: `Bearer ${await sessionToken(page)}` },
      data: {},
    });
    expect(res.status()).toBeLessThan(300);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}
type List = { data: { jobId: string; status: string; executionTime?: string; workflowName: string }[] };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('language', 'ja'));
});

test('Japanese: the jobs list, its filters and chips, in Japanese only, with days written as Japanese writes them', async ({ page }) => {
  const data = collectData(page);
  await openSignedIn(page, `/jobs?from=${day(-3)}&to=${day(-1)}&priority=6`);
  const table = page.getByRole('table', { name: 'サーバー上のジョブ' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const [y1, m1, d1] = day(-3).split('-');
  const [y2, m2, d2] = day(-1).split('-');
  await expect(page.getByRole('group', { name: '適用中のフィルター' })).toContainText(`完了日の範囲: ${y1}/${m1}/${d1}～${y2}/${m2}/${d2}`);
  await expect(page.getByRole('group', { name: '適用中のフィルター' })).toContainText('優先度: 検証（6）');
  await expect(table.getByRole('cell', { name: '検証（6）' }).first()).toBeVisible();
  // A picked value is not followed by "すべて" (any).
  await expect(page.getByRole('combobox', { name: '優先度' })).not.toHaveAttribute('placeholder', 'すべて');
  expect(await englishLeft(page, data)).toEqual([]);
  await page.getByRole('combobox', { name: 'ステータス' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await englishLeft(page, data)).toEqual([]);
});

test('Japanese: a finished job with its log and outputs, and the run time past a day as 26時間5分', async ({ page }) => {
  const data = collectData(page);
  await openSignedIn(page, '/jobs?refresh=0');
  // The seed's run of more than a day ended in the middle of its history: look for it day by day.
  let long: string | undefined;
  for (let back = 1; back <= 30 && !long; back++) {
    const list = await apiGet<List>(
      page,
      `/v3/jobs?allUsers=true&limit=1000&completedAfter=${day(-back - 1)}&completedBefore=${day(-back + 1)}`,
    );
    long = list.data.find((j) => j.executionTime === '1.02:05:00')?.jobId;
  }
  expect(long, 'the seeded job that ran 26 h 5 min').toBeDefined();
  await page.goto(`/jobs/${long}?refresh=0`);
  const pane = page.getByRole('region', { name: `ジョブ ${long}` });
  await expect(pane.getByRole('group', { name: '実行時間' })).toHaveText('実行時間26時間5分');
  await expect(pane.getByRole('group', { name: '完了日時' })).toContainText('UTC');
  await expect(pane.getByRole('log').or(pane.getByRole('list')).first()).toBeVisible();
  expect(await englishLeft(page, data)).toEqual([]);
});

test('Japanese: the job that has run for more than a day, and the cancel dialog', async ({ page }) => {
  const data = collectData(page);
  await openSignedIn(page, '/jobs?refresh=0');
  // The seed's runaway: still running, or stopped by an earlier test's bulk cancel after more than a day.
  let runaway: List['data'][number] | undefined;
  for (let offset = 0; !runaway; offset += 1000) {
    const list = await apiGet<List>(page, `/v3/jobs?allUsers=true&limit=1000&offset=${offset}`);
    if (list.data.length === 0) break;
    runaway = list.data.find((j) => /^1\./.test(j.executionTime ?? '') && j.executionTime !== '1.02:05:00');
  }
  expect(runaway, 'a job that has run for more than a day').toBeDefined();
  await page.goto(`/jobs/${runaway!.jobId}?refresh=0`);
  const pane = page.getByRole('region', { name: `ジョブ ${runaway!.jobId}` });
  await expect(pane.getByRole('group', { name: '実行時間' })).toHaveText(/^実行時間2[7-9]時間\d+分$/);
  expect(await englishLeft(page, data)).toEqual([]);

  // A job of its own to cancel, so the dialog is there whatever earlier tests cancelled.
  const [id] = await queueJobs(page, 1);
  await page.goto(`/jobs/${id}?refresh=0`);
  await page
    .getByRole('region', { name: `ジョブ ${id}` })
    .getByRole('button', { name: `ジョブ ${id} をキャンセル` })
    .click();
  const dialog = page.getByRole('dialog', { name: `ジョブ ${id} をキャンセルしますか？` });
  await expect(dialog).toContainText('待機中');
  expect(await englishLeft(page, data)).toEqual([]);
  await dialog.getByRole('button', { name: 'キャンセルしない' }).click();
  await expect(dialog).toBeHidden();
});

test('Japanese: the bulk preview, Failed recently, and a workflow’s jobs', async ({ page }) => {
  const data = collectData(page);
  await openSignedIn(page, '/jobs?status=Queued&status=Running&refresh=0');
  // Jobs of its own in the queue, whatever earlier tests cancelled.
  await queueJobs(page, 2);
  await page.reload();
  await page.getByRole('checkbox', { name: 'このページのジョブをすべて選択' }).check();
  await page.getByRole('button', { name: /^選択したジョブをキャンセル/ }).click();
  const dialog = page.getByRole('dialog', { name: 'これらのジョブをキャンセルしますか？' });
  await expect(dialog).toContainText('待機中（削除されます）');
  expect(await englishLeft(page, data)).toEqual([]);
  await dialog.getByRole('button', { name: 'キャンセルしない' }).click();

  // A day's finished jobs: their words are what is checked here, not how fast a week's are read.
  await page.goto('/failed?within=24h');
  await expect(page.getByText(/に終了したジョブ[\d,]+件を確認しました。/)).toBeVisible({ timeout: 30_000 });
  expect(await englishLeft(page, data)).toEqual([]);

  const workflows = await apiGet<{ id: string }[]>(page, '/v3/workflows');
  await page.goto(`/workflows/${workflows[0]!.id}/jobs`);
  await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible();
  expect(await englishLeft(page, data)).toEqual([]);
});

test('Japanese: the sign-in page and its refusal', async ({ page }) => {
  const data = collectData(page);
  await page.goto('/jobs');
  await page.getByRole('textbox', { name: 'API キー' }).fill(ADMIN.key);
  await page.getByLabel('API シークレット').fill('not-the-secret');
  await page.getByRole('button', { name: 'サインイン' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await englishLeft(page, data)).toEqual([]);
});

test('Japanese: the Overview, every section, and its charts shown as tables', async ({ page }) => {
  const data = collectData(page);
  await openSignedIn(page, '/overview?refresh=0&window=7d');
  await expect(page.getByRole('heading', { level: 1, name: '概要' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
  expect(await englishLeft(page, data)).toEqual([]);
  // The charts' text alternatives, each a table of the same numbers.
  for (const toggle of await page.getByRole('switch', { name: '表で表示' }).all()) await toggle.check({ force: true });
  expect(await englishLeft(page, data)).toEqual([]);
});
