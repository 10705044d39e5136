/**
 * The jobs table in the browser, for `npm run bench:ui`: first rows (plain and at 4× CPU
 * throttling), a sort, a 500-row page, idle polling with the tab visible and hidden, and
 * the JS heap over 500 refreshes. Page scripts are strings, as in ui.ts.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median, round, type SessionCookie } from './lib.ts';
import { waterfall } from './ui-waterfall.ts';

/** A fresh context (empty cache, signed in) per run: what a first visit costs. */
export async function signedInContext(browser: Browser, session: SessionCookie, watch: string): Promise<BrowserContext> {
  // The page's CSP forbids evaluating strings, which is how the measuring scripts run.
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, bypassCSP: true });
  await context.addCookies([session]);
  await context.addInitScript({ content: watch });
  return context;
}

const ROWS = "document.querySelectorAll('table[aria-label] tbody tr[data-index]')";

/** Navigation start to 50 rows in the table, optionally with the CPU slowed down. */
export async function firstRows(page: Page, base: string, throttle: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${base}/jobs?refresh=0`);
  const ms = await page.waitForFunction(`${ROWS}.length >= 50 && performance.now()`, null, { polling: 'raf', timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return (await ms.jsonValue()) as number;
}

const LIST_ANSWERS = "performance.getEntriesByType('resource').filter((e) => e.name.includes('/v3/jobs?')).length";

/**
 * A click on a sortable header to the first frame that shows the rows in their new order.
 * The page is loaded afresh before each click, so no sorted answer waits in TanStack Query's
 * memory; and the run fails unless the click did fetch a new list from the server.
 */
export async function sortOnce(page: Page, base: string, header: string): Promise<number> {
  await page.goto(`${base}/jobs?refresh=0`);
  await page.waitForFunction(`${ROWS}.length >= 50`, null, { timeout: 60_000 });
  // The results of the first page are asked for once it is drawn: let them finish first.
  await page.waitForLoadState('networkidle');
  const before = (await page.evaluate(LIST_ANSWERS)) as number;
  const ms = (await page.evaluate(`new Promise((resolve) => {
    const ids = () => [...${ROWS}].map((tr) => tr.querySelector('a')?.textContent).join();
    const before = ids();
    const button = [...document.querySelectorAll('th button')].find((b) => b.textContent.trim() === ${JSON.stringify(header)});
    const t0 = performance.now();
    button.click();
    requestAnimationFrame(function check() {
      if (ids() !== before) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    });
  })`)) as number;
  await page.waitForFunction(`${LIST_ANSWERS} > ${before}`, null, { timeout: 5_000 }).catch(() => {
    throw new Error(`the sort by ${header} drew rows without a list answer from the server`);
  });
  return ms;
}

/**
 * A 500-row page, chosen in "Rows per page" on a page of 50: the time from its answer
 * arriving to the page drawn (the answer read, the rows in view rendered), then a scroll from
 * top to bottom, 400 px a frame.
 */
export async function bigPage(page: Page, base: string): Promise<{ renderMs: number; scrollMs: number }> {
  await page.goto(`${base}/jobs?refresh=0`);
  await page.waitForFunction(`${ROWS}.length >= 50`, null, { timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('500');
  const box = '[aria-label="Jobs table, scrollable"]';
  const drawn = await page.waitForFunction(`document.querySelector('${box}').scrollHeight > 20000 && performance.now()`, null, {
    polling: 'raf',
    timeout: 60_000,
  });
  const at = (await drawn.jsonValue()) as number;
  const answered = (await page.evaluate(
    "performance.getEntriesByType('resource').filter((e) => e.name.includes('/v3/jobs?') && e.name.includes('limit=500')).at(-1).responseEnd",
  )) as number;
  const scrollMs = (await page.evaluate(`new Promise((resolve) => {
    const box = document.querySelector('${box}');
    window.__bench.frames = []; window.__bench.last = performance.now();
    const t0 = performance.now();
    requestAnimationFrame(function step() {
      box.scrollTop += 400;
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) resolve(performance.now() - t0);
      else requestAnimationFrame(step);
    });
  })`)) as number;
  return { renderMs: at - answered, scrollMs };
}

/** Pretends the tab is in the background, as switching tabs does (headless has no tabs to switch). */
export const HIDE = `
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  document.dispatchEvent(new Event('visibilitychange'));
`;

/** List requests sent while nobody touches the page, for `ms`; each page counts its own. */
export async function idleRequests(pages: Page[], ms: number): Promise<{ list: number; all: number }[]> {
  const counts = pages.map(() => ({ list: 0, all: 0 }));
  const listeners = pages.map((page, i) => {
    const on = (req: { url: () => string }) => {
      const url = new URL(req.url());
      if (!url.pathname.startsWith('/webapi/')) return;
      counts[i]!.all++;
      // The page itself, not the count of cancellable jobs (limit=1) asked beside it.
      if (url.pathname === '/webapi/v3/jobs' && url.searchParams.get('limit') !== '1') counts[i]!.list++;
    };
    page.on('request', on);
    return on;
  });
  await new Promise((r) => setTimeout(r, ms));
  pages.forEach((page, i) => page.off('request', listeners[i]!));
  return counts;
}

/** JS heap in use after a full garbage collection, in bytes. */
async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * The leak check: refresh cycles with new data each time (a job is queued before every
 * refresh, so the first page changes), heap after the first 10 and after all of them.
 */
export async function heapOverRefreshes(page: Page, base: string, cycles: number, queueJob: () => Promise<string>) {
  await page.goto(`${base}/jobs?refresh=0`);
  await page.waitForFunction(`${ROWS}.length >= 50`, null, { timeout: 60_000 });
  const refresh = page.getByRole('button', { name: 'Refresh now' });
  const at = HEAP_AT.filter((n) => n < cycles).concat(cycles);
  const checkpoints: { at: number; bytes: number }[] = [];
  const t0 = Date.now();
  for (let i = 1; i <= cycles; i++) {
    const id = await queueJob();
    await refresh.click();
    await page.getByRole('link', { name: id, exact: true }).waitFor({ timeout: 30_000 });
    if (at.includes(i)) checkpoints.push({ at: i, bytes: await heap(page) });
  }
  const after10 = checkpoints[0]!.bytes;
  const afterAll = checkpoints.at(-1)!.bytes;
  return { checkpoints, after10, afterAll, growth: (afterAll - after10) / after10, msPerCycle: (Date.now() - t0) / cycles };
}

/** Where the heap check reads the heap, besides after the last refresh. */
const HEAP_AT = [10, 100, 250];

const r1 = (n: number) => round(n, 1);

export interface TableOptions {
  browser: Browser;
  base: string;
  session: SessionCookie;
  watch: string;
  runs: number;
  heapRuns: number;
  cycles: number;
  idleMs: number;
  queueJob: () => Promise<string>;
}

/** Every table measure, `runs` times each (idle: that many pages at once), as medians. */
export async function measureTable(o: TableOptions) {
  const fresh = async <T>(f: (page: Page) => Promise<T>): Promise<T> => {
    const context = await signedInContext(o.browser, o.session, o.watch);
    try {
      return await f(await context.newPage());
    } finally {
      await context.close();
    }
  };
  const firstPlain: number[] = [];
  const firstSlow: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    firstPlain.push(await fresh((p) => firstRows(p, o.base, 1)));
    firstSlow.push(await fresh((p) => firstRows(p, o.base, 4)));
  }
  console.log('first rows', { firstPlain, firstSlow });
  // One more plain run, read as a timeline: where the time to the first rows goes.
  const timeline = await fresh(async (p) => waterfall(p, await firstRows(p, o.base, 1)));
  console.log(['waterfall of the first view (ms from navigation start):', ...timeline].join('\n'));

  const sorts = await fresh(async (page) => {
    const times: number[] = [];
    for (let i = 0; i < o.runs; i++) times.push(await sortOnce(page, o.base, ['Workflow', 'Priority', 'Status'][i % 3]!));
    return times;
  });
  console.log('sorts', sorts);

  const big: { renderMs: number; scrollMs: number; longestFrame: number; slowFrames: number }[] = [];
  for (let i = 0; i < o.runs; i++) {
    big.push(
      await fresh(async (page) => {
        const r = await bigPage(page, o.base);
        const frames = (await page.evaluate('window.__bench.frames')) as number[];
        return { ...r, longestFrame: Math.max(0, ...frames), slowFrames: frames.filter((f) => f > 100).length };
      }),
    );
  }
  console.log('500 rows', big);

  const contexts = await Promise.all(Array.from({ length: o.runs }, () => signedInContext(o.browser, o.session, o.watch)));
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  await Promise.all(pages.map((p) => p.goto(`${o.base}/jobs`)));
  await Promise.all(pages.map((p) => p.waitForFunction(`${ROWS}.length >= 50`, null, { timeout: 60_000 })));
  const visible = await idleRequests(pages, o.idleMs);
  await Promise.all(pages.map((p) => p.evaluate(HIDE)));
  const hidden = await idleRequests(pages, o.idleMs);
  await Promise.all(contexts.map((c) => c.close()));
  console.log('idle', { visible, hidden });

  const heaps: Awaited<ReturnType<typeof heapOverRefreshes>>[] = [];
  for (let i = 0; i < o.heapRuns; i++) {
    heaps.push(await fresh((page) => heapOverRefreshes(page, o.base, o.cycles, o.queueJob)));
    console.log('heap run', heaps.at(-1));
  }

  const perMinute = (n: number) => r1((n * 60_000) / o.idleMs);
  return {
    runs: o.runs,
    firstRowsMs: r1(median(firstPlain)),
    firstRowsThrottledMs: r1(median(firstSlow)),
    waterfall: timeline,
    sortMs: r1(median(sorts)),
    rows500RenderMs: r1(median(big.map((b) => b.renderMs))),
    rows500ScrollMs: r1(median(big.map((b) => b.scrollMs))),
    rows500LongestFrameMs: r1(median(big.map((b) => b.longestFrame))),
    rows500FramesOver100Ms: median(big.map((b) => b.slowFrames)),
    idleSeconds: o.idleMs / 1000,
    idleListPerMinuteVisible: perMinute(median(visible.map((c) => c.list))),
    idleAllPerMinuteVisible: perMinute(median(visible.map((c) => c.all))),
    idleListPerMinuteHidden: perMinute(median(hidden.map((c) => c.list))),
    idleAllPerMinuteHidden: perMinute(median(hidden.map((c) => c.all))),
    heapRuns: heaps.length,
    heapCycles: o.cycles,
    heapAfter10MB: r1(median(heaps.map((h) => h.after10)) / 2 ** 20),
    heapAfterAllMB: r1(median(heaps.map((h) => h.afterAll)) / 2 ** 20),
    heapGrowthPct: r1(median(heaps.map((h) => h.growth)) * 100),
    heapCheckpoints: (heaps[0]?.checkpoints ?? []).map((c, i) => ({
      at: c.at,
      MB: r1(median(heaps.map((h) => h.checkpoints[i]!.bytes)) / 2 ** 20),
    })),
  };
}
