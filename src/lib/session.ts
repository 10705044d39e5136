/**
 * Who is signed in, as the dashboard's server says: the session itself (the token, and the
 * key and secret that renew it) is in an HttpOnly cookie that no script can read. Every tab
 * shares it; a tab that signs in or out tells the others.
 */
import { useSyncExternalStore } from 'react';
import { readSessionInfo, type LenientSessionInfo } from '../../contract/lenient.ts';
import { serverRequest } from './api-client.ts';
import { pageSessionData } from './session-data.ts';
import { SESSION_PATH } from '../../contract/session-words.ts';

export type Role = LenientSessionInfo['role'];
export type Session = LenientSessionInfo;
export type SignOutReason = 'expired' | 'signed-out';

/** undefined: not known yet (the page came without the block, and the server is being asked). */
let current: Session | null | undefined = readSessionInfo(pageSessionData());
let lastReason: SignOutReason | null = null;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('alteryx-jobs.session');

function emit() {
  for (const l of listeners) l();
}

function set(session: Session | null) {
  current = session;
  emit();
}

export const sessionStore = {
  get: (): Session | null => current ?? null,
  /** False until the server has said whether there is a session. */
  known: (): boolean => current !== undefined,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** What the server said: at start, after a sign-in, or after a check. */
  set,
  start(session: Session, { tellOthers = true } = {}) {
    lastReason = null;
    set(session);
    if (tellOthers) channel?.postMessage('signed-in');
  },
  end(reason: SignOutReason, { tellOthers = true } = {}) {
    lastReason = reason;
    set(null);
    if (tellOthers) channel?.postMessage(reason);
  },
  /** Signs out here at once; the server forgets the session (a failure there leaves only a cookie it will refuse once it expires). */
  signOut() {
    void serverRequest(SESSION_PATH, { method: 'DELETE', anonymous: true }).catch(() => undefined);
    sessionStore.end('signed-out');
  },
  /** Why the last session ended, for the sign-in page to say. */
  lastReason: () => lastReason,
  /** Another tab signed in or out: follow it. `refresh` asks the server who is signed in now. */
  followOtherTabs(refresh: () => void) {
    if (!channel) return () => undefined;
    const onMessage = (e: MessageEvent) => {
      if (e.data === 'signed-in') refresh();
      else if ((e.data === 'signed-out' || e.data === 'expired') && current)
        sessionStore.end(e.data as SignOutReason, { tellOthers: false });
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}

export function useSessionKnown(): boolean {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.known, () => false);
}
