/**
 * `npm run bench:api`: GET /v3/jobs on a million jobs. Seeds a temporary database, starts
 * the server as its own process, measures a fixed mix of queries one at a time (latency),
 * then all at once over 16 connections (throughput), and writes the numbers to
 * bench-results/api.json and BENCHMARKS.md.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/sandbox/db.ts';
import { seedDatabase } from '../server/sandbox/seed/seed.ts';
import { adminToken, machine, pct, round, startServer, writeResults, writeSection } from './lib.ts';

const JOBS = Number(process.env.BENCH_JOBS ?? 1_000_000);
const PORT = Number(process.env.BENCH_PORT ?? 4180);
// The busy run's arrivals: new runs a minute, beside the runs the simulator's workers finish.
const BUSY_ARRIVALS = 120;
const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
// BENCH_DB keeps the seeded database between runs (seeding a million jobs takes a minute).
const dbFile = process.env.BENCH_DB ?? join(dir, 'bench.sqlite');

async function main() {
  console.log(`Seeding ${JOBS.toLocaleString('en-US')} jobs into ${dbFile}…`);
  const t = performance.now();
  const db = openDatabase(dbFile);
  const have = (db.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number }).n;
  const seededNow = have !== JOBS;
  if (seededNow) seedDatabase(db, { seed: 'bench', jobs: JOBS, nowMs: Date.now(), messages: false });
  const users = db.prepare(`SELECT id FROM users ORDER BY id LIMIT 3`).all() as { id: string }[];
  const busyDay = (
    db
      .prepare(
        `SELECT strftime('%Y-%m-%d', completion_ms / 1000, 'unixepoch') AS d FROM jobs WHERE completion_ms IS NOT NULL ORDER BY completion_ms LIMIT 1 OFFSET ?`,
      )
      .get(Math.floor(JOBS / 2)) as { d: string }
  ).d;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const seedSeconds = (performance.now() - t) / 1000;
  console.log(seededNow ? `Seeded in ${seedSeconds.toFixed(1)} s.` : `Reused the ${JOBS} jobs already in ${dbFile}.`);

  const server = await startServer(dbFile, PORT);
  const base = server.base;
  let stopped = false;
  try {
    const { token } = await adminToken(base);
    const headers = { authorization: `Bearer ${token}` };

    const views: { name: string; query: string }[] = [];
    for (const f of ['CreateDate', 'AppName', 'CompletionDateTime', 'Priority', 'Status']) {
      for (const d of ['asc', 'desc']) views.push({ name: `sort ${f} ${d}`, query: `allUsers=true&sortField=${f}&direction=${d}` });
    }
    const filters: [string, string][] = [
      ['statuses=Queued', 'allUsers=true&statuses=Queued'],
      ['statuses=Complete', 'allUsers=true&statuses=Complete'],
      ['priorities=High', 'allUsers=true&priorities=High'],
      ['priorities=6', 'allUsers=true&priorities=6'],
      ['users (1)', `allUsers=true&users=${users[0]!.id}`],
      ['workflowNames (1)', `allUsers=true&workflowNames=${encodeURIComponent('Daily Sales Rollup.yxmd')}`],
      ['completedAfter', `allUsers=true&completedAfter=${busyDay}`],
      ['completedBefore', `allUsers=true&completedBefore=${busyDay}`],
      ['own jobs (allUsers=false)', ''],
    ];
    for (const [name, query] of filters) views.push({ name: `filter ${name}`, query });
    views.push(
      { name: 'combo status+priority+sort', query: 'allUsers=true&statuses=Complete&priorities=High&sortField=AppName&direction=asc' },
      {
        name: 'combo users+workflow+completed',
        query: `allUsers=true&users=${users[1]!.id}&users=${users[2]!.id}&workflowNames=Inventory%20Sync&completedAfter=${busyDay}`,
      },
      {
        name: 'combo statuses+priorities+sort',
        query: 'allUsers=true&statuses=Queued&statuses=Running&priorities=Low&priorities=Critical&sortField=Priority&direction=desc',
      },
    );
    const urls = views.flatMap((v) =>
      Array.from({ length: 10 }, (_, page) => ({ ...v, page: page + 1, url: `/webapi/v3/jobs?${v.query}&limit=50&offset=${page * 50}` })),
    );

    // Latency: each request alone, the whole mix twice.
    const samples = await latency(base, headers, urls);
    const all = samples.map((s) => s.ms).sort((a, b) => a - b);
    const firstPages = samples
      .filter((s) => s.page === 1)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const worst = Object.entries(samples.reduce<Record<string, number[]>>((acc, s) => ((acc[s.name] ??= []).push(s.ms), acc), {}))
      .map(([name, ms]) => ({
        name,
        p95: round(
          pct(
            ms.sort((a, b) => a - b),
            95,
          ),
        ),
        max: round(Math.max(...ms)),
      }))
      .sort((a, b) => b.p95 - a.p95);

    // Throughput: the same mix from 16 connections at once.
    const cannon = await autocannon({
      url: base,
      connections: 16,
      duration: Number(process.env.BENCH_SECONDS ?? 15),
      requests: urls.map((u) => ({ method: 'GET', path: u.url, headers })),
    });

    const result = {
      date: new Date().toISOString(),
      command: 'npm run bench:api',
      machine: machine(),
      jobs: JOBS,
      seedSeconds: seededNow ? round(seedSeconds) : null,
      latencyMs: { requests: all.length, p50: round(pct(all, 50)), p95: round(pct(all, 95)), max: round(all.at(-1)!) },
      firstPageLatencyMs: {
        requests: firstPages.length,
        p50: round(pct(firstPages, 50)),
        p95: round(pct(firstPages, 95)),
        max: round(firstPages.at(-1)!),
      },
      slowestViews: worst.slice(0, 6),
      throughput: {
        connections: 16,
        seconds: cannon.duration,
        requestsPerSecond: round(cannon.requests.average),
        latencyP50: cannon.latency.p50,
        latencyP99: cannon.latency.p99,
        errors: cannon.errors,
        non2xx: cannon.non2xx,
      },
    };
    await server.stop();
    stopped = true;

    // The same mix with the simulator on: runs arrive and end several times a second, every
    // write drops the cached totals, so most answers count their total afresh.
    const busy = await startServer(dbFile, PORT, {
      SANDBOX_SIMULATE: '1',
      SANDBOX_ARRIVALS: String(BUSY_ARRIVALS),
      SANDBOX_TICK_MS: '250',
    });
    let busyLatency: { requests: number; p50: number; p95: number; max: number; firstPagesP95: number; firstPagesMax: number };
    try {
      const { token: busyToken } = await adminToken(busy.base);
      const busyRaw = await latency(busy.base, { authorization: `Bearer ${busyToken}` }, urls);
      const busySamples = busyRaw.map((x) => x.ms).sort((a, b) => a - b);
      const busyFirst = busyRaw
        .filter((x) => x.page === 1)
        .map((x) => x.ms)
        .sort((a, b) => a - b);
      busyLatency = {
        requests: busySamples.length,
        p50: round(pct(busySamples, 50)),
        p95: round(pct(busySamples, 95)),
        max: round(busySamples.at(-1)!),
        firstPagesP95: round(pct(busyFirst, 95)),
        firstPagesMax: round(busyFirst.at(-1)!),
      };
    } finally {
      await busy.stop();
    }
    const full = { ...result, busyArrivalsPerMinute: BUSY_ARRIVALS, busyLatencyMs: busyLatency };
    writeResults('api', full);
    writeBenchmarks(full);
    console.log(JSON.stringify(full, null, 2));
  } finally {
    if (!stopped) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each request of the mix alone, one after another, the whole mix twice. */
