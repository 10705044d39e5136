import { describe, expect, it } from 'vitest';
import { formatDuration } from './domain.ts';

describe('run times as a real server writes them', () => {
  it.each([
    [2_000, '00:00:02'],
    [(23 * 3600 + 59 * 60 + 59) * 1000, '23:59:59'],
    [86_400_000, '1.00:00:00'],
    [(26 * 3600 + 5 * 60) * 1000, '1.02:05:00'],
    [12 * 86_400_000 + 999, '12.00:00:00'],
    [-5, '00:00:00'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
