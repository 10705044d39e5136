/**
 * What the session does to requests before the sandbox or the proxy sees them: a request
 * with the cookie and no Authorization of its own is sent on with the session's token, the
 * cookie itself never goes past this server, and a cross-site request that would change
 * something is refused before anything is forwarded.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_MESSAGES, SESSION_PATH, type SessionRefusal } from '../../contract/session.ts';
import { TOKEN_PATH } from '../security.ts';
import { readSessionCookie } from './cookie.ts';
import type { InternalCalls } from './internal-calls.ts';
import { crossSiteRefused } from './same-origin.ts';
import type { Sessions } from './sessions.ts';

const isWebapi = (path: string) => path === '/webapi' || path.startsWith('/webapi/');

export function installRequestHooks(app: FastifyInstance, sessions: Sessions, calls: InternalCalls): void {
  /** A renewed session's Set-Cookie, for the answer to the request that used it. */
  const renewedCookie = new WeakMap<FastifyRequest, string>();

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const webapi = isWebapi(path);
    if (!webapi && path !== SESSION_PATH) return;
    const headers = request.raw.headers;
    const value = readSessionCookie(headers.cookie);
    if (webapi) {
      // The Alteryx Server (and the sandbox) never see the dashboard's cookie, nor its own mark.
      delete headers.cookie;
      calls.unmark(request);
    }
    if (value === undefined) return;
    // A request with its own Authorization (a script, a test) goes on with it and never uses the
    // cookie, so another site cannot borrow the session through it: no check needed. (Another
    // site cannot set that header on a browser's request without a preflight this server refuses.)
    if (webapi && headers.authorization !== undefined) return;
    if (crossSiteRefused(request)) return reply.code(403).send({ message: SESSION_MESSAGES.crossSite } satisfies SessionRefusal);
    // /session reads the cookie itself; the token endpoint takes a key and secret, never the session's token.
    if (!webapi || path === TOKEN_PATH) return;

    const secure = request.protocol === 'https';
    const reading = sessions.read(value);
    if (reading.kind !== 'valid') {
      return reply
        .code(401)
        .header('set-cookie', sessions.cleared(secure))
        .send({ message: SESSION_MESSAGES.invalidForApi } satisfies SessionRefusal);
    }
    const usable = await sessions.usable(reading.state);
    if (!usable.ok) {
      if (usable.refused) reply.header('set-cookie', sessions.cleared(secure));
      return reply.code(usable.status).send({ message: usable.message } satisfies SessionRefusal);
    }
    headers.authorization = `Bearer ${usable.state.token}`;
    if (usable.renewed) renewedCookie.set(request, sessions.cookie(usable.state, secure));
  });

  // On the answer, whatever made it (the sandbox, the proxy, an error): the browser keeps the new token.
  app.addHook('onSend', async (request, reply) => {
    const cookie = renewedCookie.get(request);
    if (cookie) reply.header('set-cookie', cookie);
  });
}
