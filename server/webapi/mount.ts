/**
 * What answers under /webapi: the sandbox, or (with ALTERYX_URL) the real server through a
 * same-origin proxy. Both are mounted here and nowhere else.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openSandbox, type Sandbox } from '../sandbox/open.ts';
import { sandboxPlugin } from '../sandbox/plugin.ts';
import { mountProxy } from './proxy.ts';

/** No request to the API needs more: tokens, cancels and queue requests are small forms or JSON. */
export const BODY_LIMIT = 64 * 1024;

export type Webapi = { mode: 'sandbox'; sandbox: Sandbox; close(): void } | { mode: 'proxy'; upstream: URL; close(): void };

export interface WebapiOverrides {
  now?: () => number;
  tickMs?: number;
}

export async function mountWebapi(app: FastifyInstance, config: Config, overrides: WebapiOverrides = {}): Promise<Webapi> {
  if (config.ALTERYX_URL) {
    // No sandbox, and no sandbox database, in this mode.
    const upstream = new URL(config.ALTERYX_URL);
    await mountProxy(app, {
      upstream,
      insecure: config.ALTERYX_TLS_INSECURE,
      timeoutMs: config.ALTERYX_TIMEOUT * 1000,
      bodyLimit: BODY_LIMIT,
    });
    return { mode: 'proxy', upstream, close: () => undefined };
  }
  const sandbox = openSandbox({
    dbFile: config.SANDBOX_DB,
    seed: config.SANDBOX_SEED,
    jobs: config.SANDBOX_JOBS,
    simulate: config.SANDBOX_SIMULATE,
    workers: config.SANDBOX_WORKERS,
    arrivalsPerMinute: config.SANDBOX_ARRIVALS,
    tickMs: config.SANDBOX_TICK_MS,
    tokenTtlS: config.SANDBOX_TOKEN_TTL,
    ...overrides,
  });
  await app.register(sandboxPlugin(sandbox), { prefix: '/webapi' });
  return { mode: 'sandbox', sandbox, close: () => sandbox.close() };
}
