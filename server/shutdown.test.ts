/** SIGTERM, as a service manager sends it: requests in flight finish, the database closes cleanly. */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../test/spawn-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graceful shutdown', () => {
  it('a request in flight when SIGTERM arrives still gets its answer; then the process exits 0', async () => {
    // A slow Alteryx Server: the answer takes a second.
    const slow: Server = createServer((_req, res) => setTimeout(() => res.end('{"slow":true}'), 1000));
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const { child, base, exited } = await spawnServer({ ALTERYX_URL: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/webapi` });
    const pending = fetch(`${base}/webapi/v3/jobs`);
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    const res = await pending;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ slow: true });
    expect(await exited).toBe(0);
    slow.close();
  }, 30_000);

  it('the sandbox database is closed cleanly: nothing left in the write-ahead log, integrity ok', async () => {
    const dbFile = join(dir, 'sandbox.sqlite');
    const { child, base, exited } = await spawnServer({ SANDBOX_DB: dbFile, SANDBOX_JOBS: '300', SANDBOX_SIMULATE: '1' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(`${dbFile}-wal`) ? (await import('node:fs')).statSync(`${dbFile}-wal`).size : 0).toBe(0);
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number }).n).toBeGreaterThanOrEqual(300);
    db.close();
  }, 60_000);
});
