/** Starts the server on a private copy of the test world, with a clock the test controls. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLogs } from './collect-logs.ts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildServer } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Sandbox } from '../server/sandbox/open.ts';

export const ADMIN = { key: 'admin-key', secret: 'admin-secret' };
export const ARTISAN = { key: 'artisan-key', secret: 'artisan-secret' };
export const VIEWER = { key: 'viewer-key', secret: 'viewer-secret' };

export interface TestServer {
  app: FastifyInstance;
  sandbox: Sandbox;
  clock: { now: number };
  logs: string[];
  token(creds?: { key: string; secret: string }): Promise<string>;
  get(url: string, token?: string): Promise<LightMyRequestResponse>;
  call(opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}, opts: { distDir?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-'));
  const dbFile = join(dir, 'sandbox.sqlite');
  copyFileSync(inject('templateDb'), dbFile);
  const clock = { now: inject('templateNowMs') };
  const { logs, logStream } = collectLogs();
  // Tests ask for many tokens; the token rate limit has a test of its own.
  // The session key file in the test's own folder, not the repository's data/.
  const config = loadConfig({
    SANDBOX_DB: dbFile,
    SANDBOX_SIMULATE: '0',
    LOG_LEVEL: 'info',
    TOKEN_RATE_LIMIT: '100000',
    SESSION_SECRET_FILE: join(dir, 'session-secret'),
    ...env,
  });
  const { app, webapi } = await buildServer(config, { now: () => clock.now, logStream, distDir: opts.distDir ?? join(dir, 'no-dist') });
  if (webapi.mode !== 'sandbox') throw new Error('expected the sandbox');
  const tokens = new Map<string, string>();
  const server: TestServer = {
    app,
    sandbox: webapi.sandbox,
    clock,
    logs,
    async token(creds = ADMIN) {
      const cached = tokens.get(creds.key);
      if (cached) return cached;
      const res = await app.inject({
        method: 'POST',
        url: '/webapi/oauth2/token',
        payload: `grant_type=client_credentials&client_id=${creds.key}&client_secret=${creds.secret}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (res.statusCode !== 200) throw new Error(`token: ${res.statusCode} ${res.body}`);
      const token = (res.json() as { access_token: string }).access_token;
      tokens.set(creds.key, token);
      return token;
    },
    async get(url, token) {
      return app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
    },
    call: (opts) => app.inject(opts),
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
