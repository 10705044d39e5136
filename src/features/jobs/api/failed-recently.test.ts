import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeJobsApi, type FakeJob } from '../facts/fake-jobs-api.ts';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const HOUR = 3_600_000;
// A job ending every 6 minutes over the last 3 days; every 4th one failed.
const jobs: FakeJob[] = Array.from({ length: 720 }, (_, i) => {
  const end = NOW - i * 6 * 60_000 - 30_000;
  return {
    jobId: `f${i}`,
    status: 'Completed',
    workflowName: 'Payroll',
    queueMs: end - 120_000,
    startMs: end - 60_000,
    runS: 60,
    disposition: i % 4 === 0 ? 'Error' : 'Success',
  };
});

async function walk() {
  vi.resetModules();
  return (await import('./failed-recently.ts')).failedRecently;
}

afterEach(() => vi.unstubAllGlobals());

describe('what failed in a window', () => {
  it('reads exactly the jobs that ended in it, and lists the failed ones newest first', async () => {
    const api = fakeJobsApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    const failedRecently = await walk();
    const result = await failedRecently('24h', NOW, new AbortController().signal, () => undefined);
    const inWindow = jobs.filter((j) => j.startMs! + j.runS! * 1000 >= NOW - 24 * HOUR);
    expect(result.read).toBe(inWindow.length);
    expect(result.failed.map((j) => j.jobId)).toEqual(inWindow.filter((j) => j.disposition === 'Error').map((j) => j.jobId));
    expect(result.capped).toBe(false);
  });

  it('walked again a minute later, reads only what ended since, and keeps the rest', async () => {
    const api = fakeJobsApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    const failedRecently = await walk();
    const first = await failedRecently('7d', NOW, new AbortController().signal, () => undefined);
    const lists = api.log.lists;
    const views = api.log.views.length;
    const again = await failedRecently('7d', NOW + 60_000, new AbortController().signal, () => undefined, first);
    expect(api.log.lists - lists).toBe(1);
    expect(api.log.views.length).toBe(views);
    expect(again.read).toBe(first.read);
    expect(again.failed.map((j) => j.jobId)).toEqual(first.failed.map((j) => j.jobId));
  });
});
