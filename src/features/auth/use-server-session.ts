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
      void currentSession().then(
        (session) => (session ? sessionStore.start(session, { tellOthers: false }) : sessionStore.known() || sessionStore.set(null)),
        () => sessionStore.known() || sessionStore.set(null),
      );
    if (!sessionStore.known()) refresh();
    return sessionStore.followOtherTabs(refresh);
  }, []);
}
