import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketTick, tickByLabel } from './bucket-labels.ts';

describe('tickByLabel', () => {
  const start = Date.UTC(2026, 10, 30, 14);
  const hours = Array.from({ length: 24 }, (_, i) => start + i * 3_600_000).map((ms) => ({
    label: bucketLabel(ms, 'hour', 'utc', 'en'),
    tick: bucketTick(ms, 'hour', 'utc', 'en'),
  }));

  it('names each tick after its own bucket, whichever ticks the chart leaves out', () => {
    const format = tickByLabel(hours);
    // The chart draws every other tick: the second drawn is the third bucket, 16:00.
    expect(format(hours[2]!.label)).toBe('16:00');
    expect(format(hours[23]!.label)).toBe('13:00');
    expect(hours.map((h) => format(h.label))).toEqual(hours.map((h) => h.tick));
  });

  it('names no tick for a label it does not know', () => {
    expect(tickByLabel(hours)('Tue 99:00')).toBe('');
  });
});
