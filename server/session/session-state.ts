/** What the sealed cookie holds, and reading it back: anything that does not read as one is no session. */
import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { SessionRole } from '../../contract/session.ts';
import { seal, unseal, type SealKey } from './seal.ts';

const SessionState = z.object({
  /** Random, so that renewals of one session can be told from another's. */
  id: z.string().check(z.minLength(1)),
  token: z.string().check(z.minLength(1)),
  /** Epoch ms; null when unknown (a pasted token). */
  tokenExpiresAt: z.nullable(z.number()),
  /** Kept only when signed in with them, to get a new token when this one runs out. */
  apiKey: z.nullable(z.string()),
  apiSecret: z.nullable(z.string()),
  role: SessionRole,
  issuedAt: z.number(),
  expiresAt: z.number(),
});
export type SessionState = z.output<typeof SessionState>;

export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

export function sealSession(key: SealKey, state: SessionState): string {
  return seal(key, JSON.stringify(state));
}

export function unsealSession(key: SealKey, sealed: string): SessionState | null {
  const text = unseal(key, sealed);
  if (text === null) return null;
  try {
    const parsed = SessionState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A session the server can renew by itself: it holds the key and secret. */
export function renewable(state: SessionState): state is SessionState & { apiKey: string; apiSecret: string } {
  return state.apiKey !== null && state.apiSecret !== null;
}
