import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeJobsApi, type FakeJob } from './fake-jobs-api.ts';
import { locateJobItem } from './locate-job.ts';

const T0 = Date.UTC(2026, 10, 1);
// 20,000 finished jobs of one workflow, one every 30 s, and a burst of 150 queued in one second.
const jobs: FakeJob[] = Array.from({ length: 20_000 }, (_, i) => ({
  jobId: `j${i}`,
  status: 'Completed',
  workflowName: 'Payroll',
  queueMs: T0 + i * 30_000,
  startMs: T0 + i * 30_000 + 2000,
  runS: 60,
  disposition: 'Success',
}));
for (let i = 0; i < 150; i++) jobs.push({ ...jobs[9000]!, jobId: `burst${i}`, queueMs: jobs[9000]!.queueMs + 400 });
const view = (j: FakeJob) => ({
  id: j.jobId,
  appId: 'w',
  createDateTime: new Date(j.queueMs).toISOString(),
  status: j.status,
  disposition: j.disposition,
  outputs: [],
  priority: 'Low',
  workerTag: null,
  runWithE2: null,
});

afterEach(() => vi.unstubAllGlobals());

describe('finding a job’s list item by its JobView', () => {
  it.each([0, 1, 7_777, 19_999])('finds job %i of 20,000 in a few small requests', async (i) => {
    const api = fakeJobsApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    const item = await locateJobItem(view(jobs[i]!), 'Payroll');
    expect(item?.jobId).toBe(`j${i}`);
    expect(api.log.lists).toBeLessThanOrEqual(20);
  });

  it('finds one among many queued in the same second', async () => {
    const api = fakeJobsApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    expect((await locateJobItem(view(jobs.at(-1)!), 'Payroll'))?.jobId).toBe('burst149');
  });

  it('looks again without the workflow’s name when the list spells it otherwise', async () => {
    const api = fakeJobsApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    expect((await locateJobItem(view(jobs[123]!), 'Payroll.yxmd'))?.jobId).toBe('j123');
  });

  it('says null when the list does not have the job', async () => {
    const api = fakeJobsApi(jobs);
    vi.stubGlobal('fetch', api.fetch);
    expect(await locateJobItem({ ...view(jobs[50]!), id: 'elsewhere' }, 'Payroll')).toBeNull();
  });
});
