/**
 * `npm run bench:load`: fifty clients polling lists, details and logs for 20 s against the
 * sandbox with its simulator on, jobs queued and cancelled in between (the load test's run,
 * measured). Writes bench-results/load.json and its section of BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRun } from './load-run.ts';
import { adminToken, machine, startServer, writeResults, writeSection } from './lib.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 4181);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const server = await startServer(join(dir, 'sandbox.sqlite'), PORT, {
    SANDBOX_SIMULATE: '1',
    SANDBOX_ARRIVALS: '120',
    TOKEN_RATE_LIMIT: '1000',
  });
  try {
    const { token } = await adminToken(server.base);
    const r = await loadRun({ base: server.base, token, connections: CONNECTIONS, seconds: SECONDS });
    const result = { date: new Date().toISOString(), command: 'npm run bench:load', machine: machine(), ...r };
    writeResults('load', result);
    const errors = r.errors + r.timeouts + r.non2xx + r.cancels.failed.length;
    writeSection('load', [
      `## API under load: ${r.connections} clients for ${r.seconds} s`,
      '',
      `Command: \`${result.command}\` (also run by \`npm run bench:api\`) · ${result.date.slice(0, 10)} · ${result.machine} · 5,000 seeded jobs, simulator on (120 new runs a minute, 4 workers)`,
      '',
      'Each client cycles through list pages (sorts, filters, paging; 6 in 10 requests), job details (3 in 10) and message logs (1 in 10). Beside them one loop queues a run every 100 ms and cancels it or a running job. The same run, 20 s, is a test in `npm test` that fails on any error.',
      '',
      '| measure | result | target |',
      '|---|---|---|',
      `| requests | ${r.requests.toLocaleString('en-US')} (${r.requestsPerSecond} req/s) | |`,
      `| latency p50 | ${r.latencyMs.p50} ms | |`,
      `| latency p95 | ${r.latencyMs.p95} ms | |`,
      `| latency p99 | ${r.latencyMs.p99} ms | |`,
      `| latency max | ${r.latencyMs.max} ms | |`,
      `| cancels sent / acknowledged / refused (already finished) | ${r.cancels.sent} / ${r.cancels.acknowledged} / ${r.cancels.refused} | |`,
      `| errors, timeouts, non-2xx, failed cancels | ${errors} | 0 |`,
    ]);
    console.log(JSON.stringify(result, null, 2));
    if (errors) process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