async function latency(base: string, headers: Record<string, string>, urls: { name: string; page: number; url: string }[]) {
  const samples: { name: string; page: number; ms: number }[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const u of urls) {
      const t = performance.now();
      const res = await fetch(base + u.url, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${u.url}: ${res.status}`);
      samples.push({ name: u.name, page: u.page, ms: performance.now() - t });
    }
  }
  return samples;
}

function writeBenchmarks(r: {
  date: string;
  command: string;
  machine: string;
  jobs: number;
  seedSeconds: number | null;
  latencyMs: { requests: number; p50: number; p95: number; max: number };
  firstPageLatencyMs: { requests: number; p50: number; p95: number; max: number };
  slowestViews: { name: string; p95: number; max: number }[];
  throughput: { connections: number; requestsPerSecond: number; latencyP50: number; latencyP99: number; errors: number; non2xx: number };
  busyArrivalsPerMinute: number;
  busyLatencyMs: { requests: number; p50: number; p95: number; max: number; firstPagesP95: number; firstPagesMax: number };
}) {
  writeSection('api', [
    '## API: `GET /v3/jobs` on a million jobs',
    '',
    `Command: \`${r.command}\` · ${r.date.slice(0, 10)} · ${r.machine} · ${r.jobs.toLocaleString('en-US')} jobs${r.seedSeconds === null ? '' : ` (seeded in ${r.seedSeconds} s)`}`,
    '',
    'The mix: each sort field in both directions, each filter alone, three combinations; pages 1–10 of each (limit 50); the whole mix twice, one request at a time.',
    '',
    'Totals come from summary tables and are cached until the next write. On a still server (simulator off, the first column) only the first pass counts them; the second reuses every one. The second column runs the same mix with the simulator on (' +
      `${r.busyArrivalsPerMinute} new runs a minute, a step every 250 ms): the database changes several times a second, so each view's first page, and any page after a write, counts its total afresh. The first-pages rows show what that costs.`,
    '',
    '| measure | still server | simulator on | target |',
    '|---|---|---|---|',
    `| latency p50 (${r.latencyMs.requests} requests) | ${r.latencyMs.p50} ms | ${r.busyLatencyMs.p50} ms | |`,
    `| latency p95 | ${r.latencyMs.p95} ms | ${r.busyLatencyMs.p95} ms | ≤ 25 ms |`,
    `| latency max | ${r.latencyMs.max} ms | ${r.busyLatencyMs.max} ms | |`,
    `| first pages only, p95 (${r.firstPageLatencyMs.requests}) | ${r.firstPageLatencyMs.p95} ms | ${r.busyLatencyMs.firstPagesP95} ms | |`,
    `| first pages only, max | ${r.firstPageLatencyMs.max} ms | ${r.busyLatencyMs.firstPagesMax} ms | |`,
    `| throughput, ${r.throughput.connections} connections | ${r.throughput.requestsPerSecond} req/s | | ≥ 1,000 req/s |`,
    `| latency under load p50 / p99 | ${r.throughput.latencyP50} / ${r.throughput.latencyP99} ms | | |`,
    `| errors / non-2xx | ${r.throughput.errors} / ${r.throughput.non2xx} | | 0 |`,
    '',
    'Slowest views (p95 / max, ms): ' + r.slowestViews.map((v) => `${v.name} ${v.p95} / ${v.max}`).join('; ') + '.',
  ]);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
