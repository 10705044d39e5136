/**
 * Who is signed in. The token and its expiry live in sessionStorage (this tab only, gone
 * when it closes); the secret is kept in memory, never stored, only to renew the token
 * before it expires.
 */
import { useSyncExternalStore } from 'react';
import { SESSION_KEY } from './session-key.ts';

export type Role = 'curator' | 'other';

export interface Session {
  token: string;
  /** Epoch ms; null when unknown (a pasted token). */
  expiresAt: number | null;
  /** The API key, shown as who is signed in; null for a pasted token. */
  apiKey: string | null;
  role: Role;
}

export type SignOutReason = 'expired' | 'signed-out';

const KEY = SESSION_KEY;
let current: Session | null = read();
let secret: string | null = null;
let lastReason: SignOutReason | null = null;
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

export const sessionStore = {
  get: () => current,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(session: Session, apiSecret: string | null) {
    current = session;
    secret = apiSecret;
    lastReason = null;
    sessionStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  end(reason: SignOutReason) {
    current = null;
    secret = null;
    lastReason = reason;
    sessionStorage.removeItem(KEY);
    emit();
  },
  /** Why the last session ended, for the sign-in page to say. */
  lastReason: () => lastReason,
  /** The key and secret, while this tab still holds them, for a silent renewal. */
  credentials: () => (current?.apiKey && secret ? { key: current.apiKey, secret } : null),
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
