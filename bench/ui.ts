/**
 * `npm run bench:ui`: the dashboard in Chromium, on a sandbox database of its own that holds
 * a job with a 100,000-line log and 2,000 queued jobs of one user. Measures opening that log
 * and scrolling it end to end, and cancelling all 2,000 jobs in one go, and writes the numbers
 * to bench-results/ui.json and BENCHMARKS.md.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../e2e/browser.ts';
import { openDatabase } from '../server/sandbox/db.ts';
import { Lifecycle } from '../server/sandbox/lifecycle.ts';
import { seedDatabase } from '../server/sandbox/seed/seed.ts';
import { createRng } from '../server/sandbox/seed/rng.ts';
import { loadWorld, makeJob } from '../server/sandbox/world.ts';
import { adminToken, machine, median, round, startServer, writeResults, writeSection } from './lib.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const LOG_LINES = 100_000;
const BULK = 2_000;
const VIEWER_RUNS = Number(process.env.BENCH_RUNS ?? 10);
const BULK_RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'bench-ui-'));
const dbFile = join(dir, 'bench.sqlite');

/** The world: a small seeded server, plus the long log and the queued flood. */
function prepare(): { longJob: string; bulkUser: string; addQueued: () => void } {
  const db = openDatabase(dbFile);
  const now = Date.now();
  seedDatabase(db, { seed: 'bench-ui', jobs: 500, nowMs: now });
  const world = loadWorld(db);
  const rng = createRng('bench-ui-extra');
  const life = new Lifecycle(db);
  const long = makeJob(world, rng, now - 3_600_000);
  db.transaction(() => {
    life.insertJob(long, { status: 'Completed', startMs: now - 3_590_000, completionMs: now - 60_000, disposition: 'Error' });
    life.writeLog(long, LOG_LINES, { disposition: 'Error', runMs: 3_530_000 });
  })();
  const bulkUser = world.users.find((u) => u.role !== 'Curator' && u.active)!.id;
  const addQueued = () =>
    db.transaction(() => {
      for (let i = 0; i < BULK; i++) life.insertJob(makeJob(world, rng, Date.now() - i * 1000, { user: bulkUser }));
    })();
  addQueued();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { longJob: long.id, bulkUser, addQueued };
}

/**
 * Frames and long tasks, watched from inside the page. Page scripts are plain strings: the
 * TypeScript runner would otherwise add helpers to named functions that the page lacks.
 */
