/**
 * The dashboard's own session, held by its server (a backend-for-frontend): how the browser
 * signs in at POST /session, and what it is told about the session there, at GET /session
 * and in the page. The token, key and secret stay in the server's sealed cookie.
 */
// zod/mini, as in lenient.ts: the browser reads these answers too.
import * as z from 'zod/mini';

// The session's names, without zod, for the page's first script too.
export { SESSION_COOKIE, SESSION_DATA_ID, SESSION_PATH } from './session-words.ts';

/** Long enough for any real key, secret or token; short enough that the sealed cookie stays under a browser's 4 KB. */
export const SIGN_IN_LIMITS = { key: 256, secret: 256, token: 2048 } as const;

const field = (name: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${name} is missing.` : `${name} must be text.`) })
    .check(z.minLength(1, `${name} is empty.`), z.maxLength(max, `${name} is longer than ${max} characters.`));

export const KeySignIn = z.object({ key: field('key', SIGN_IN_LIMITS.key), secret: field('secret', SIGN_IN_LIMITS.secret) });
export type KeySignIn = z.output<typeof KeySignIn>;

export const TokenSignIn = z.object({ token: field('token', SIGN_IN_LIMITS.token) });
export type TokenSignIn = z.output<typeof TokenSignIn>;

/** The body of POST /session: an API key and secret, or a token pasted as it is. */
export const SignIn = z.union([KeySignIn, TokenSignIn]);
export type SignIn = z.output<typeof SignIn>;

export const SessionRole = z.enum(['curator', 'other']);
export type SessionRole = z.output<typeof SessionRole>;

export const SessionInfo = z.object({
  /** Null when signed in with a pasted token. */
  apiKey: z.nullable(z.string()),
  role: SessionRole,
  /** When the session ends, epoch ms. */
  expiresAt: z.number(),
  server: z.object({
    mode: z.enum(['sandbox', 'proxy']),
    /** The Alteryx Server's host in proxy mode. */
    host: z.nullable(z.string()),
  }),
});
export type SessionInfo = z.output<typeof SessionInfo>;

/** Every refusal at /session (400, 401, 403, 429, 502, 504). */
export const SessionRefusal = z.object({ message: z.string() });
export type SessionRefusal = z.output<typeof SessionRefusal>;

export const SESSION_MESSAGES = {
  notSignedIn: 'Not signed in.',
  expired: 'Your session has expired.',
  invalidForApi: 'Your session has expired or is not valid. Sign in again.',
  crossSite: 'Cross-site request refused.',
} as const;
