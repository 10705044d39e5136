/**
 * Fifty dashboards at once: list pages, details and logs for 20 s (LOAD_SECONDS), with the
 * simulator running and jobs being queued and cancelled in between. Not one error.
 * `npm run bench:load` runs the same load and records its latencies in BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminToken } from '../bench/lib.ts';
import { loadRun } from '../bench/load-run.ts';
import { spawnServer } from '../test/spawn-server.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('load', () => {
  it(
    `50 clients for ${SECONDS} s with the simulator on and cancels in between: zero errors`,
    async () => {
      const server = await spawnServer({
        SANDBOX_DB: join(dir, 'sandbox.sqlite'),
        SANDBOX_SIMULATE: '1',
        SANDBOX_ARRIVALS: '120',
        TOKEN_RATE_LIMIT: '1000',
      });
      try {
        const { token } = await adminToken(server.base);
        const r = await loadRun({ base: server.base, token, connections: 50, seconds: SECONDS });
        expect(r.requests).toBeGreaterThan(SECONDS * 50);
        expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
        expect(r.cancels.failed).toEqual([]);
        expect(r.cancels.acknowledged).toBeGreaterThan(0);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    },
    (SECONDS + 60) * 1000,
  );
});
