import { describe, expect, it } from 'vitest';
import { testJob as job } from './test-jobs.ts';
import { hours, usageReport } from './usage-report.ts';

const MIN = 60_000;
const jobs = [
  job('Payroll', 'Ada', '2026-11-02', 10 * MIN),
  job('Payroll', 'Ada', '2026-11-02', 20 * MIN),
  // The same workflow as the server also names it: one row, under the name most of its runs had.
  job('payroll.yxmd', 'Kenji', '2026-11-04', 30 * MIN),
  job('Sales', 'Kenji', '2026-11-04', 5 * MIN),
  job('Sales', 'Kenji', '2026-11-03', null),
  job('Audit', 'Ada', '2026-11-03', 90 * MIN),
  job('Audit', 'Ada', '2026-11-04', 1 * MIN),
  // Outside the range: not counted.
  job('Payroll', 'Ada', '2026-10-31', 60 * MIN),
  job('Audit', 'Ada', '2026-11-06', 60 * MIN),
];

describe('the usage report', () => {
  const report = usageReport(jobs, '2026-11-01', '2026-11-05');

  it('counts the runs and run time of the range, and every table adds up to the totals', () => {
    expect(report.total).toEqual({ runs: 7, runMs: 156 * MIN, untimed: 1, share: 1 });
    for (const table of [report.workflows, report.users, report.days]) {
      expect(table.reduce((s, r) => s + r.runs, 0)).toBe(7);
      expect(table.reduce((s, r) => s + r.runMs, 0)).toBe(156 * MIN);
    }
    expect(report.workflows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });

  it('puts the most runs first, the longer run time first among equals, then the name', () => {
    expect(report.workflows.map((r) => [r.key, r.runs, r.runMs / MIN])).toEqual([
      ['payroll', 3, 60],
      ['audit', 2, 91],
      ['sales', 2, 5],
    ]);
    expect(report.workflows[0]!.share).toBeCloseTo(3 / 7, 12);
    expect(report.workflows.map((r) => r.name)).toEqual(['Payroll', 'Audit', 'Sales']);
    expect(report.users.map((r) => [r.key, r.runs])).toEqual([
      ['Ada', 4],
      ['Kenji', 3],
    ]);
  });

  it('counts a job without a run time as a run, adds nothing to the run time, and says so', () => {
    const sales = report.workflows.find((r) => r.name === 'Sales')!;
    expect(sales).toMatchObject({ runs: 2, runMs: 5 * MIN, untimed: 1 });
    expect(report.days.find((r) => r.key === '2026-11-03')).toMatchObject({ runs: 2, runMs: 90 * MIN, untimed: 1 });
  });

  it('lists every day of the range oldest first, days without a run as zero', () => {
    expect(report.days.map((r) => [r.key, r.runs])).toEqual([
      ['2026-11-01', 0],
      ['2026-11-02', 2],
      ['2026-11-03', 2],
      ['2026-11-04', 3],
      ['2026-11-05', 0],
    ]);
  });

  it('of no jobs, is empty with zero totals and no share', () => {
    const empty = usageReport([], '2026-11-01', '2026-11-02');
    expect(empty.workflows).toEqual([]);
    expect(empty.total).toEqual({ runs: 0, runMs: 0, untimed: 0, share: 0 });
    expect(empty.days.map((d) => d.share)).toEqual([0, 0]);
  });

  it('writes hours as a plain number to four decimals', () => {
    expect(hours(90 * MIN)).toBe(1.5);
    expect(hours(1000)).toBe(0.0003);
    expect(hours(0)).toBe(0);
  });
});
