import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeJobsApi, type FakeJob } from './fake-jobs-api.ts';

const T0 = Date.UTC(2026, 10, 1);
const make = (n: number, prefix: string, status = 'Completed'): FakeJob[] =>
  Array.from({ length: n }, (_, i) => ({
    jobId: `${prefix}${i}`,
    status,
    workflowName: 'Payroll',
    queueMs: T0 + i * 60_000,
    startMs: T0 + i * 60_000,
    runS: 30,
    disposition: ['Success', 'Warning', 'Error'][i % 3]!,
  }));
const ref = (j: FakeJob) => ({ jobId: j.jobId, status: j.status, queuedAt: new Date(j.queueMs).toISOString() });

// The facts live in module state: each test starts from a fresh copy.
async function facts() {
  vi.resetModules();
  return (await import('./job-facts.ts')).jobFacts;
}

beforeEach(() => vi.useRealTimers());
afterEach(() => vi.unstubAllGlobals());

describe('job facts', () => {
  it('asks at most 4 at a time, newest job first, and each only once', async () => {
    const jobs = make(30, 'a');
    const api = fakeJobsApi(jobs, { delayMs: 5 });
    vi.stubGlobal('fetch', api.fetch);
    const jobFacts = await facts();
    await jobFacts.resolve(jobs.map(ref), new AbortController().signal, () => undefined);
    expect(api.log.most).toBe(4);
    expect(api.log.views.slice(0, 4)).toEqual(['a29', 'a28', 'a27', 'a26']);
    expect(jobs.every((j) => jobFacts.get(j.jobId)?.disposition === j.disposition)).toBe(true);
    await jobFacts.want(jobs.map(ref));
    expect(api.log.views).toHaveLength(30);
  });

  it('serves the latest request first: the page on screen before the one left behind', async () => {
    const older = make(20, 'old');
    const shown = make(4, 'new');
    const api = fakeJobsApi([...older, ...shown], { delayMs: 5 });
    vi.stubGlobal('fetch', api.fetch);
    const jobFacts = await facts();
    void jobFacts.want(older.map(ref));
    await jobFacts.resolve(shown.map(ref), new AbortController().signal, () => undefined);
    // The first four of the older page were already out; the new page came next.
    expect(api.log.views.slice(4, 8).sort()).toEqual(['new0', 'new1', 'new2', 'new3']);
  });

  it('settles even when a result cannot be had: a 404, a job not ended, no disposition', async () => {
    const jobs = [...make(3, 'ok'), ...make(1, 'gone'), ...make(1, 'live', 'Running')];
    jobs.push({ ...make(1, 'none')[0]!, disposition: 'None' });
    const api = fakeJobsApi(jobs, { failIds: new Set(['gone0']) });
    vi.stubGlobal('fetch', api.fetch);
    const jobFacts = await facts();
    // The list said these had ended; the JobViews disagree or are missing.
    const refs = jobs.map((j) => ({ ...ref(j), status: 'Completed' }));
    let progress = 0;
    await jobFacts.resolve(refs, new AbortController().signal, (n) => (progress = n));
    expect(progress).toBe(6);
    expect(jobFacts.failure('gone0')).toBe('No such job.');
    expect(jobFacts.failure('live0')).toBeNull();
    expect(jobFacts.failure('none0')).toBeNull();
    expect(jobFacts.get('none0')?.disposition).toBeUndefined();
  });

  it('takes a result it is told (a Cancelled status) without asking', async () => {
    const api = fakeJobsApi([]);
    vi.stubGlobal('fetch', api.fetch);
    const jobFacts = await facts();
    await jobFacts.want([
      { jobId: 'c1', status: 'Cancelled', queuedAt: null },
      { jobId: 'w1', status: 'Completed', queuedAt: null, result: 'Error' },
    ]);
    expect(jobFacts.get('c1')?.disposition).toBe('Cancelled');
    expect(jobFacts.get('w1')?.disposition).toBe('Error');
    expect(api.log.views).toEqual([]);
  });

  it('an aborted walk lets go of its own jobs, not of those a cell on screen still waits for', async () => {
    const walk = make(40, 'walk');
    const api = fakeJobsApi(walk, { delayMs: 20 });
    vi.stubGlobal('fetch', api.fetch);
    const jobFacts = await facts();
    // Two cells on screen follow jobs the walk reaches late (it goes newest first).
    jobFacts.subscribe('walk5', () => undefined);
    jobFacts.subscribe('walk6', () => undefined);
    const abort = new AbortController();
    const walking = jobFacts.resolve(walk.map(ref), abort.signal, () => undefined);
    await new Promise((r) => setTimeout(r, 30));
    abort.abort(new Error('left the page'));
    await expect(walking).rejects.toThrow('left the page');
    await vi.waitFor(() => expect(jobFacts.get('walk6')?.disposition).toBe('Success'));
    expect(jobFacts.get('walk5')?.disposition).toBe('Error');
    expect(api.log.views.length).toBeLessThan(20);
  });
});