const WATCH = `
  window.__bench = { frames: [], longTasks: [], last: performance.now() };
  requestAnimationFrame(function tick(t) {
    window.__bench.frames.push(t - window.__bench.last);
    window.__bench.last = t;
    requestAnimationFrame(tick);
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Scrolls the whole log, a big step every frame, so every frame draws rows it has never drawn. */
const SCROLL_LOG = `new Promise((resolve) => {
  const log = document.querySelector('[role=log]');
  const t0 = performance.now();
  requestAnimationFrame(function step() {
    log.scrollTop += 20000;
    if (log.scrollTop + log.clientHeight >= log.scrollHeight - 2) resolve(performance.now() - t0);
    else requestAnimationFrame(step);
  });
})`;

async function resetWatch(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number[]; longTasks: number[]; last: number } };
    w.__bench.frames = [];
    w.__bench.longTasks = [];
    w.__bench.last = performance.now();
  });
}
async function readWatch(page: Page): Promise<{ longestFrame: number; slowFrames: number; longestTask: number }> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; longTasks: number[] } }).__bench;
    return {
      longestFrame: Math.max(0, ...b.frames),
      slowFrames: b.frames.filter((f) => f > 100).length,
      longestTask: Math.max(0, ...b.longTasks),
    };
  });
}

async function measureViewer(page: Page, base: string, jobId: string) {
  await page.goto(`${base}/jobs/${jobId}?refresh=0`);
  // From navigation start to the first lines of the log on screen.
  const openMs = await page.waitForFunction("document.querySelector('[role=log] [data-index]') && performance.now()", null, {
    polling: 'raf',
    timeout: 120_000,
  });
  const open = (await openMs.jsonValue()) as number;
  const openLongestTask = (await readWatch(page)).longestTask;
  await resetWatch(page);
  const scrollMs = (await page.evaluate(SCROLL_LOG)) as number;
  const watch = await readWatch(page);
  return { open, openLongestTask, scrollMs, ...watch };
}

async function measureBulk(page: Page, base: string, user: string) {
  await page.goto(`${base}/jobs?user=${user}&status=Queued&refresh=0`);
  // The seeded world may add a few queued jobs of this user to the 2,000.
  const all = page.getByRole('button', { name: /^Cancel all [\d,]+ matching$/ });
  await all.waitFor({ timeout: 60_000 });
  const count = (await all.textContent())!.match(/[\d,]+/)![0];
  await resetWatch(page);
  let t = performance.now();
  await all.click();
  const confirm = page.getByRole('button', { name: `Cancel ${count} jobs` });
  await confirm.waitFor({ timeout: 60_000 });
  const previewMs = performance.now() - t;
  t = performance.now();
  await confirm.click();
  await page.getByRole('button', { name: 'Close', exact: true }).waitFor({ timeout: 300_000 });
  const runMs = performance.now() - t;
  const status = await page.getByRole('dialog').getByRole('status').textContent();
  if (!status?.includes(`removed ${count}, failed 0`)) throw new Error(`bulk run ended with: ${status}`);
  const watch = await readWatch(page);
  return { previewMs: round(previewMs), runMs: round(runMs), ...watch };
}

async function main() {
  console.log('Preparing the database…');
  const world = prepare();
  const server = await startServer(dbFile, PORT);
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
  try {
    const { token, expiresIn } = await adminToken(server.base);
    const session = JSON.stringify({ token, expiresAt: Date.now() + expiresIn * 1000, apiKey: 'admin-key', role: 'curator' });
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript((value) => sessionStorage.setItem('alteryx-jobs.session', value), session);
    await context.addInitScript({ content: WATCH });
    const page = await context.newPage();

    const viewer = [];
    for (let i = 0; i < VIEWER_RUNS; i++) {
      viewer.push(await measureViewer(page, server.base, world.longJob));
      console.log(`viewer run ${i + 1}:`, viewer.at(-1));
    }
    const bulk = [];
    for (let i = 0; i < BULK_RUNS; i++) {
      if (i > 0) world.addQueued();
      bulk.push(await measureBulk(page, server.base, world.bulkUser));
      console.log(`bulk run ${i + 1}:`, bulk.at(-1));
    }
    const m = <T>(xs: T[], f: (x: T) => number) => round(median(xs.map(f)));
    const result = {
      date: new Date().toISOString(),
      command: 'npm run bench:ui',
      machine: machine(),
      browser: browser.version(),
      viewer: {
        lines: LOG_LINES,
        runs: viewer.length,
        openMs: m(viewer, (r) => r.open),
        openLongestTaskMs: m(viewer, (r) => r.openLongestTask),
        scrollEndToEndMs: m(viewer, (r) => r.scrollMs),
        longestFrameMs: m(viewer, (r) => r.longestFrame),
        framesOver100Ms: m(viewer, (r) => r.slowFrames),
        longestTaskMs: m(viewer, (r) => r.longestTask),
      },
      bulk: {
        jobs: BULK,
        runs: bulk.length,
        previewMs: m(bulk, (r) => r.previewMs),
        runMs: m(bulk, (r) => r.runMs),
        longestFrameMs: m(bulk, (r) => r.longestFrame),
        framesOver100Ms: m(bulk, (r) => r.slowFrames),
        longestTaskMs: m(bulk, (r) => r.longestTask),
      },
    };
    writeResults('ui', result);
    writeSection('ui', [
      '## Browser: the 100,000-line log and a 2,000-job bulk cancel',
      '',
      `Command: \`${result.command}\` · ${result.date.slice(0, 10)} · ${result.machine} · Chromium ${result.browser}, headless, 1600×1000`,
      '',
      `Medians of ${result.viewer.runs} runs (log) and ${result.bulk.runs} runs (bulk). "Open" counts from navigation start: loading the app, fetching ${LOG_LINES.toLocaleString('en-US')} messages (one JSON answer) and drawing the first lines. The scroll moves 20,000 px every frame from top to bottom, so every frame draws rows it has never drawn.`,
      '',
      '| measure | result |',
      '|---|---|',
      `| log: open, navigation to first lines | ${result.viewer.openMs} ms |`,
      `| log: longest task while opening | ${result.viewer.openLongestTaskMs} ms |`,
      `| log: scroll top to bottom | ${result.viewer.scrollEndToEndMs} ms |`,
      `| log: longest frame while scrolling | ${result.viewer.longestFrameMs} ms |`,
      `| log: frames over 100 ms while scrolling | ${result.viewer.framesOver100Ms} |`,
      `| log: longest task while scrolling | ${result.viewer.longestTaskMs} ms |`,
      `| bulk: gather ${BULK.toLocaleString('en-US')} matching jobs and preview | ${result.bulk.previewMs} ms |`,
      `| bulk: cancel ${BULK.toLocaleString('en-US')} jobs, 4 at a time | ${result.bulk.runMs} ms |`,
      `| bulk: longest frame during gather, preview and run | ${result.bulk.longestFrameMs} ms |`,
      `| bulk: frames over 100 ms | ${result.bulk.framesOver100Ms} |`,
      `| bulk: longest task | ${result.bulk.longestTaskMs} ms |`,
    ]);
    console.log(JSON.stringify(result, null, 2));
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
