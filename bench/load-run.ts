/**
 * Many dashboards watching one server: connections polling a mix of list pages, job details and
 * message logs, while the simulator runs and a separate loop queues and cancels jobs in between.
 * Shared by the load test (`server/load.test.ts`) and `npm run bench:load`.
 */
import autocannon from 'autocannon';
import { pct, round } from './lib.ts';

export interface LoadOptions {
  base: string;
  token: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  cancels: { sent: number; acknowledged: number; refused: number; failed: string[] };
}

const LIST_VIEWS = [
  'allUsers=true&limit=50',
  'allUsers=true&limit=50&offset=50',
  'allUsers=true&statuses=Running&statuses=Queued&limit=50',
  'allUsers=true&sortField=CreateDate&direction=asc&limit=100',
  'allUsers=true&sortField=Priority&direction=desc&limit=50',
  'allUsers=true&statuses=Complete&sortField=CompletionDateTime&direction=desc&limit=25',
  'allUsers=true&priorities=High&priorities=Critical&limit=50',
  'limit=50',
];

export async function loadRun(o: LoadOptions): Promise<LoadResult> {
  const authorization = `Bearer ${o.token}`;
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(o.base + path, { headers: { authorization } });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  };
  const jobIds = (await get<{ data: { jobId: string }[] }>('/webapi/v3/jobs?allUsers=true&limit=200')).data.map((j) => j.jobId);
  const workflows = (await get<{ id: string }[]>('/webapi/v3/workflows')).map((w) => w.id);

  // Six in ten requests are list pages, three a job's detail, one a job's messages.
  const paths: string[] = [];
  for (let i = 0; i < 40; i++) {
    paths.push(`/webapi/v3/jobs?${LIST_VIEWS[i % LIST_VIEWS.length]}`);
    if (i % 4 === 1) paths.push(`/webapi/v3/jobs?${LIST_VIEWS[(i * 3) % LIST_VIEWS.length]}`);
    paths.push(`/webapi/v3/jobs/${jobIds[(i * 7) % jobIds.length]}`);
    if (i % 2 === 0) paths.push(`/webapi/v3/jobs/${jobIds[(i * 11) % jobIds.length]}?includeMessages=true`);
    if (i % 4 === 0) paths.push(`/webapi/v3/jobs/${jobIds[(i * 13) % jobIds.length]}/messages`);
  }

  const latencies: number[] = [];
  const cancels = { sent: 0, acknowledged: 0, refused: 0, failed: [] as string[] };
  let running = true;
  const canceller = (async () => {
    for (let n = 0; running; n++) {
      try {
        // Queue a run, then cancel either it (a queued job is deleted) or a running job (stopped).
        const queued = await fetch(`${o.base}/webapi/v3/workflows/${workflows[n % workflows.length]}/jobs`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: '{}',
        });
        if (queued.status !== 200) throw new Error(`queueing answered ${queued.status}`);
        let id = ((await queued.json()) as { id: string }).id;
        if (n % 2 === 1) {
          const page = await get<{ data: { jobId: string }[] }>('/webapi/v3/jobs?allUsers=true&statuses=Running&limit=5');
          if (page.data.length) id = page.data[0]!.jobId;
        }
        cancels.sent++;
        const res = await fetch(`${o.base}/webapi/v3/jobs/${id}`, { method: 'DELETE', headers: { authorization } });
        await res.arrayBuffer();
        if (res.status === 200) cancels.acknowledged++;
        // A job that finished first is refused; that is an answer, not a failure.
        else if (res.status === 400) cancels.refused++;
        else cancels.failed.push(`${res.status}`);
      } catch (e) {
        cancels.failed.push(String(e));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const cannon = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.base,
        connections: o.connections,
        duration: o.seconds,
        timeout: 10,
        requests: paths.map((path) => ({ method: 'GET' as const, path, headers: { authorization } })),
      },
      (err, result) => (err ? reject(err as Error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  running = false;
  await canceller;

  latencies.sort((a, b) => a - b);
  return {
    connections: o.connections,
    seconds: o.seconds,
    requests: cannon.requests.total,
    requestsPerSecond: round(cannon.requests.average),
    latencyMs: {
      p50: round(pct(latencies, 50)),
      p95: round(pct(latencies, 95)),
      p99: round(pct(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
    },
    errors: cannon.errors,
    timeouts: cannon.timeouts,
    non2xx: cannon.non2xx,
    cancels,
  };
}
