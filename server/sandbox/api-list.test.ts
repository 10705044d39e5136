import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobList } from '../../contract/jobs-api.ts';
import { allJobs, folded, sortJobs, type RawJob } from '../../test/oracle.ts';
import { startTestServer, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
let token: string;
let jobs: RawJob[];
let adminId: string;

beforeAll(async () => {
  s = await startTestServer();
  token = await s.token();
  jobs = allJobs(s.sandbox.db);
  adminId = (s.sandbox.db.prepare(`SELECT id FROM users WHERE api_key = 'admin-key'`).get() as { id: string }).id;
});
afterAll(() => s.close());

async function list(query: string) {
  const res = await s.get(`/webapi/v3/jobs?${query}`, token);
  expect(res.statusCode, res.body).toBe(200);
  return JobList.parse(res.json());
}

/** Every page of a query, walked with `limit`, concatenated. */
async function listAll(query: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await list(`${query}&limit=1000&offset=${offset}`);
    ids.push(...page.data.map((d) => d.jobId));
    if (!page.pagination.hasNextPage) return ids;
  }
}

const ids = (js: RawJob[]) => js.map((j) => j.id);
const newestFirst = (js: RawJob[]) => ids(sortJobs(js, 'CreateDate', 'desc'));

describe('GET /v3/jobs filters', () => {
  it('lists only the caller’s own jobs unless allUsers=true, newest first', async () => {
    const page = await list('');
    const own = jobs.filter((j) => j.user_id === adminId);
    expect(own.length).toBeGreaterThan(0);
    expect(page.pagination.totalItems).toBe(own.length);
    expect(page.data.map((d) => d.jobId)).toEqual(newestFirst(own).slice(0, 50));
    expect(page.pagination.pageSize).toBe(50);
  });

  it('ignores users without allUsers=true', async () => {
    const other = jobs.find((j) => j.user_id !== adminId)!.user_id;
    const page = await list(`users=${other}`);
    expect(page.data.every((d) => jobs.find((j) => j.id === d.jobId)!.user_id === adminId)).toBe(true);
  });

  it('allUsers=true lists every job', async () => {
    expect(await listAll('allUsers=true')).toEqual(newestFirst(jobs));
  });

  it('allUsers accepts True in any case', async () => {
    expect((await list('allUsers=TRUE')).pagination.totalItems).toBe(jobs.length);
  });

  it('users with allUsers=true keeps just those users, repeated or comma-separated', async () => {
    const [a, b] = [...new Set(jobs.map((j) => j.user_id))];
    const expected = newestFirst(jobs.filter((j) => j.user_id === a || j.user_id === b));
    expect(await listAll(`allUsers=true&users=${a}&users=${b}`)).toEqual(expected);
    expect(await listAll(`allUsers=true&users=${a},${b}`)).toEqual(expected);
  });

  it.each([
    ['Queued', ['Queued']],
    ['Initializing', ['Initializing']],
    ['Running', ['Running']],
    ['Complete', ['Completed']],
  ])('statuses=%s', async (filter, statuses) => {
    const expected = newestFirst(jobs.filter((j) => statuses.includes(j.status)));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listAll(`allUsers=true&statuses=${filter}`)).toEqual(expected);
  });

  it('several statuses, repeated or comma-separated', async () => {
    const expected = newestFirst(jobs.filter((j) => j.status === 'Queued' || j.status === 'Running'));
    expect(await listAll('allUsers=true&statuses=Queued&statuses=Running')).toEqual(expected);
    expect(await listAll('allUsers=true&statuses=Queued,Running')).toEqual(expected);
  });

  it.each(['Low', 'Medium', 'High', 'Critical', '6'])('priorities=%s', async (p) => {
    const expected = newestFirst(jobs.filter((j) => j.priority === p));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listAll(`allUsers=true&priorities=${p}`)).toEqual(expected);
  });

  it('a numeric priority matches however it is written ("06" is "6")', async () => {
    expect(await listAll('allUsers=true&priorities=06')).toEqual(await listAll('allUsers=true&priorities=6'));
  });

  it('workflowNames match with or without .yxmd', async () => {
    const withExt = jobs.find((j) => j.app_name.endsWith('.yxmd'))!.app_name;
    const bare = withExt.replace(/\.yxmd$/, '');
    const expected = newestFirst(jobs.filter((j) => folded(j.app_name) === folded(withExt)));
    // The seed reports some runs of a workflow with the extension and some without.
    expect(new Set(jobs.filter((j) => folded(j.app_name) === folded(withExt)).map((j) => j.app_name)).size).toBe(2);
    expect(await listAll(`allUsers=true&workflowNames=${encodeURIComponent(withExt)}`)).toEqual(expected);
    expect(await listAll(`allUsers=true&workflowNames=${encodeURIComponent(bare)}`)).toEqual(expected);
  });

  it('workflowNames takes several names, including Japanese ones', async () => {
    const names = ['月次売上レポート.yxmd', 'Inventory Sync'];
    const expected = newestFirst(jobs.filter((j) => names.map(folded).includes(folded(j.app_name))));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listAll(`allUsers=true&${names.map((n) => `workflowNames=${encodeURIComponent(n)}`).join('&')}`)).toEqual(expected);
  });

  function busiestDay(): string {
    const counts = new Map<string, number>();
    for (const j of jobs)
      if (j.completion_ms)
        counts.set(
          new Date(j.completion_ms).toISOString().slice(0, 10),
          (counts.get(new Date(j.completion_ms).toISOString().slice(0, 10)) ?? 0) + 1,
        );
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
  const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it('completedAfter excludes jobs completed on that day', async () => {
    const day = busiestDay();
    const expected = newestFirst(jobs.filter((j) => j.completion_ms !== null && dayOf(j.completion_ms) > day));
    expect(await listAll(`allUsers=true&completedAfter=${day}`)).toEqual(expected);
  });

  it('completedBefore excludes jobs completed on that day', async () => {
    const day = busiestDay();
    const expected = newestFirst(jobs.filter((j) => j.completion_ms !== null && dayOf(j.completion_ms) < day));
    expect(await listAll(`allUsers=true&completedBefore=${day}`)).toEqual(expected);
  });

  it('completedAfter and completedBefore together bound a range, both ends exclusive', async () => {
    const day = busiestDay();
    const after = dayOf(Date.parse(day) - 3 * 86_400_000);
    const expected = newestFirst(
      jobs.filter((j) => j.completion_ms !== null && dayOf(j.completion_ms) > after && dayOf(j.completion_ms) < day),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await listAll(`allUsers=true&completedAfter=${after}&completedBefore=${day}`)).toEqual(expected);
  });

  it('combines filters with AND', async () => {
    const user = jobs.find((j) => j.priority === 'High' && j.status === 'Completed')!.user_id;
    const expected = newestFirst(jobs.filter((j) => j.user_id === user && j.priority === 'High' && j.status === 'Completed'));
    expect(await listAll(`allUsers=true&users=${user}&priorities=High&statuses=Complete`)).toEqual(expected);
  });

  it('an empty list value filters nothing', async () => {
    expect((await list('allUsers=true&statuses=')).pagination.totalItems).toBe(jobs.length);
  });
});

