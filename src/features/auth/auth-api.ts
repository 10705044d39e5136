/**
 * Signing in and out through the dashboard's own server, which asks the Alteryx Server for the
 * token, checks the role, and keeps the session in an HttpOnly cookie.
 */
import { LenientSessionInfo, readAs } from '../../../contract/lenient.ts';
import { ApiError, serverJson } from '../../lib/api-client.ts';
import type { Session } from '../../lib/session.ts';
import { SESSION_PATH } from '../../../contract/session-words.ts';

const json = (body: object) => ({
  method: 'POST',
  anonymous: true,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

export async function signInWithKey(key: string, secret: string): Promise<Session> {
  return readAs(LenientSessionInfo, await serverJson(SESSION_PATH, json({ key, secret })), 'session answer');
}

export async function signInWithToken(token: string): Promise<Session> {
  return readAs(LenientSessionInfo, await serverJson(SESSION_PATH, json({ token })), 'session answer');
}

/**
 * Who the server says is signed in: null when no one is. With `verify`, the server also asks
 * the Alteryx Server whether the token is still accepted (a 401 elsewhere may be about
 * permission only).
 */
export async function currentSession(verify = false): Promise<Session | null> {
  try {
    return readAs(
      LenientSessionInfo,
      await serverJson(SESSION_PATH, { anonymous: true, query: verify ? { verify: 1 } : {} }),
      'session answer',
    );
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}
