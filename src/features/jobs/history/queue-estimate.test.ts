import { describe, expect, it } from 'vitest';
import { estimatePool, guessSlots, median, priorityRank, queueOrder } from './queue-estimate.ts';

const MIN = 60_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * MIN).toISOString();

describe('priority rank', () => {
  it.each([
    ['Low', 0],
    ['Default', 0],
    ['0', 0],
    ['Medium', 1],
    ['1', 1],
    ['High', 2],
    ['02', 2],
    ['Critical', 3],
    ['3', 3],
    ['4', 4],
    ['6', 6],
    ['5', 5],
    ['Whatever', 0],
    [null, 0],
  ])('%s ranks %i', (p, rank) => {
    expect(priorityRank(p)).toBe(rank);
  });

  it('puts validation above chained apps above Critical', () => {
    expect(priorityRank('6')).toBeGreaterThan(priorityRank('4'));
    expect(priorityRank('4')).toBeGreaterThan(priorityRank('Critical'));
  });
});

describe('queue order', () => {
  it('takes the highest priority first, then the oldest', () => {
    const jobs = [
      { id: 'a', priority: 'Low', queueTime: at(50) },
      { id: 'b', priority: 'High', queueTime: at(10) },
      { id: 'c', priority: '2', queueTime: at(20) },
      { id: 'd', priority: null, queueTime: at(60) },
      { id: 'e', priority: '6', queueTime: at(1) },
    ];
    expect(queueOrder(jobs).map((j) => j.id)).toEqual(['e', 'c', 'b', 'd', 'a']);
  });

  it('keeps equal jobs in the order given, and one without a time last among its rank', () => {
    const jobs = [
      { id: 'x', priority: 'Low', queueTime: null },
      { id: 'y', priority: 'Low', queueTime: at(5) },
      { id: 'z', priority: 'Low', queueTime: at(5) },
    ];
    expect(queueOrder(jobs).map((j) => j.id)).toEqual(['y', 'z', 'x']);
  });
});

describe('estimated starts', () => {
  it('gives idle slots to the first jobs at once', () => {
    const e = estimatePool({ nowMs: NOW, slots: 3, busy: [], queued: [10 * MIN, 10 * MIN, 10 * MIN, 10 * MIN], overallMedianMs: 5 * MIN });
    expect(e?.startsMs).toEqual([NOW, NOW, NOW, NOW + 10 * MIN]);
    expect(e?.busySlots).toBe(0);
    expect(e?.nextFreeMs).toBeNull();
  });

  it('frees a busy slot when its job reaches its median', () => {
    const e = estimatePool({
      nowMs: NOW,
      slots: 2,
      busy: [
        { elapsedMs: 5 * MIN, medianMs: 20 * MIN },
        { elapsedMs: 1 * MIN, medianMs: 30 * MIN },
      ],
      queued: [10 * MIN, null, 10 * MIN],
      overallMedianMs: 4 * MIN,
    });
    // Slot A frees at +15, slot B at +29; job 1 takes A (frees at +25), job 2 takes A at +25
    // with the overall median (frees at +29), job 3 takes B at +29.
    expect(e?.startsMs).toEqual([NOW + 15 * MIN, NOW + 25 * MIN, NOW + 29 * MIN]);
    expect(e?.nextFreeMs).toBe(NOW + 15 * MIN);
    expect(e?.busySlots).toBe(2);
  });

  it('gives a job already past its median at least another minute', () => {
    const e = estimatePool({
      nowMs: NOW,
      slots: 1,
      busy: [{ elapsedMs: 27 * 60 * MIN, medianMs: 8 * MIN }],
      queued: [8 * MIN],
      overallMedianMs: 8 * MIN,
    });
    expect(e?.startsMs).toEqual([NOW + MIN]);
  });

  it('uses the overall median for a running job whose workflow has none', () => {
    const e = estimatePool({
      nowMs: NOW,
      slots: 1,
      busy: [{ elapsedMs: 2 * MIN, medianMs: null }],
      queued: [MIN],
      overallMedianMs: 12 * MIN,
    });
    expect(e?.startsMs).toEqual([NOW + 10 * MIN]);
  });

  it('counts every running job as a slot, even past the setting', () => {
    const e = estimatePool({
      nowMs: NOW,
      slots: 1,
      busy: [
        { elapsedMs: 0, medianMs: 10 * MIN },
        { elapsedMs: 0, medianMs: 20 * MIN },
      ],
      queued: [5 * MIN, 5 * MIN],
      overallMedianMs: 5 * MIN,
    });
    expect(e?.slots).toBe(2);
    expect(e?.startsMs).toEqual([NOW + 10 * MIN, NOW + 15 * MIN]);
  });

  it('can hold slots that no known job holds until later (a tag whose workers are not known)', () => {
    const e = estimatePool({
      nowMs: NOW,
      slots: 1,
      busy: [],
      idleFreeAtMs: NOW + MIN,
      queued: [3 * MIN, 3 * MIN],
      overallMedianMs: 3 * MIN,
    });
    expect(e?.startsMs).toEqual([NOW + MIN, NOW + 4 * MIN]);
  });

  it('never starts a job before now, and more slots never start one later', () => {
    const input = {
      nowMs: NOW,
      busy: [
        { elapsedMs: 3 * MIN, medianMs: 7 * MIN },
        { elapsedMs: 40 * MIN, medianMs: 45 * MIN },
      ],
      queued: [6 * MIN, 2 * MIN, null, 9 * MIN, 1 * MIN],
      overallMedianMs: 5 * MIN,
    };
    const few = estimatePool({ ...input, slots: 2 })!;
    const many = estimatePool({ ...input, slots: 4 })!;
    for (const [i, s] of few.startsMs.entries()) {
      expect(s).toBeGreaterThanOrEqual(NOW);
      expect(many.startsMs[i]!).toBeLessThanOrEqual(s);
    }
    // Starts come in queue order.
    expect([...few.startsMs].sort((a, b) => a - b)).toEqual(few.startsMs);
  });

  it('has nothing to go by without any median', () => {
    expect(
      estimatePool({ nowMs: NOW, slots: 2, busy: [{ elapsedMs: MIN, medianMs: null }], queued: [null], overallMedianMs: null }),
    ).toBeNull();
  });
});

describe('helpers', () => {
  it('takes a median', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('guesses the slots from what runs now and what ran at once lately', () => {
    expect(guessSlots(2, 5)).toBe(5);
    expect(guessSlots(7, 5)).toBe(7);
    expect(guessSlots(0, null)).toBe(1);
  });
});
