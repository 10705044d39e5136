import { useEffect } from 'react';
import { setUnauthorizedHandler } from '../../lib/api-client.ts';
import { sessionStore, type Session } from '../../lib/session.ts';
import { requestToken, tokenStillValid } from './auth-api.ts';

const RENEW_BEFORE_MS = 60_000;

/**
 * Keeps a session alive while it can be (renewing with the in-memory secret a minute
 * before expiry) and ends it as "expired" when it cannot: at expiry, or when a call is
 * refused and the token turns out to be no longer accepted.
 */
export function useSessionLifecycle(session: Session | null): void {
  useEffect(() => {
    if (!session) return;
    let checking = false;
    setUnauthorizedHandler(() => {
      if (checking) return;
      checking = true;
      void tokenStillValid(session.token).then((ok) => {
        checking = false;
        if (!ok && sessionStore.get()?.token === session.token) sessionStore.end('expired');
      });
    });
    return () => setUnauthorizedHandler(null);
  }, [session]);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const creds = sessionStore.credentials();
    const at = creds ? session.expiresAt - RENEW_BEFORE_MS : session.expiresAt;
    const timer = setTimeout(
      () => {
        if (!creds) return sessionStore.end('expired');
        requestToken(creds.key, creds.secret).then(
          ({ token, expiresAt }) => sessionStore.start({ ...session, token, expiresAt }, creds.secret),
          () => sessionStore.end('expired'),
        );
      },
      Math.max(0, at - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [session]);
}
