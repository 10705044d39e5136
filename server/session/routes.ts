/**
 * /session: sign in (POST), who is signed in (GET, `?verify=1` to ask the server whether
 * the token is still accepted), sign out (DELETE). Answers are never cached, and no body
 * is ever logged.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_MESSAGES, SESSION_PATH, type SessionInfo, type SessionRefusal } from '../../contract/session.ts';
import { tokenAccepted } from './alteryx-calls.ts';
import { readSessionCookie } from './cookie.ts';
import type { InternalCalls } from './internal-calls.ts';
import type { Sessions } from './sessions.ts';
import { NOT_JSON, NOT_SUPPORTED, readSignIn } from './sign-in-body.ts';

/** A sign-in is a few hundred bytes. */
const BODY_LIMIT = 16 * 1024;

const secureOf = (request: FastifyRequest) => request.protocol === 'https';
const refuse = (reply: FastifyReply, status: number, message: string) => reply.code(status).send({ message } satisfies SessionRefusal);

export function sessionRoutes(sessions: Sessions, calls: InternalCalls) {
  return async function session(scope: FastifyInstance): Promise<void> {
    scope.removeAllContentTypeParsers();
    const json = scope.getDefaultJsonParser('error', 'error');
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (request, body: string, done) => {
      if (body === '') return done(null, undefined);
      json(request, body, (err, value) => done(null, err ? NOT_JSON : value));
    });
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, _body, done) => done(null, NOT_SUPPORTED));
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode ?? 500;
      // Fastify's own client errors (a body too large) and the sign-in rate limit.
      if (status >= 400 && status < 500) return refuse(reply, status, error.message);
      request.log.error({ err: error }, 'unexpected error');
      return refuse(reply, 500, 'An error has occurred.');
    });
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    scope.post(SESSION_PATH, async (request, reply) => {
      const body = readSignIn(request.body);
      if (!body.ok) return refuse(reply, 400, body.message);
      const signedIn = await sessions.signIn(body.value).catch(() => null);
      if (!signedIn) return refuse(reply, 502, 'The sign-in could not be completed.');
      if (!signedIn.ok) return refuse(reply, signedIn.status, signedIn.message);
      reply.header('set-cookie', sessions.cookie(signedIn.state, secureOf(request)));
      return sessions.info(signedIn.state) satisfies SessionInfo;
    });

    scope.get(SESSION_PATH, async (request, reply) => {
      const secure = secureOf(request);
      const reading = sessions.read(readSessionCookie(request.headers.cookie));
      if (reading.kind === 'none') return refuse(reply, 401, SESSION_MESSAGES.notSignedIn);
      if (reading.kind !== 'valid') {
        reply.header('set-cookie', sessions.cleared(secure));
        return refuse(reply, 401, reading.kind === 'expired' ? SESSION_MESSAGES.expired : SESSION_MESSAGES.notSignedIn);
      }
      const verify = (request.query as Record<string, unknown>).verify;
      if (verify !== '1' && verify !== 'true') return sessions.info(reading.state) satisfies SessionInfo;

      const usable = await sessions.usable(reading.state);
      const checked = usable.ok ? await tokenAccepted(calls, usable.state.token).catch(() => null) : usable;
      if (!checked) return refuse(reply, 502, 'The token could not be checked.');
      if (!checked.ok) {
        if (checked.refused) {
          sessions.forget(reading.state);
          reply.header('set-cookie', sessions.cleared(secure));
        }
        return refuse(reply, checked.status, checked.message);
      }
      const state = usable.ok ? usable.state : reading.state;
      if (usable.ok && usable.renewed) reply.header('set-cookie', sessions.cookie(state, secure));
      return sessions.info(state) satisfies SessionInfo;
    });

    scope.delete(SESSION_PATH, async (request, reply) => {
      const reading = sessions.read(readSessionCookie(request.headers.cookie));
      if (reading.kind === 'valid') sessions.forget(reading.state);
      return reply
        .code(204)
        .header('set-cookie', sessions.cleared(secureOf(request)))
        .send();
    });
  };
}
