/**
 * `npx tsx bench/ab-first-view.ts <dist A> <dist B> [runs]`: two builds of the dashboard, side
 * by side on one sandbox server, for a change to the first view. Copies each build into dist/
 * in turn (A, B, A, B: the machine's drift falls on both), opens the jobs page in fresh browser
 * contexts, and prints the medians of the first job on screen, the first 50 rows, the first
 * contentful paint and when the list's request went out. THROTTLE=4 slows the CPU. PAGE=overview
 * opens the Overview instead and times its "now" panels drawn (as bench/ui-overview.ts does).
 * Leaves dist/ holding B: run `npm run build` after.
 */
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../e2e/browser.ts';
import { openDatabase } from '../server/sandbox/db.ts';
import { seedDatabase } from '../server/sandbox/seed/seed.ts';
import { adminSession, median, root, startServer } from './lib.ts';
import { NOW_DRAWN } from './ui-overview.ts';
import { signedInContext } from './ui-table.ts';

const [a, b] = process.argv.slice(2, 4);
if (!a || !b) throw new Error('usage: tsx bench/ab-first-view.ts <dist A> <dist B> [runs]');
const builds = [
  ['A', a],
  ['B', b],
  ['A', a],
  ['B', b],
] as const;
const RUNS = Number(process.argv[4] ?? 7);
const THROTTLE = Number(process.env.THROTTLE ?? 1);
const OVERVIEW = process.env.PAGE === 'overview';

const FIRST_JOB = `document.querySelector('table a[href^="/jobs/"]') && performance.now()`;
const ROWS_50 = `document.querySelectorAll('table[aria-label] tbody tr[data-index]').length >= 50 && performance.now()`;
const FCP = `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0`;
/** When the jobs list's request went out: the page's first script sends it. */
const LIST_SENT = `performance.getEntriesByType('resource').find((e) => e.name.includes('/webapi/v3/jobs?'))?.startTime ?? 0`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
  const db = openDatabase(join(dir, 'ab.sqlite'));
  seedDatabase(db, { seed: 'bench-ab', jobs: 5000, nowMs: Date.now() });
  db.close();
  const server = await startServer(join(dir, 'ab.sqlite'), Number(process.env.BENCH_PORT ?? 4182));
  const browser = await chromium.launch({ executablePath: findChromium() });
  try {
    const session = await adminSession(server.base);
    for (const [name, dist] of builds) {
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      cpSync(dist, join(root, 'dist'), { recursive: true });
      const firstJob: number[] = [];
      const rows: number[] = [];
      const nowDrawn: number[] = [];
      const fcp: number[] = [];
      const listSent: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await signedInContext(browser, session, '');
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
        const at = { polling: 'raf' as const, timeout: 60_000 };
        if (OVERVIEW) {
          await page.goto(`${server.base}/overview?refresh=0`);
          nowDrawn.push((await (await page.waitForFunction(`${NOW_DRAWN} && performance.now()`, null, at)).jsonValue()) as number);
          fcp.push((await page.evaluate(FCP)) as number);
          await context.close();
          continue;
        }
        await page.goto(`${server.base}/jobs?refresh=0`);
        firstJob.push((await (await page.waitForFunction(FIRST_JOB, null, at)).jsonValue()) as number);
        rows.push((await (await page.waitForFunction(ROWS_50, null, at)).jsonValue()) as number);
        fcp.push((await page.evaluate(FCP)) as number);
        listSent.push((await page.evaluate(LIST_SENT)) as number);
        await context.close();
      }
      const m = (xs: number[]) => Math.round(median(xs));
      if (OVERVIEW) console.log(`${name} (${dist}): "now" drawn ${m(nowDrawn)} ms, first contentful paint ${m(fcp)} ms`);
      else
        console.log(
          `${name} (${dist}): first job ${m(firstJob)} ms, 50 rows ${m(rows)} ms, first contentful paint ${m(fcp)} ms, list request sent ${m(listSent)} ms`,
        );
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
