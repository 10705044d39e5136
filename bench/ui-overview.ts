/**
 * The Overview in the browser, for `npm run bench:ui` (alone: `BENCH_ONLY=overview npm run bench:ui`):
 * on a sandbox of 5,000 jobs and one of 200,000, the time from navigation to the "now" panels
 * drawn (counts, queue, overrun) and to the history drawn (its walk of the window done), and
 * how many API requests that took. A first visit runs in a fresh context (nothing kept in the
 * browser); a second visit reuses the first one's context, with the finished days it kept.
 */
import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/sandbox/db.ts';
import { seedDatabase } from '../server/sandbox/seed/seed.ts';
import { adminSession, median, round, startServer } from './lib.ts';
import { signedInContext } from './ui-table.ts';

export const OVERVIEW_SIZES = [5_000, 200_000] as const;
const PORT = Number(process.env.BENCH_OVERVIEW_PORT ?? 4183);

/** The region a section heading names, as a person finds it. */
const region = (name: string) =>
  `[...document.querySelectorAll('main section')].find((s) => s.querySelector('h2')?.textContent?.trim() === ${JSON.stringify(name)})`;
/** Drawn: the section is there, and nothing in it is loading or reading any more. */
const drawn = (name: string, extra: string) =>
  `(() => { const s = ${region(name)}; return !!s && !s.querySelector('[role=progressbar], .mantine-Skeleton-root, .mantine-Loader-root') && ${extra}; })()`;
export const NOW_DRAWN = drawn('Now', "!!s.querySelector('a[href*=\"status=Queued\"]') && !!s.querySelector('table tbody tr')");
const HISTORY_DRAWN = drawn('History', "!!s.querySelector('svg, table')");

export interface OverviewRun {
  nowMs: number;
  historyMs: number;
  requests: number;
}

async function visit(page: Page, base: string, window: string): Promise<OverviewRun> {
  let requests = 0;
  const count = (r: { url: () => string }) => void (r.url().includes('/webapi/') && requests++);
  page.on('request', count);
  const t0 = Date.now();
  await page.goto(`${base}/overview?refresh=0${window === '24h' ? '' : `&window=${window}`}`);
  const at = { polling: 'raf' as const, timeout: 240_000 };
  const nowMs = (await (await page.waitForFunction(`${NOW_DRAWN} && performance.now()`, null, at)).jsonValue()) as number;
  await page.waitForFunction(HISTORY_DRAWN, null, at);
  const historyMs = Date.now() - t0;
  page.off('request', count);
  return { nowMs: round(nowMs, 0), historyMs, requests };
}

export interface OverviewResult {
  jobs: number;
  window: string;
  first: OverviewRun[];
  second: OverviewRun[];
}

export async function measureOverview(browser: Browser, runs: number): Promise<OverviewResult[]> {
  const results: OverviewResult[] = [];
  for (const jobs of OVERVIEW_SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-overview-'));
    const dbFile = join(dir, 'overview.sqlite');
    const db = openDatabase(dbFile);
    const t0 = Date.now();
    seedDatabase(db, { seed: 'bench-overview', jobs, nowMs: Date.now(), messages: jobs <= 5_000 });
    db.close();
    console.log(`overview: seeded ${jobs} jobs in ${Date.now() - t0} ms`);
    const server = await startServer(dbFile, PORT);
    try {
      const session = await adminSession(server.base);
      for (const window of ['24h', '30d']) {
        const result: OverviewResult = { jobs, window, first: [], second: [] };
        for (let i = 0; i < runs; i++) {
          const context = await signedInContext(browser, session, '');
          const page = await context.newPage();
          result.first.push(await visit(page, server.base, window));
          result.second.push(await visit(page, server.base, window));
          await context.close();
          console.log(`overview ${jobs} ${window} run ${i + 1}:`, result.first.at(-1), result.second.at(-1));
        }
        results.push(result);
      }
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

const m = (runs: OverviewRun[], k: keyof OverviewRun) => round(median(runs.map((r) => r[k])), 0);

export function overviewLines(results: OverviewResult[], browserVersion: string, runs: number, machine: string): string[] {
  const rows = results.flatMap((r) => {
    const label = `${r.jobs.toLocaleString('en')} jobs, ${r.window}`;
    const target = r.jobs <= 5_000 ? '≤ 1,500 ms' : '≤ 4,000 ms';
    const met = (ms: number, limit: number) => (ms <= limit ? 'met' : '**missed**');
    const limit = r.jobs <= 5_000 ? 1500 : 4000;
    return [
      `| ${label}: "now" panels drawn, first visit | ${m(r.first, 'nowMs')} ms | ${target} | ${met(m(r.first, 'nowMs'), limit)} |`,
      `| ${label}: history drawn, first visit (API requests) | ${m(r.first, 'historyMs')} ms (${m(r.first, 'requests')}) | | |`,
      `| ${label}: "now" panels drawn, second visit | ${m(r.second, 'nowMs')} ms | ${target} | ${met(m(r.second, 'nowMs'), limit)} |`,
      `| ${label}: history drawn, second visit (API requests) | ${m(r.second, 'historyMs')} ms (${m(r.second, 'requests')}) | | |`,
    ];
  });
  return [
    '## Browser: the Overview on 5,000 and 200,000 jobs',
    '',
    `Command: \`BENCH_ONLY=overview npm run bench:ui\` (part of \`npm run bench:ui\`) · ${new Date().toISOString().slice(0, 10)} · ${machine} · Chromium ${browserVersion}, headless, 1600×1000`,
    '',
    `Medians of ${runs} runs. Each run opens the Overview in a fresh context (the first visit: nothing kept in the browser), then again in the same context (the second visit: the finished days it kept are not asked again). "Drawn" counts from navigation start, app loading included, until the section shows no loader or progress bar; the API requests are every \`/webapi/\` request until the history is drawn.`,
    '',
    '| measure | result | target | |',
    '|---|---|---|---|',
    ...rows,
  ];
}
