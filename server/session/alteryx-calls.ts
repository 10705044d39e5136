/**
 * What a sign-in asks of the Alteryx Server (or the sandbox), as the browser used to ask it:
 * a token for a key and secret, and what that token may do. A refusal keeps the server's
 * own words.
 */
import * as z from 'zod/mini';
import type { SessionRole } from '../../contract/session.ts';
import type { InternalAnswer, InternalCalls } from './internal-calls.ts';

export interface Failure {
  ok: false;
  status: number;
  message: string;
  /** The key, secret or token was refused (rather than the server failing to answer). */
  refused: boolean;
}

const TOKEN_URL = '/webapi/oauth2/token';

/** A token answer as servers write it: `expires_in` may be a number or text, or missing. */
const TokenAnswer = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.optional(z.union([z.number(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))])),
});

/** The server's own message: OAuth's error_description, then ASP.NET's message or Message, then a short text body. */
export function messageOf(answer: InternalAnswer, fallback: string): string {
  const body = answer.json;
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    for (const name of ['error_description', 'message', 'Message', 'error']) {
      const value = b[name];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
  }
  const text = answer.text.trim();
  if (answer.json === undefined && text && text.length <= 300 && !text.startsWith('<')) return text;
  return fallback;
}

/** An answer that is neither a success nor a refusal: passed on as it came, with its message. */
function failed(answer: InternalAnswer): Failure {
  if (answer.status >= 400) {
    return {
      ok: false,
      status: answer.status,
      message: messageOf(answer, `The Alteryx Server answered ${answer.status}.`),
      refused: false,
    };
  }
  return {
    ok: false,
    status: 502,
    message: `The Alteryx Server gave an answer the dashboard cannot use (${answer.status}).`,
    refused: false,
  };
}

const ok2xx = (status: number) => status >= 200 && status < 300;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function requestToken(
  calls: InternalCalls,
  key: string,
  secret: string,
  nowMs: number,
): Promise<{ ok: true; token: string; expiresAt: number | null } | Failure> {
  const answer = await calls.call({
    method: 'POST',
    url: TOKEN_URL,
    headers: {
      authorization: `Basic ${Buffer.from(`${key}:${secret}`, 'utf8').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: 'grant_type=client_credentials',
  });
  // OAuth answers bad credentials with 400 invalid_client; to the dashboard that is a refused sign-in.
  if (answer.status === 400 || answer.status === 401) {
    return { ok: false, status: 401, message: messageOf(answer, 'The API key or secret was refused.'), refused: true };
  }
  if (!ok2xx(answer.status)) return failed(answer);
  const token = TokenAnswer.safeParse(answer.json);
  if (!token.success) return { ok: false, status: 502, message: "The Alteryx Server's token answer could not be read.", refused: false };
  const { access_token, expires_in } = token.data;
  return { ok: true, token: access_token, expiresAt: expires_in ? nowMs + expires_in * 1000 : null };
}

/** True when the token is still accepted; a refusal is a 401 with the server's message. */
export async function tokenAccepted(calls: InternalCalls, token: string): Promise<{ ok: true } | Failure> {
  const answer = await calls.call({ method: 'GET', url: '/webapi/v3/workflows', headers: bearer(token) });
  if (ok2xx(answer.status)) return { ok: true };
  if (answer.status === 401) return { ok: false, status: 401, message: messageOf(answer, 'The token was refused.'), refused: true };
  return failed(answer);
}

/**
 * Curator-only calls answer others with 401, the same status as a bad token: a call any
 * user may make tells the two apart.
 */
export async function roleOf(calls: InternalCalls, token: string): Promise<{ ok: true; role: SessionRole } | Failure> {
  const users = await calls.call({ method: 'GET', url: '/webapi/v3/users', headers: bearer(token) });
  if (ok2xx(users.status)) return { ok: true, role: 'curator' };
  if (users.status !== 401) return failed(users);
  const accepted = await tokenAccepted(calls, token);
  return accepted.ok ? { ok: true, role: 'other' } : accepted;
}
