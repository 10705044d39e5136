import { describe, expect, it } from 'vitest';
import { planBulkCancel } from './bulk-plan.ts';

const job = (jobId: string, status: string, submittedBy = 'Ann', workflowName = 'Sales') => ({ jobId, status, submittedBy, workflowName });

describe('planBulkCancel', () => {
  it('stops running jobs, removes queued ones and skips the rest', () => {
    const plan = planBulkCancel([
      job('1', 'Queued'),
      job('2', 'Running'),
      job('3', 'Completed'),
      job('4', 'Initializing'),
      job('5', 'Queued', 'Bo', 'Stock'),
    ]);
    expect(plan.stop).toBe(1);
    expect(plan.remove).toBe(2);
    expect(plan.skipped.map((j) => j.jobId)).toEqual(['3', '4']);
    // Running first, then queued in the order given.
    expect(plan.todo.map((t) => `${t.job.jobId}:${t.action}`)).toEqual(['2:stop', '1:remove', '5:remove']);
  });

  it('groups by user and by workflow, biggest group first', () => {
    const plan = planBulkCancel([
      job('1', 'Queued', 'Bo', 'Stock'),
      job('2', 'Running', 'Ann', 'Sales'),
      job('3', 'Queued', 'Ann', 'Stock'),
      job('4', 'Completed', 'Cy', 'Stock'),
    ]);
    expect(plan.byUser).toEqual([
      { name: 'Ann', stop: 1, remove: 1 },
      { name: 'Bo', stop: 0, remove: 1 },
    ]);
    expect(plan.byWorkflow).toEqual([
      { name: 'Stock', stop: 0, remove: 2 },
      { name: 'Sales', stop: 1, remove: 0 },
    ]);
  });

  it('folds a workflow reported with and without .yxmd into one', () => {
    const plan = planBulkCancel([job('1', 'Running', 'Bo', 'Fraud Screening'), job('2', 'Queued', 'Bo', 'fraud screening.yxmd')]);
    expect(plan.byWorkflow).toEqual([{ name: 'Fraud Screening', stop: 1, remove: 1 }]);
  });

  it('counts a job listed twice once', () => {
    const plan = planBulkCancel([job('1', 'Queued'), job('1', 'Queued')]);
    expect(plan.remove).toBe(1);
    expect(plan.todo).toHaveLength(1);
  });
});
