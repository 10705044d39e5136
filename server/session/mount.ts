/**
 * The dashboard's server holds the session: the browser gets an HttpOnly cookie, never the
 * token, key or secret. Mounted before /webapi, so its hooks run before the sandbox's or
 * the proxy's.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { SessionInfo } from '../../contract/session.ts';
import { readSessionCookie } from './cookie.ts';
import type { InternalCalls } from './internal-calls.ts';
import { installRequestHooks } from './request-hooks.ts';
import { sessionRoutes } from './routes.ts';
import { sessionSecret, type SecretSource } from './secret.ts';
import { Sessions } from './sessions.ts';

export interface SessionMount {
  /** Where the sealing secret came from, for the start message. */
  secretSource: SecretSource;
  /** The signed-in page's session, or null to send the page as it is. */
  pageInfo(request: FastifyRequest): SessionInfo | null;
}

export async function mountSession(
  app: FastifyInstance,
  config: Config,
  opts: { now: () => number; calls: InternalCalls },
): Promise<SessionMount> {
  const { secret, source } = sessionSecret(config);
  const server: SessionInfo['server'] = config.ALTERYX_URL
    ? { mode: 'proxy', host: new URL(config.ALTERYX_URL).host }
    : { mode: 'sandbox', host: null };
  const sessions = new Sessions({ secret, maxAgeS: config.SESSION_MAX_AGE, now: opts.now, calls: opts.calls, server });
  installRequestHooks(app, sessions, opts.calls);
  await app.register(sessionRoutes(sessions, opts.calls));
  return {
    secretSource: source,
    pageInfo(request) {
      const reading = sessions.read(readSessionCookie(request.headers.cookie));
      return reading.kind === 'valid' ? sessions.info(reading.state) : null;
    },
  };
}
