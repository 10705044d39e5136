import { describe, expect, it } from 'vitest';
import { runBulk } from './bulk-runner.ts';

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

describe('runBulk', () => {
  it('never runs more than the limit at once, and uses the whole limit', async () => {
    let active = 0;
    let peak = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    const out = await runBulk(
      items,
      async (i) => {
        active++;
        peak = Math.max(peak, active);
        await tick(i % 3);
        active--;
        return i * 2;
      },
      { concurrency: 4 },
    );
    expect(peak).toBe(4);
    expect(out.stopped).toBe(false);
    expect(out.notRun).toEqual([]);
    expect(out.results.map((r) => r.item).sort((a, b) => a - b)).toEqual(items);
    expect(out.results.every((r) => r.ok && r.value === r.item * 2)).toBe(true);
  });

  it('reports each item once, failures with their error, without stopping the rest', async () => {
    const seen: string[] = [];
    const out = await runBulk(
      ['a', 'b', 'c', 'd'],
      async (x) => {
        await tick();
        if (x === 'b') throw new Error('refused b');
        return x.toUpperCase();
      },
      { concurrency: 2, onResult: (r) => seen.push(r.ok ? `${r.item}:${r.value}` : `${r.item}:${(r.error as Error).message}`) },
    );
    expect(seen.sort()).toEqual(['a:A', 'b:refused b', 'c:C', 'd:D']);
    expect(out.results).toHaveLength(4);
    expect(out.results.filter((r) => !r.ok)).toHaveLength(1);
  });

  it('stop starts nothing new, lets started work finish and lists what never ran', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = await runBulk(
      items,
      async (i) => {
        started.push(i);
        if (i === 5) controller.abort();
        await tick(5);
        return i;
      },
      { concurrency: 3, signal: controller.signal },
    );
    expect(out.stopped).toBe(true);
    // Everything that started has a result, and nothing else.
    expect(out.results.map((r) => r.item).sort((a, b) => a - b)).toEqual(started.sort((a, b) => a - b));
    expect(started.length).toBeLessThan(items.length);
    expect(out.notRun).toEqual(items.filter((i) => !started.includes(i)));
  });

  it('does nothing for no items, or when stopped before it starts', async () => {
    expect(await runBulk([], async () => 1, { concurrency: 4 })).toEqual({ results: [], notRun: [], stopped: false });
    const controller = new AbortController();
    controller.abort();
    const out = await runBulk([1, 2], async () => 1, { concurrency: 4, signal: controller.signal });
    expect(out).toEqual({ results: [], notRun: [1, 2], stopped: true });
  });
});
