/**
 * What answers under /webapi: the sandbox, or (with ALTERYX_URL) the real server through a
 * same-origin proxy. Both are mounted here and nowhere else.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { openSandbox, type Sandbox } from '../sandbox/open.ts';
import { sandboxPlugin } from '../sandbox/plugin.ts';

export type Webapi = { mode: 'sandbox'; sandbox: Sandbox; close(): void } | { mode: 'proxy'; upstream: URL; close(): void };

export interface WebapiOverrides {
  now?: () => number;
  tickMs?: number;
}

export async function mountWebapi(app: FastifyInstance, config: Config, overrides: WebapiOverrides = {}): Promise<Webapi> {
  if (config.ALTERYX_URL) {
    throw new Error(
      'ALTERYX_URL is set, but connecting to a real Alteryx Server is not available in this version. Unset it to use the sandbox.',
    );
  }
  const sandbox = openSandbox({
    dbFile: config.SANDBOX_DB,
    seed: config.SANDBOX_SEED,
    jobs: config.SANDBOX_JOBS,
    simulate: config.SANDBOX_SIMULATE,
    workers: config.SANDBOX_WORKERS,
    tokenTtlS: config.SANDBOX_TOKEN_TTL,
    ...overrides,
  });
  await app.register(sandboxPlugin(sandbox), { prefix: '/webapi' });
  return { mode: 'sandbox', sandbox, close: () => sandbox.close() };
}
