import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../state/view.ts';
import { fetchMatchingJobs, MAX_MATCHING } from './matching-jobs.ts';

/**
 * A server holding `total` queued jobs, answering the list in whatever pages it is asked for,
 * and noting each page asked (offset and limit). `grow` jobs join at the top of the list after
 * each answer, as on a busy server, pushing what was on one page onto the next.
 */
function fakeServer(total: number, { grow = 0 } = {}) {
  const asked: { offset: number; limit: number; statuses: string[] }[] = [];
  let size = total;
  let newest = total;
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input), 'http://dashboard');
    expect(url.pathname).toBe('/webapi/v3/jobs');
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    asked.push({ offset, limit, statuses: url.searchParams.getAll('statuses') });
    // Newest first: job n is the n-th ever queued.
    const data = Array.from({ length: Math.max(0, Math.min(limit, size - offset)) }, (_, i) => ({
      jobId: `job-${newest - offset - i}`,
      status: 'Queued',
      workflowName: 'Payroll',
      submittedBy: 'Ada Lovelace',
      queueTime: '2026-12-01T12:00:00Z',
      priority: 'Low',
    }));
    const body = { data, pagination: { totalItems: size } };
    size += grow;
    newest += grow;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch, asked };
}

const queued = { ...DEFAULT_VIEW, statuses: ['Queued'] };

afterEach(() => vi.unstubAllGlobals());

describe('every job matching a view, up to the cap', () => {
  it(`stops at ${MAX_MATCHING.toLocaleString('en')} jobs and asks for no page after the one that reached it`, async () => {
    const server = fakeServer(12_500);
    vi.stubGlobal('fetch', server.fetch);
    const progress: [number, number][] = [];
    const jobs = await fetchMatchingJobs(queued, true, { onProgress: (fetched, total) => progress.push([fetched, total]) });
    expect(jobs).toHaveLength(MAX_MATCHING);
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(MAX_MATCHING);
    // Ten pages of 1,000, one after another from the top, each with the view's filter.
    expect(server.asked.map((a) => a.offset)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]);
    expect(server.asked.every((a) => a.limit === 1000 && a.statuses.join() === 'Queued')).toBe(true);
    // The newest 10,000: the first page's first job to the tenth page's last.
    expect(jobs[0]!.jobId).toBe('job-12500');
    expect(jobs.at(-1)!.jobId).toBe('job-2501');
    expect(progress.at(-1)).toEqual([10_000, 12_500]);
  });

  it('takes exactly the cap when exactly that many match, and everything when fewer do', async () => {
    const atCap = fakeServer(MAX_MATCHING);
    vi.stubGlobal('fetch', atCap.fetch);
    expect(await fetchMatchingJobs(queued, true, {})).toHaveLength(MAX_MATCHING);
    expect(atCap.asked).toHaveLength(10);

    const fewer = fakeServer(2_345);
    vi.stubGlobal('fetch', fewer.fetch);
    expect(await fetchMatchingJobs(queued, true, {})).toHaveLength(2_345);
    expect(fewer.asked.map((a) => a.offset)).toEqual([0, 1000, 2000]);
  });

  it('on a growing list counts a job pushed onto the next page once, and still stops at the cap', async () => {
    // 30 new jobs after each page: the next page starts with 30 already seen.
    const server = fakeServer(11_000, { grow: 30 });
    vi.stubGlobal('fetch', server.fetch);
    const jobs = await fetchMatchingJobs(queued, true, {});
    expect(jobs).toHaveLength(MAX_MATCHING);
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(MAX_MATCHING);
    // Ten pages hold 9,730 distinct jobs here; the eleventh reaches the cap, and is the last.
    expect(server.asked).toHaveLength(11);
  });
});
