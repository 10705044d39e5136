import { useEffect } from 'react';
import { setUnauthorizedHandler } from '../../lib/api-client.ts';
import { sessionStore, type Session } from '../../lib/session.ts';
import { currentSession } from './auth-api.ts';

/**
 * Ends a session as "expired" when the server no longer holds it: at its end, or when a call
 * is refused and the server, asked, says the token is no longer accepted. Renewing the token
 * is the server's work, once for every tab.
 */
export function useSessionLifecycle(session: Session | null): void {
  useEffect(() => {
    if (!session) return;
    let checking = false;
    setUnauthorizedHandler(() => {
      if (checking) return;
      checking = true;
      currentSession(true).then(
        (now) => {
          checking = false;
          if (!now && sessionStore.get() === session) sessionStore.end('expired');
        },
        () => {
          // The server did not answer: the session may be fine; the next call tells.
          checking = false;
        },
      );
    });
    return () => setUnauthorizedHandler(null);
  }, [session]);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const timer = setTimeout(() => sessionStore.end('expired'), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);
}
