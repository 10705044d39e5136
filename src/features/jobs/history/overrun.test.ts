import { describe, expect, it } from 'vitest';
import { MIN_RUNS, overrun } from './overrun.ts';

const MIN = 60_000;
const THRESHOLD = 120 * MIN;
const baseline = (n: number, p95Min: number) => ({ n, medianMs: (p95Min / 2) * MIN, p95Ms: p95Min * MIN });

describe('overrun', () => {
  it('is past the p95 of enough runs', () => {
    expect(overrun(13 * MIN, baseline(34, 12), THRESHOLD)).toEqual({ over: 'p95', limitMs: 12 * MIN, runs: 34, byMs: MIN });
  });

  it('is not at or under the p95', () => {
    expect(overrun(12 * MIN, baseline(34, 12), THRESHOLD)).toBeNull();
    expect(overrun(2 * MIN, baseline(34, 12), THRESHOLD)).toBeNull();
  });

  it('ignores a p95 of too few runs', () => {
    expect(overrun(60 * MIN, baseline(MIN_RUNS - 1, 12), THRESHOLD)).toBeNull();
    expect(overrun(60 * MIN, baseline(MIN_RUNS, 12), THRESHOLD)?.over).toBe('p95');
  });

  it('falls back to the threshold without a baseline', () => {
    expect(overrun(119 * MIN, undefined, THRESHOLD)).toBeNull();
    expect(overrun(27 * 60 * MIN, null, THRESHOLD)).toEqual({ over: 'threshold', limitMs: THRESHOLD, byMs: 25 * 60 * MIN });
  });

  it('flags a job past the threshold even when its workflow usually runs longer', () => {
    expect(overrun(180 * MIN, baseline(40, 300), THRESHOLD)).toEqual({ over: 'threshold', limitMs: THRESHOLD, byMs: 60 * MIN });
  });

  it('names the p95 when a job is past both', () => {
    expect(overrun(200 * MIN, baseline(40, 150), THRESHOLD)?.over).toBe('p95');
  });

  it('has no threshold at 0, and no answer without a run time', () => {
    expect(overrun(10_000 * MIN, undefined, 0)).toBeNull();
    expect(overrun(null, baseline(40, 1), THRESHOLD)).toBeNull();
  });
});
