import { useEffect } from 'react';
import { sessionStore } from '../../lib/session.ts';
import { currentSession } from './auth-api.ts';

/**
 * Asks the server who is signed in when the page came without saying (a dev server, or a page
 * from the cache), and again whenever another tab signs in.
 */
export function useServerSession(): void {
  useEffect(() => {
    const refresh = () =>
      currentSession().then(
        (session) => {
          if (session) sessionStore.start(session, { tellOthers: false });
          else if (!sessionStore.known()) sessionStore.set(null);
        },
        // The server did not answer: until it does, show sign-in rather than nothing.
        () => {
          if (!sessionStore.known()) sessionStore.set(null);
        },
      );
    if (!sessionStore.known()) void refresh();
    return sessionStore.followOtherTabs(() => void refresh());
  }, []);
}