describe('GET /v3/jobs sorting', () => {
  const fields = ['CreateDate', 'AppName', 'CompletionDateTime', 'Priority', 'Status'] as const;
  for (const field of fields) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sortField=${field}&direction=${dir}`, async () => {
        expect(await listAll(`allUsers=true&sortField=${field}&direction=${dir}`)).toEqual(ids(sortJobs(jobs, field, dir)));
      });
    }
  }

  it('pages of a sort across the completed/not-completed boundary join up', async () => {
    const completed = jobs.filter((j) => j.completion_ms !== null).length;
    const page = await list(`allUsers=true&sortField=CompletionDateTime&direction=asc&offset=${completed - 3}&limit=10`);
    expect(page.data.map((d) => d.jobId)).toEqual(ids(sortJobs(jobs, 'CompletionDateTime', 'asc')).slice(completed - 3, completed + 7));
  });
});

describe('GET /v3/jobs paging', () => {
  it.each([
    [0, 7, 1],
    [14, 7, 3],
    [15, 7, 3],
    [49, 50, 1],
    [50, 50, 2],
  ])('offset=%i limit=%i is page %i', async (offset, limit, currentPage) => {
    const page = await list(`allUsers=true&offset=${offset}&limit=${limit}`);
    expect(page.pagination).toEqual({
      currentPage,
      pageSize: limit,
      totalItems: jobs.length,
      totalPages: Math.ceil(jobs.length / limit),
      hasNextPage: offset + limit < jobs.length,
      hasPreviousPage: offset > 0,
    });
    expect(page.data.map((d) => d.jobId)).toEqual(newestFirst(jobs).slice(offset, offset + limit));
  });

  it('the last page is short and has no next page', async () => {
    const limit = 300;
    const offset = Math.floor((jobs.length - 1) / limit) * limit;
    const page = await list(`allUsers=true&offset=${offset}&limit=${limit}`);
    expect(page.data).toHaveLength(jobs.length - offset);
    expect(page.pagination.hasNextPage).toBe(false);
    expect(page.pagination.hasPreviousPage).toBe(true);
  });

  it('an offset past the end gives an empty page, not an error', async () => {
    const page = await list(`allUsers=true&offset=${jobs.length + 10}&limit=10`);
    expect(page.data).toEqual([]);
    expect(page.pagination.totalItems).toBe(jobs.length);
    expect(page.pagination.hasNextPage).toBe(false);
  });

  it('accepts a page of 1,000 and refuses 1,001', async () => {
    expect((await list('allUsers=true&limit=1000')).data).toHaveLength(1000);
    const res = await s.get('/webapi/v3/jobs?limit=1001', token);
    expect(res.statusCode).toBe(400);
    expect(res.json().modelState.limit).toBeDefined();
  });
});

describe('GET /v3/jobs items', () => {
  it('have the spec’s shape: display names, run times as TimeSpans, priorities as text, times in UTC', async () => {
    const page = await list('allUsers=true&limit=1000');
    const names = new Set(
      (s.sandbox.db.prepare(`SELECT first_name || ' ' || last_name AS n FROM users`).all() as { n: string }[]).map((r) => r.n),
    );
    for (const item of page.data) {
      const raw = jobs.find((j) => j.id === item.jobId)!;
      expect(names.has(item.submittedBy)).toBe(true);
      expect(item.queueTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(item.priority).toBe(raw.priority);
      if (raw.status === 'Completed') {
        // A .NET TimeSpan: days before a dot from a day on.
        const [, d, h, m, sec] = /^(?:(\d+)\.)?([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/.exec(item.executionTime!)!.map(Number);
        expect((d || 0) * 86_400 + h! * 3600 + m! * 60 + sec!).toBe(Math.floor((raw.completion_ms! - raw.start_ms!) / 1000));
      }
      if (raw.status === 'Queued') {
        expect(item.startTime).toBeNull();
        expect(item.executionTime).toBeNull();
      }
    }
    expect(page.data.some((d) => /^\d+$/.test(d.priority))).toBe(true);
  });
});
