import { describe, expect, it } from 'vitest';
import { made } from './history-fake-api.ts';
import { busiest, maxConcurrent, queueWaits, throughput, topBy, waitHeatmap } from './history-stats.ts';

const H = 3_600_000;
const M = 60_000;
// Monday, 7 December 2026, 00:00 UTC.
const MON = Date.UTC(2026, 11, 7);

describe('the history figures', () => {
  it('counts completions per UTC hour over the window, empty hours included', () => {
    const jobs = [
      made({ startMs: MON + 1 * H, runMs: 10 * M }),
      made({ startMs: MON + 1 * H + 20 * M, runMs: 5 * M }),
      made({ startMs: MON + 3 * H, runMs: M }),
      made({ startMs: MON - 2 * H, runMs: M }), // before the window
    ];
    const buckets = throughput(jobs, MON, MON + 4 * H - 1, 'hour', 'utc');
    expect(buckets.map((b) => b.count)).toEqual([0, 2, 0, 1]);
    expect(buckets[1]!.startMs).toBe(MON + H);
  });

  it('counts per day in the zone asked for', () => {
    const jobs = [
      made({ startMs: MON + 2 * H, runMs: M }),
      made({ startMs: MON + 30 * H, runMs: M }),
      made({ startMs: MON + 31 * H, runMs: M }),
    ];
    expect(throughput(jobs, MON, MON + 3 * 24 * H - 1, 'day', 'utc').map((b) => b.count)).toEqual([1, 2, 0]);
  });

  it('gives the median and the nearest-rank p95 of the queue wait per hour queued', () => {
    // Twenty jobs queued at 09:xx waiting 1..20 minutes; none at 10:xx.
    const jobs = Array.from({ length: 20 }, (_, i) =>
      made({ queuedMs: MON + 9 * H + i * M, startMs: MON + 9 * H + i * M + (i + 1) * M, runMs: M }),
    );
    const [nine, ten] = queueWaits(jobs, MON + 9 * H, MON + 10 * H + 1, 'hour', 'utc');
    expect(nine).toMatchObject({ n: 20, medianMs: 10 * M, p95Ms: 19 * M });
    expect(ten).toMatchObject({ n: 0, medianMs: null, p95Ms: null });
  });

  it('shows the Monday 08:00 pile-up in the hour-of-week heatmap, Monday first', () => {
    const jobs = [
      made({ queuedMs: MON + 8 * H, startMs: MON + 8 * H + 40 * M, runMs: M }),
      made({ queuedMs: MON + 8 * H + 5 * M, startMs: MON + 8 * H + 25 * M, runMs: M }),
      made({ queuedMs: MON + 7 * 24 * H + 8 * H, startMs: MON + 7 * 24 * H + 8 * H + 30 * M, runMs: M }),
      // Sunday 23:00.
      made({ queuedMs: MON - H, startMs: MON - H + M, runMs: M }),
    ];
    const map = waitHeatmap(jobs, 'utc');
    expect(map).toHaveLength(7);
    expect(map.every((row) => row.length === 24)).toBe(true);
    expect(map[0]![8]).toEqual({ n: 3, avgMs: 30 * M });
    expect(map[6]![23]).toEqual({ n: 1, avgMs: M });
    expect(map[0]![9]).toEqual({ n: 0, avgMs: null });
  });

  it('ranks the busiest workflows by runs and by run time, with their shares', () => {
    const jobs = [
      ...Array.from({ length: 3 }, () => made({ workflowName: 'Payroll.yxmd', startMs: MON, runMs: M })),
      made({ workflowName: 'payroll', startMs: MON, runMs: M }),
      made({ workflowName: 'Forecast', startMs: MON, runMs: 12 * M }),
    ];
    const rows = busiest(jobs, 'workflow');
    expect(rows.map((r) => [r.name, r.runs])).toEqual([
      ['Payroll.yxmd', 4],
      ['Forecast', 1],
    ]);
    expect(rows[0]!.runShare).toBeCloseTo(0.8);
    expect(topBy(rows, 'runMs')[0]).toMatchObject({ name: 'Forecast', runMs: 12 * M, runMsShare: 0.75 });
    expect(busiest(jobs, 'user')).toMatchObject([{ name: 'Ada Lovelace', runs: 5, runShare: 1 }]);
  });

  it('finds the most jobs running at once; one ending as another starts is one slot', () => {
    const jobs = [
      made({ startMs: MON, runMs: 10 * M }),
      made({ startMs: MON + 2 * M, runMs: 5 * M }),
      made({ startMs: MON + 3 * M, runMs: M }),
      made({ startMs: MON + 10 * M, runMs: M }),
    ];
    expect(maxConcurrent(jobs)).toBe(3);
    expect(maxConcurrent([made({ startMs: MON, runMs: M }), made({ startMs: MON + M, runMs: M })])).toBe(1);
    expect(maxConcurrent([])).toBe(0);
  });
});
