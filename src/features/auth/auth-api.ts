import { LenientToken, readAs } from '../../../contract/lenient.ts';
import { apiJson, ApiError, apiRequest } from '../../lib/api-client.ts';
import type { Role, Session } from '../../lib/session.ts';

/** `key:secret` for HTTP Basic, as UTF-8 (btoa alone only takes Latin-1). */
function basic(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  return `Basic ${btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))}`;
}

/**
 * OAuth2 client credentials, sent as HTTP Basic: the way RFC 6749 prefers, and the one way
 * some servers accept (others also take them in the form body).
 */
export async function requestToken(key: string, secret: string): Promise<{ token: string; expiresAt: number | null }> {
  const answer = await apiJson('/oauth2/token', {
    method: 'POST',
    anonymous: true,
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(key, secret) },
  });
  const token = readAs(LenientToken, answer, 'token answer');
  return { token: token.access_token, expiresAt: token.expires_in ? Date.now() + token.expires_in * 1000 : null };
}

/**
 * What a token may do. Curator-only calls answer others with 401, the same status as a
 * bad token: a call any user may make tells the two apart.
 */
export async function roleOf(token: string): Promise<Role> {
  try {
    await apiRequest('/v3/users', { token });
    return 'curator';
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401) throw err;
  }
  await apiRequest('/v3/workflows', { token });
  return 'other';
}

export async function signInWithKey(key: string, secret: string): Promise<Session> {
  const { token, expiresAt } = await requestToken(key, secret);
  return { token, expiresAt, apiKey: key, role: await roleOf(token) };
}

export async function signInWithToken(token: string): Promise<Session> {
  return { token, expiresAt: null, apiKey: null, role: await roleOf(token) };
}

/** True when the session's token is still accepted (a 401 elsewhere was about permission). */
export async function tokenStillValid(token: string): Promise<boolean> {
  try {
    await apiRequest('/v3/workflows', { token });
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return false;
    return true;
  }
}
