import { describe, expect, it } from 'vitest';
import type { LenientJobListItem } from '../../../../../contract/lenient.ts';
import { planQueue, type Medians } from './queue-plan.ts';

const MIN = 60_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const job = (jobId: string, workflowName: string, priority: string, minutesAgo: number): LenientJobListItem => ({
  jobId,
  status: 'Queued',
  workflowName,
  workflowId: null,
  submittedBy: 'Someone',
  startTime: null,
  queueTime: new Date(NOW - minutesAgo * MIN).toISOString(),
  executionTime: null,
  priority,
});
const medians: Medians = { get: (k) => ({ 'sales rollup': 10 * MIN, 'gpu model': 30 * MIN })[k], overall: 5 * MIN };

describe('the queue as the explainer shows it', () => {
  const queued = [
    job('a', 'Sales Rollup.yxmd', 'Low', 30),
    job('b', 'GPU Model', 'High', 5),
    job('c', 'Sales Rollup', 'Critical', 1),
    job('d', 'Other', 'Low', 40),
    job('e', 'GPU Model', 'Low', 50),
    job('f', 'Unknown one', 'Low', 60),
  ];
  const tags: Record<string, string> = { a: '', b: 'gpu', c: '', d: '', e: 'gpu' };
  const groups = planQueue({
    nowMs: NOW,
    queued,
    tagOf: (id) => tags[id],
    busy: [{ elapsedMs: 8 * MIN, medianMs: 10 * MIN }],
    slots: 1,
    slotsPerTag: 1,
    medians,
  });

  it('puts untagged jobs first, then each tag, then jobs whose tag is not known', () => {
    expect(groups.map((g) => g.tag)).toEqual(['', 'gpu', null]);
    expect(groups.map((g) => g.jobs.map((p) => p.job.jobId))).toEqual([['c', 'd', 'a'], ['b', 'e'], ['f']]);
    expect(groups[0]!.jobs.map((p) => p.position)).toEqual([1, 2, 3]);
  });

  it('estimates the untagged queue on the running jobs, each job by its workflow’s median or the overall one', () => {
    // The one slot frees in 2 min; c runs 10 (its workflow, with or without .yxmd), d 5 (overall).
    expect(groups[0]!.jobs.map((p) => p.startMs)).toEqual([NOW + 2 * MIN, NOW + 12 * MIN, NOW + 17 * MIN]);
    expect(groups[0]!.pool?.busySlots).toBe(1);
  });

  it('estimates a tag on its own slots, busy for a minute at least', () => {
    expect(groups[1]!.jobs.map((p) => p.startMs)).toEqual([NOW + MIN, NOW + 31 * MIN]);
    expect(groups[1]!.pool?.busySlots).toBe(0);
  });

  it('gives no estimate where the tag is not known', () => {
    expect(groups[2]!.pool).toBeNull();
    expect(groups[2]!.jobs[0]!.startMs).toBeNull();
  });
});
