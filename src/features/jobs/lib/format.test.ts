import { describe, expect, it } from 'vitest';
import { absoluteTime, humanDuration, parseHms, relativeTime, tableTime } from './format.ts';

const NOW = Date.UTC(2026, 10, 29, 9, 0, 0);

describe('relativeTime', () => {
  it.each([
    [NOW - 10_000, 'en', '10 sec. ago'],
    [NOW - 3 * 60_000, 'en', '3 min. ago'],
    [NOW - 2 * 3600_000, 'en', '2 hr. ago'],
    [NOW - 86_400_000, 'en', 'yesterday'],
    [NOW - 3 * 60_000, 'ja', '3 分前'],
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
    expect(parseHms('1.02:05:00')).toBe((26 * 3600 + 300) * 1000);
    expect(parseHms('00:00:02.1234567')).toBe(2123);
    expect(parseHms('12.00:00:00')).toBe(12 * 86_400_000);
  });

  it('reads HH:MM:SS, with hours past 24', () => {
    expect(parseHms('00:00:02')).toBe(2000);
    expect(parseHms('27:03:00')).toBe((27 * 3600 + 180) * 1000);
    expect(parseHms('2 minutes')).toBeNull();
    expect(parseHms('1:00')).toBeNull();
    expect(parseHms(null)).toBeNull();
  });

  it.each([
    [0, 'en', '0s'],
    [45_000, 'en', '45s'],
    [125_000, 'en', '2m 5s'],
    [3_600_000, 'en', '1h'],
    [7_500_000, 'en', '2h 5m'],
    [90_061_000, 'en', '1d 1h'],
    [125_000, 'ja', '2分5秒'],
  ])('%i ms in %s is "%s"', (ms, locale, expected) => {
    expect(humanDuration(ms, locale)).toBe(expected);
  });
});
