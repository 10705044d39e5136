import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHistoryApi, memoryDayStore, type FakeFinished } from './history-fake-api.ts';

const NOW = Date.UTC(2026, 11, 10, 12, 0, 0);
// Over ten days (Dec 1 to 10): 40 jobs a day, one every 36 minutes, the last ones still ending today.
const jobs: FakeFinished[] = Array.from({ length: 400 }, (_, i) => {
  const end = Date.UTC(2026, 11, 1) + i * 36 * 60_000 + 60_000;
  return { jobId: `j${i}`, workflowName: i % 3 ? 'Payroll' : 'Sales', queuedMs: end - 300_000, startMs: end - 120_000, runS: 120 };
}).filter((j) => j.startMs + j.runS * 1000 <= NOW);
const endOf = (j: FakeFinished) => j.startMs + j.runS * 1000;
const onDay = (day: string) => jobs.filter((j) => new Date(endOf(j)).toISOString().startsWith(day));

async function load() {
  vi.resetModules();
  return (await import('./finished-days.ts')).readFinishedDays;
}
afterEach(() => vi.unstubAllGlobals());

describe('reading the finished days', () => {
  it('asks for each day exactly, newest first, and reads every job of it', async () => {
    const api = fakeHistoryApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    const read = await load();
    const { store } = memoryDayStore();
    const result = await read('2026-12-05', '2026-12-10', { signal: new AbortController().signal, cap: 10_000, nowMs: NOW, store });
    const expected = ['2026-12-10', '2026-12-09', '2026-12-08', '2026-12-07', '2026-12-06', '2026-12-05'].flatMap(onDay);
    expect(result.jobs.map((j) => j.jobId).sort()).toEqual(expected.map((j) => j.jobId).sort());
    expect(result.jobs.map((j) => j.day)).toEqual([...result.jobs.map((j) => j.day)].sort().reverse());
    expect(result).toMatchObject({ read: expected.length, kept: 0, capped: false, coveredFromDay: '2026-12-05', total: expected.length });
    const page = api.lists.find((q) => q.get('limit') === '1000' && q.get('completedAfter') === '2026-12-06')!;
    expect(Object.fromEntries(page)).toMatchObject({
      statuses: 'Complete',
      allUsers: 'true',
      completedBefore: '2026-12-08',
      sortField: 'CompletionDateTime',
      direction: 'desc',
      offset: '0',
    });
    const job = result.jobs.find((j) => j.jobId === expected[0]!.jobId)!;
    expect(job).toMatchObject({
      runMs: 120_000,
      waitMs: 180_000,
      endMs: endOf(expected[0]!),
      workflowId: `wf-${expected[0]!.workflowName}`,
    });
  });

  it('keeps the days that are over and never asks for them again; today and yesterday are read each time', async () => {
    const api = fakeHistoryApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    const read = await load();
    const { store, days } = memoryDayStore();
    const opts = { signal: new AbortController().signal, cap: 10_000, nowMs: NOW, store };
    const first = await read('2026-12-05', '2026-12-10', opts);
    expect([...days.keys()].sort()).toEqual(['2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08']);
    api.lists.length = 0;
    const again = await read('2026-12-05', '2026-12-10', opts);
    const asked = new Set(api.lists.map((q) => q.get('completedAfter')));
    expect(asked).toEqual(new Set(['2026-12-08', '2026-12-09']));
    expect(again.kept).toBe(onDay('2026-12-05').length * 4);
    expect(again.read).toBe(onDay('2026-12-09').length + onDay('2026-12-10').length);
    expect(again.jobs.map((j) => j.jobId)).toEqual(first.jobs.map((j) => j.jobId));
  });

  it('pages a day by a thousand until its totalItems, a job seen twice counted once', async () => {
    const busy: FakeFinished[] = Array.from({ length: 2500 }, (_, i) => ({
      jobId: `b${i}`,
      workflowName: 'Busy',
      queuedMs: Date.UTC(2026, 11, 3) + i * 30_000,
      startMs: Date.UTC(2026, 11, 3) + i * 30_000,
      runS: 1,
    }));
    const api = fakeHistoryApi(busy);
    vi.stubGlobal('fetch', api.fetch);
    const result = await (
      await load()
    )('2026-12-03', '2026-12-03', { signal: new AbortController().signal, cap: 10_000, nowMs: NOW, store: memoryDayStore().store });
    expect(result.jobs).toHaveLength(busy.filter((j) => endOf(j) < Date.UTC(2026, 11, 4)).length);
    expect(new Set(result.jobs.map((j) => j.jobId)).size).toBe(result.jobs.length);
    expect(api.lists.filter((q) => q.get('limit') === '1000').map((q) => q.get('offset'))).toEqual(['0', '1000', '2000']);
  });

  it('the cap cuts the oldest days, says so, and keeps no day it cut', async () => {
    vi.stubGlobal('fetch', fakeHistoryApi(jobs).fetch);
    const { store, days } = memoryDayStore();
    const perDay = onDay('2026-12-08').length;
    const cap = onDay('2026-12-10').length + onDay('2026-12-09').length + perDay + 5;
    const result = await (await load())('2026-12-01', '2026-12-10', { signal: new AbortController().signal, cap, nowMs: NOW, store });
    expect(result).toMatchObject({ capped: true, coveredFromDay: '2026-12-08', total: jobs.length });
    expect(result.jobs).toHaveLength(cap);
    expect(result.jobs.filter((j) => j.day === '2026-12-07')).toHaveLength(5);
    expect([...days.keys()]).toEqual(['2026-12-08']);
  });

  it('takes the cap from the dashboard server when none is given', async () => {
    vi.stubGlobal('fetch', fakeHistoryApi(jobs, { historyMaxJobs: 100 }).fetch);
    const result = await (
      await load()
    )('2026-12-01', '2026-12-10', { signal: new AbortController().signal, nowMs: NOW, store: memoryDayStore().store });
    expect(result.jobs).toHaveLength(100);
    expect(result.capped).toBe(true);
  });

  it('an abort stops the walk and keeps nothing of the day it was reading', async () => {
    const abort = new AbortController();
    const api = fakeHistoryApi(jobs, {
      onList: (q) => {
        // The first page of Dec 5.
        if (q.get('completedAfter') === '2026-12-04' && q.get('limit') === '1000') abort.abort();
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const { store, days } = memoryDayStore();
    const progress: number[] = [];
    await expect(
      (await load())('2026-12-01', '2026-12-10', {
        signal: abort.signal,
        cap: 10_000,
        nowMs: NOW,
        store,
        onProgress: (n) => progress.push(n),
      }),
    ).rejects.toThrow();
    expect([...days.keys()].sort()).toEqual(['2026-12-06', '2026-12-07', '2026-12-08']);
    expect(progress.at(-1)).toBeLessThan(jobs.length);
  });
});
