import { describe, expect, it } from 'vitest';
import { lastDay, monthChange, recentMonths, usageDays, wholeMonth } from './usage-range.ts';

const NOW = Date.UTC(2026, 11, 1, 23, 30); // 2026-12-01, late evening UTC

describe('the report’s days', () => {
  it('are the current UTC month by default, read up to today', () => {
    expect(usageDays(null, null, NOW)).toEqual({ fromDay: '2026-12-01', toDay: '2026-12-31', readTo: '2026-12-01', future: false });
  });

  it('are the URL’s range when it names one; a range in the past is read whole, one ahead not at all', () => {
    expect(usageDays('2026-11-03', '2026-11-05', NOW)).toMatchObject({ readTo: '2026-11-05', future: false });
    expect(usageDays('2027-01-01', '2027-01-31', NOW)).toMatchObject({ future: true });
  });

  it('know a whole month, its last day in every month length, and the recent months newest first', () => {
    expect(wholeMonth('2026-02-01', '2026-02-28')).toBe('2026-02');
    expect(wholeMonth('2026-02-01', '2026-02-27')).toBeNull();
    expect(wholeMonth('2026-01-31', '2026-02-28')).toBeNull();
    expect(['2024-02', '2026-02', '2026-04', '2026-12'].map(lastDay)).toEqual(['2024-02-29', '2026-02-28', '2026-04-30', '2026-12-31']);
    expect(recentMonths(NOW, 14).slice(0, 2)).toEqual(['2026-12', '2026-11']);
    expect(recentMonths(NOW, 14).at(-1)).toBe('2025-11');
  });

  it('leave the current month out of the URL', () => {
    expect(monthChange('2026-12', NOW)).toEqual({ usageFrom: null, usageTo: null });
    expect(monthChange('2026-10', NOW)).toEqual({ usageFrom: '2026-10-01', usageTo: '2026-10-31' });
  });
});
