/**
 * The Result column, for `npm run bench:ui`: a 50-row page of finished jobs, from navigation
 * start to the first rows and to every row's result on screen. Cold: a new browser context,
 * so each result is a JobView fetched from the server (4 at a time). Warm: the same page
 * reloaded in that context, so the results come from the browser's IndexedDB and no JobView
 * is asked for (counted, to be sure of it).
 */
import type { Browser, Page } from '@playwright/test';
import { median, round, type SessionCookie } from './lib.ts';
import { signedInContext } from './ui-table.ts';

const ROWS = "document.querySelectorAll('table[aria-label] tbody tr[data-index]')";
// Every row's Result cell holds a badge (a pending one shows "…", an unreadable one "?").
const FILLED = `(() => {
  const ths = [...document.querySelectorAll('table[aria-label] thead th')];
  const col = ths.findIndex((th) => th.textContent.trim() === 'Result');
  const rows = [...${ROWS}];
  return col >= 0 && rows.length >= 50 && rows.every((tr) => tr.children[col].querySelector('.mantine-Badge-root')) && performance.now();
})()`;

async function timeView(page: Page, url: string): Promise<{ rowsMs: number; filledMs: number; jobViews: number }> {
  let jobViews = 0;
  const count = (r: { url: () => string }) => /\/v3\/jobs\/[^/?]+\?includeMessages=false$/.test(r.url()) && jobViews++;
  page.on('request', count);
  await page.goto(url);
  const rows = await page.waitForFunction(`${ROWS}.length >= 50 && performance.now()`, null, { polling: 'raf', timeout: 60_000 });
  const filled = await page.waitForFunction(FILLED, null, { polling: 'raf', timeout: 120_000 });
  page.off('request', count);
  return { rowsMs: (await rows.jsonValue()) as number, filledMs: (await filled.jsonValue()) as number, jobViews };
}

export async function measureResults(opts: { browser: Browser; base: string; session: SessionCookie; watch: string; runs: number }) {
  const cold: Awaited<ReturnType<typeof timeView>>[] = [];
  const warm: Awaited<ReturnType<typeof timeView>>[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const context = await signedInContext(opts.browser, opts.session, opts.watch);
    const page = await context.newPage();
    // A page of its own each run: nothing learnt by an earlier run can help.
    const url = `${opts.base}/jobs?status=Completed&page=${i + 2}&refresh=0`;
    cold.push(await timeView(page, url));
    // What was learnt is written to the store within a moment of arriving.
    await page.waitForTimeout(500);
    warm.push(await timeView(page, url));
    if (warm.at(-1)!.jobViews !== 0) throw new Error(`a warm visit asked for ${warm.at(-1)!.jobViews} JobViews`);
    console.log(`results run ${i + 1}: cold`, cold.at(-1), 'warm', warm.at(-1));
    await context.close();
  }
  const m = (xs: number[]) => round(median(xs));
  return {
    runs: opts.runs,
    coldRowsMs: m(cold.map((r) => r.rowsMs)),
    coldFilledMs: m(cold.map((r) => r.filledMs)),
    coldJobViews: m(cold.map((r) => r.jobViews)),
    warmRowsMs: m(warm.map((r) => r.rowsMs)),
    warmFilledMs: m(warm.map((r) => r.filledMs)),
  };
}
