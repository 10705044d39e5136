/**
 * A second, independent stand-in for an Alteryx Server, written apart from the sandbox (no
 * shared code or schemas), for testing the dashboard in proxy mode. It differs the way real
 * servers may: fields in another order, extra fields and missing optional ones, priorities
 * as text numbers (known and unknown), /messages as a single object, a "Cancelled" status, a
 * token endpoint that only takes HTTP Basic, a 401 body with "Message", and a workflow's jobs
 * with a disposition the spec does not list and runWithE2 as text. Run times are .NET TimeSpans
 * as a real server writes them: `d.hh:mm:ss` from a day on, a fraction when there is one, and a
 * running job's time so far.
 *
 * `POST /webapi/__stand-in/reset` (no token) puts every job back as it was seeded, so a test
 * that cancels a job can run again against the same stand-in.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export const STANDIN = { key: 'standin-curator', secret: 'standin-secret-1' };

interface Job {
  id: string;
  workflowId: string;
  user: string;
  status: 'Queued' | 'Running' | 'Completed' | 'Cancelled';
  disposition: string;
  priority: string;
  created: number;
  started: number | null;
  /** How long it ran, in seconds (a fraction too), once it has ended. */
  runS: number | null;
  runWithE2: boolean;
}

const USERS = [
  { id: 'u-1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', role: 'Curator' },
  { id: 'u-2', firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', role: 'Artisan' },
];
const WORKFLOWS = [
  { id: 'w-1', name: 'Quarterly Close.yxmd' },
  { id: 'w-2', name: 'Stand-in Inventory' },
  { id: 'w-3', name: '需要予測.yxmd' },
];
// An hour before it starts, to the minute: its jobs ended within the last day, whenever it runs.
const BASE = Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000;

const HOUR = 3_600_000;
// Where a job differs from the pattern, by its number. Priorities: numbers beside the names,
// 4 (chained apps), 2 (High), and 9, which no level is.
const PRIORITY: Record<number, string> = { 21: '4', 22: '2', 23: '9', 59: '4' };
// sj1004 has been running since a day and 3 hours before the stand-in started; sj1059 started
// 30 hours before BASE and ran 1.02:05:00 (26 h 5 min), so it ended within the last day.
const STARTED: Record<number, number> = { 4: BASE + HOUR - 27 * HOUR, 59: BASE - 30 * HOUR };
// sj1007 ran 00:00:37.1234567.
const RUN_S: Record<number, number> = { 7: 37.1234567, 59: 26 * 3600 + 5 * 60 };

function makeJobs(): Job[] {
  const jobs: Job[] = [];
  for (let i = 0; i < 60; i++) {
    const status = i < 3 ? 'Queued' : i < 5 ? 'Running' : i < 7 ? 'Cancelled' : 'Completed';
    const started = status === 'Queued' ? null : (STARTED[i] ?? BASE - i * 600_000 + 5_000);
    jobs.push({
      id: `sj${String(1000 + i)}`,
      workflowId: WORKFLOWS[i % 3]!.id,
      user: USERS[i % 2]!.id,
      status,
      disposition: status === 'Completed' ? (i % 5 === 0 ? 'Error' : 'Success') : status === 'Cancelled' ? 'Cancelled' : 'None',
      priority: PRIORITY[i] ?? ['6', 'Low', 'High', 'Default'][i % 4]!,
      created: started === null ? BASE - i * 600_000 : started - 5_000,
      started,
      runS: status === 'Completed' || status === 'Cancelled' ? (RUN_S[i] ?? 30 + i) : null,
      runWithE2: i % 2 === 0,
    });
  }
  return jobs;
}

const iso = (ms: number) => new Date(ms).toISOString();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Seconds as a .NET TimeSpan writes them ("c"): `[d.]hh:mm:ss[.fffffff]`, the days only from a day on. */
function timeSpan(seconds: number): string {
  const ticks = Math.round(seconds * 1e7);
  const whole = Math.floor(ticks / 1e7);
  const days = Math.floor(whole / 86_400);
  const hms = [Math.floor(whole / 3600) % 24, Math.floor(whole / 60) % 60, whole % 60].map((n) => pad(n)).join(':');
  const fraction = ticks % 1e7;
  return `${days ? `${days}.` : ''}${hms}${fraction ? `.${pad(fraction, 7)}` : ''}`;
}
const name = (id: string) => USERS.find((u) => u.id === id)!;

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function standIn() {
  let jobs = makeJobs();
  // What a running job has run so far, at the moment it is asked; an ended one, how long it ran.
  const executionTime = (j: Job) =>
    j.runS !== null ? timeSpan(j.runS) : j.status === 'Running' && j.started !== null ? timeSpan((Date.now() - j.started) / 1000) : null;
  const tokens = new Set<string>();
  let issued = 0;

  const listItem = (j: Job) => ({
    // Another order than the spec's, one extra field, and the optional ones left out when unknown.
    priority: j.priority,
    submittedBy: `${name(j.user).firstName} ${name(j.user).lastName}`,
    workflowName: WORKFLOWS.find((w) => w.id === j.workflowId)!.name,
    jobId: j.id,
    status: j.status,
    queueTime: iso(j.created),
    ...(j.started === null ? {} : { startTime: iso(j.started) }),
    ...(executionTime(j) === null ? {} : { executionTime: executionTime(j) }),
    _serverNode: 'node-2',
  });
  const jobView = (j: Job) => ({
    status: j.status,
    id: j.id,
    disposition: j.disposition,
    appId: j.workflowId,
    createDateTime: iso(j.created),
    priority: j.priority,
    outputs: [],
    extraInfo: { region: 'eu' },
  });
  // As some server versions send it: the spec's fields in another order, plus the job's
  // disposition, runWithE2 as text, and a field no client knows.
  const workflowJob = (j: Job) => ({
    status: j.status,
    disposition: j.disposition,
    id: j.id,
    createDate: iso(j.created),
    runWithE2: String(j.runWithE2),
    priority: j.priority,
    workerTag: '',
    executionNode: 'node-2',
  });

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url!, 'http://stand-in');
    const path = url.pathname.replace(/^\/webapi/, '');
    if (path === '/' || path === '') return send(res, 200, { name: 'stand-in' });
    if (path === '/__stand-in/reset' && req.method === 'POST') {
      jobs = makeJobs();
      return send(res, 200, { jobs: jobs.length });
    }
    if (path === '/oauth2/token' && req.method === 'POST') {
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
      if (!basic) return send(res, 400, { error: 'invalid_client', error_description: 'Client credentials must be sent with HTTP Basic.' });
      const [key, secret] = Buffer.from(basic[1]!, 'base64').toString().split(':');
      if (!new URLSearchParams(body).get('grant_type') || key !== STANDIN.key || secret !== STANDIN.secret) {
        return send(res, 400, { error: 'invalid_client', error_description: 'The client credentials are invalid.' });
      }
      const token = `standin-token-${++issued}`;
      tokens.add(token);
      return send(res, 200, { token_type: 'bearer', expires_in: 3600, access_token: token });
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer)) return send(res, 401, { Message: 'Authorization has been denied for this request.' });

    if (path === '/v3/users' && req.method === 'GET') return send(res, 200, USERS);
    if (path === '/v3/workflows' && req.method === 'GET')
      return send(
        res,
        200,
        WORKFLOWS.map((w) => ({ ...w, ownerId: 'u-1' })),
      );
    if (path === '/v3/jobs' && req.method === 'GET') {
      const list = (k: string) =>
        url.searchParams
          .getAll(k)
          .flatMap((v) => v.split(','))
          .filter(Boolean);
      const statuses = list('statuses').map((s) => (s === 'Complete' ? 'Completed' : s));
      let rows = jobs.filter(
        (j) => !statuses.length || statuses.includes(j.status) || (statuses.includes('Completed') && j.status === 'Cancelled'),
      );
      const wanted = list('workflowNames');
      if (wanted.length) rows = rows.filter((j) => wanted.includes(WORKFLOWS.find((w) => w.id === j.workflowId)!.name));
      // Whole days, in UTC, excluding the day named.
      const ended = (j: Job) => (j.started !== null && j.runS !== null ? j.started + j.runS * 1000 : null);
      const after = url.searchParams.get('completedAfter');
      if (after) rows = rows.filter((j) => (ended(j) ?? -Infinity) >= Date.parse(`${after}T00:00:00Z`) + 86_400_000);
      const before = url.searchParams.get('completedBefore');
      if (before) rows = rows.filter((j) => (ended(j) ?? Infinity) < Date.parse(`${before}T00:00:00Z`));
      const field = url.searchParams.get('sortField') ?? 'CreateDate';
      const dir = url.searchParams.get('direction') === 'asc' ? 1 : -1;
      const key = (j: Job): string | number =>
        field === 'AppName'
          ? listItem(j).workflowName
          : field === 'Status'
            ? j.status
            : field === 'Priority'
              ? j.priority
              : field === 'CompletionDateTime'
                ? (ended(j) ?? 0)
                : j.created;
      rows = [...rows].sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      return send(res, 200, {
        pagination: { totalItems: rows.length, pageSize: limit, currentPage: Math.floor(offset / limit) + 1 },
        data: rows.slice(offset, offset + limit).map(listItem),
      });
    }
    const ofWorkflow = /^\/v3\/workflows\/([^/]+)\/jobs$/.exec(path);
    if (ofWorkflow && req.method === 'GET') {
      const workflowId = decodeURIComponent(ofWorkflow[1]!);
      if (!WORKFLOWS.some((w) => w.id === workflowId)) return send(res, 404, { message: `Workflow '${workflowId}' not found.` });
      const status = url.searchParams.get('status');
      const result = url.searchParams.get('resultCode');
      const rows = jobs
        .filter((j) => j.workflowId === workflowId)
        .filter(
          (j) =>
            !status ||
            (status === 'Complete'
              ? j.status === 'Completed' || j.status === 'Cancelled'
              : status === 'Error'
                ? j.status === 'Completed' && j.disposition === 'Error'
                : j.status === status),
        )
        .filter((j) => !result || j.disposition === result);
      const field = url.searchParams.get('sortField') ?? 'CreateDate';
      const dir = url.searchParams.get('direction') === 'asc' ? 1 : -1;
      const key = (j: Job): string | number => (field === 'Status' ? j.status : field === 'Priority' ? j.priority : j.created);
      rows.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      return send(res, 200, rows.slice(offset, offset + limit).map(workflowJob));
    }
    const one = /^\/v3\/jobs\/([^/]+)(\/messages)?$/.exec(path);
    const job = one && jobs.find((j) => j.id === one[1]);
    if (one && !job) return send(res, 404, { message: `Job '${one[1]}' not found.` });
    if (job && one![2] && req.method === 'GET') {
      // As the help page shows it: one object, not a list.
      return send(res, 200, {
        toolId: 2,
        text: `Stand-in run of ${job.id}: 12 records written`,
        status: job.disposition === 'Error' ? 3 : 1,
      });
    }
    if (job && req.method === 'GET') return send(res, 200, jobView(job));
    if (job && req.method === 'DELETE') {
      if (job.status === 'Queued') {
        jobs = jobs.filter((j) => j !== job);
        return send(res, 200, { message: 'Deleted Successfully.' });
      }
      if (job.status === 'Running') {
        Object.assign(job, { status: 'Cancelled', disposition: 'Cancelled', runS: 42 });
        return send(res, 200, { message: 'Cancelled Successfully.' });
      }
      return send(res, 400, { message: "This job is not in 'Queued' or 'Running' state." });
    }
    return send(res, 404, { message: 'No such resource.' });
  };

  return createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handle(req, res, body));
  });
}
