/** For the session's tests: signing in through POST /session, and the cookie a browser would keep. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE, SESSION_PATH } from '../../contract/session.ts';

/** The session's Set-Cookie line of an answer, if it has one. */
export function sessionSetCookie(res: LightMyRequestResponse): string | undefined {
  const header = res.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.find((line) => line.startsWith(`${SESSION_COOKIE}=`));
}

/** What the browser sends back: `alteryx-jobs.session=<value>`, or undefined when the answer set none. */
export function cookieFrom(res: LightMyRequestResponse): string | undefined {
  return sessionSetCookie(res)?.split(';')[0];
}

export async function signIn(
  app: FastifyInstance,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ res: LightMyRequestResponse; cookie: string }> {
  const res = await app.inject({ method: 'POST', url: SESSION_PATH, payload: body, headers });
  return { res, cookie: cookieFrom(res) ?? '' };
}

/** A new token for a key and secret (the test server keeps one per user, which may have run out on a moved clock). */
export async function freshToken(app: FastifyInstance, creds: { key: string; secret: string }): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/webapi/oauth2/token',
    payload: 'grant_type=client_credentials',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${creds.key}:${creds.secret}`).toString('base64')}`,
    },
  });
  return res.json<{ access_token: string }>().access_token;
}

/** What a browser adds to a request from the dashboard's own page. */
export const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };
