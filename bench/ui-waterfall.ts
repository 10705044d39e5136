/**
 * The first view's waterfall, for `npm run bench:ui`: every request the page made (start and
 * end, bytes on the wire), every long task, the paints and the moment the first 50 rows were
 * on screen, in one timeline from navigation start.
 */
import type { Page } from '@playwright/test';

interface Entry {
  start: number;
  end: number;
  what: string;
}

const READ = `(() => {
  const short = (url) => { const u = new URL(url); return u.pathname.replace(/^\\/assets\\//, '') + (u.search ? u.search.slice(0, 60) : ''); };
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    nav: { start: 0, end: nav.responseEnd, what: 'the page ' + short(nav.name) + ' (' + nav.transferSize + ' B)' },
    requests: performance.getEntriesByType('resource').map((e) => ({
      start: e.startTime, end: e.responseEnd, what: short(e.name) + ' (' + (e.transferSize || 'cached') + (e.transferSize ? ' B' : '') + ')',
    })),
    paints: performance.getEntriesByType('paint').map((e) => ({ start: e.startTime, end: e.startTime, what: e.name })),
    tasks: window.__bench.tasks.map((t) => ({ start: t.start, end: t.start + t.duration, what: 'long task, ' + Math.round(t.duration) + ' ms' })),
  };
})()`;

/** The timeline up to `firstRowsAt` (and a little after), one line per event, in start order. */
export async function waterfall(page: Page, firstRowsAt: number): Promise<string[]> {
  const r = (await page.evaluate(READ)) as { nav: Entry; requests: Entry[]; paints: Entry[]; tasks: Entry[] };
  const all = [r.nav, ...r.requests, ...r.paints, ...r.tasks, { start: firstRowsAt, end: firstRowsAt, what: '50 rows on screen' }]
    .filter((e) => e.start <= firstRowsAt + 50)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const ms = (n: number) => String(Math.round(n)).padStart(5);
  return all.map((e) =>
    e.end > e.start ? `${ms(e.start)}–${ms(e.end).trim().padEnd(5)} ms  ${e.what}` : `${ms(e.start)}        ms  ${e.what}`,
  );
}
