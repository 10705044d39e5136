import { describe, expect, it } from 'vitest';
import { absoluteTime, formatShare, humanDuration, parseTimeSpan, relativeTime, tableTime } from './format.ts';

const NOW = Date.UTC(2026, 10, 29, 9, 0, 0);

describe('relativeTime', () => {
  it.each([
    [NOW - 10_000, 'en', '10 sec. ago'],
    [NOW - 3 * 60_000, 'en', '3 min. ago'],
    [NOW - 2 * 3600_000, 'en', '2 hr. ago'],
    [NOW - 86_400_000, 'en', 'yesterday'],
    [NOW - 3 * 60_000, 'ja', '3分前'],
    [NOW - 15_000, 'ja', '15秒前'],
  ])('%i in %s is "%s"', (ms, locale, expected) => {
    expect(relativeTime(ms, NOW, locale)).toBe(expected);
  });
});

describe('absoluteTime', () => {
  it('names the zone: UTC when asked', () => {
    expect(absoluteTime(NOW, 'utc', 'en')).toBe('Nov 29, 2026, 9:00:00 AM UTC');
    expect(absoluteTime(NOW, 'utc', 'ja')).toBe('2026/11/29 9:00:00 UTC');
  });

  it('names the local zone too', () => {
    expect(absoluteTime(NOW, 'local', 'en')).toMatch(/\d{4}, .+ [A-Z]{2,5}([+-]\d+)?$/);
  });
});

describe('tableTime', () => {
  it('is relative for the last day, then a short date and time in the zone', () => {
    expect(tableTime(NOW - 3 * 60_000, NOW, 'utc', 'en')).toBe('3 min. ago');
    expect(tableTime(NOW - 3 * 86_400_000, NOW, 'utc', 'en')).toBe('Nov 26, 09:00 AM');
    expect(tableTime(NOW - 3 * 86_400_000, NOW, 'utc', 'ja')).toBe('11月26日 09:00');
    expect(tableTime(Date.UTC(2025, 0, 2, 15, 4), NOW, 'utc', 'en')).toBe('Jan 2, 2025, 03:04 PM');
  });
});

describe('durations', () => {
  it('reads .NET TimeSpans: days before the hours, and fractions of a second', () => {
    expect(parseTimeSpan('1.02:05:00')).toBe((26 * 3600 + 300) * 1000);
    expect(parseTimeSpan('00:00:02.1234567')).toBe(2123);
    expect(parseTimeSpan('12.00:00:00')).toBe(12 * 86_400_000);
    expect(parseTimeSpan('3.23:59:59.9999999')).toBe((3 * 86_400 + 86_399) * 1000 + 1000);
  });

  it('reads a negative TimeSpan as negative, and refuses what is not a TimeSpan', () => {
    expect(parseTimeSpan('-00:00:05')).toBe(-5000);
    expect(parseTimeSpan('-1.00:00:00')).toBe(-86_400_000);
    for (const bad of ['1.2.03:04:05', '00:60:00', '00:00:61', '00:00:02.12345678', 'P1DT2H', '--00:00:01', '', '12']) {
      expect(parseTimeSpan(bad), bad).toBeNull();
    }
  });

  it('reads HH:MM:SS, with hours past 24', () => {
    expect(parseTimeSpan('00:00:02')).toBe(2000);
    expect(parseTimeSpan('27:03:00')).toBe((27 * 3600 + 180) * 1000);
    expect(parseTimeSpan('2 minutes')).toBeNull();
    expect(parseTimeSpan('1:00')).toBeNull();
    expect(parseTimeSpan(null)).toBeNull();
  });

  it.each([
    [0, 'en', '0s'],
    [45_000, 'en', '45s'],
    [125_000, 'en', '2m 5s'],
    [3_600_000, 'en', '1h'],
    [7_500_000, 'en', '2h 5m'],
    [90_061_000, 'en', '25h 1m'],
    [(26 * 3600 + 300) * 1000, 'en', '26h 5m'],
    [(26 * 3600 + 300) * 1000, 'ja', '26時間5分'],
    [-5000, 'en', '\u22125s'],
    [-400, 'en', '0s'],
    [125_000, 'ja', '2分5秒'],
  ])('%i ms in %s is "%s"', (ms, locale, expected) => {
    expect(humanDuration(ms, locale)).toBe(expected);
  });
});

describe('formatShare', () => {
  it.each([
    [0.05, 'en', '5.0%'],
    [0.0472, 'en', '4.7%'],
    [1, 'ja', '100.0%'],
    [0, 'en', '0.0%'],
  ])('%f in %s is "%s", one decimal always, so a column lines up', (share, locale, expected) => {
    expect(formatShare(share, locale)).toBe(expected);
  });
});
