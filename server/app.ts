/** The one server process: the dashboard's files and /webapi. */
import Fastify, { type FastifyInstance } from 'fastify';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import { loggerOptions, RequestLog } from './logging.ts';
import { inlineScriptHashes } from './page-scripts.ts';
import { secure } from './security.ts';
import { internalCalls } from './session/internal-calls.ts';
import { mountSession, type SessionMount } from './session/mount.ts';
import { serveSpa } from './spa.ts';
import { BODY_LIMIT, mountWebapi, type Webapi, type WebapiOverrides } from './webapi/mount.ts';
import { upstreamAnswers } from './webapi/proxy.ts';

export const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export interface BuildOptions extends WebapiOverrides {
  logStream?: NodeJS.WritableStream;
  distDir?: string;
}

export async function buildServer(
  config: Config,
  opts: BuildOptions = {},
): Promise<{ app: FastifyInstance; webapi: Webapi; session: Pick<SessionMount, 'secretSource'> }> {
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, opts.logStream),
    // One line per request, at debug, instead of Fastify's two at info.
    logController: new RequestLog(),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.TRUST_PROXY,
    // Over-long ids reach validation and get a 400 naming the field, not a bare 414.
    routerOptions: { maxParamLength: 2000 },
    // Long enough for a slow client, short enough that a stuck one is let go.
    requestTimeout: 120_000,
    return503OnClosing: true,
  });
  const { logStream: _l, distDir, ...overrides } = opts;
  // Once shutting down, each answer closes its connection, so the process can exit as soon as
  // the requests in flight are answered rather than when idle keep-alive connections time out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  const calls = internalCalls(app);
  await secure(app, {
    tokenRateLimit: config.TOKEN_RATE_LIMIT,
    inlineScripts: inlineScriptHashes(distDir ?? DIST_DIR),
    // The server's own token requests (sign-ins, renewals) come from itself, not from a client to hold back.
    exempt: calls.isInternal,
  });
  // Before /webapi: its hooks must run before the sandbox's or the proxy's.
  const session = await mountSession(app, config, { now: opts.now ?? Date.now, calls });
  const webapi = await mountWebapi(app, config, overrides);
  app.addHook('onClose', async () => webapi.close());
  app.get('/healthz', async (_request, reply) => {
    // The dashboard's own settings, which its pages follow whichever server is behind it.
    const settings = { historyMaxJobs: config.HISTORY_MAX_JOBS };
    if (webapi.mode === 'sandbox') return { status: 'ok', mode: 'sandbox', ...settings };
    const answers = await upstreamAnswers(webapi.upstream, config.ALTERYX_TLS_INSECURE);
    // 503 when the Alteryx Server does not answer, so a load balancer or monitor can tell.
    return reply.code(answers ? 200 : 503).send({
      status: answers ? 'ok' : 'upstream-unreachable',
      mode: 'proxy',
      upstream: webapi.upstream.host,
      upstreamAnswers: answers,
      ...settings,
    });
  });
  await serveSpa(app, distDir ?? DIST_DIR, { sessionInfo: session.pageInfo });
  return { app, webapi, session: { secretSource: session.secretSource } };
}
