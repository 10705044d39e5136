import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHistoryApi, made } from './history-fake-api.ts';
import { runBaselines } from './run-baselines.ts';

const M = 60_000;
const T = Date.UTC(2026, 11, 7);

afterEach(() => vi.unstubAllGlobals());

describe('run baselines', () => {
  it('per workflow name however it is written: the median and nearest-rank p95 of the runs', () => {
    const jobs = [
      ...Array.from({ length: 19 }, (_, i) => made({ workflowName: 'Payroll', startMs: T, runMs: (i + 1) * M })),
      made({ workflowName: 'PAYROLL.yxmd', startMs: T, runMs: 100 * M }),
      { ...made({ workflowName: 'Payroll', startMs: T, runMs: M }), runMs: null },
      made({ workflowName: 'Sales', startMs: T, runMs: 7 * M }),
    ];
    const b = runBaselines(jobs);
    expect(b.get('payroll')).toEqual({ n: 20, medianMs: 10 * M, p95Ms: 19 * M });
    expect(b.get('sales')).toEqual({ n: 1, medianMs: 7 * M, p95Ms: 7 * M });
  });
});

describe('day counts', () => {
  it('one limit=1 list per day, its totalItems the count', async () => {
    const jobs = [0, 1, 1, 3].map((d, i) => ({
      jobId: `c${i}`,
      workflowName: 'W',
      queuedMs: T + d * 86_400_000,
      startMs: T + d * 86_400_000,
      runS: 60,
    }));
    const api = fakeHistoryApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    vi.resetModules();
    const { readDayCounts } = await import('./day-counts.ts');
    const counts = await readDayCounts('2026-12-07', '2026-12-10', { signal: new AbortController().signal, nowMs: T + 3 * 86_400_000 });
    expect(counts).toEqual([
      { day: '2026-12-07', count: 1 },
      { day: '2026-12-08', count: 2 },
      { day: '2026-12-09', count: 0 },
      { day: '2026-12-10', count: 1 },
    ]);
    expect(api.lists).toHaveLength(4);
    expect(api.lists.every((q) => q.get('limit') === '1')).toBe(true);
  });
});
