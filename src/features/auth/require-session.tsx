import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, useSessionKnown } from '../../lib/session.ts';
import { useSessionLifecycle } from './use-session-lifecycle.ts';

/** The signed-in part of the app. Without a session, sign-in first, then back to this very URL. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const known = useSessionKnown();
  const location = useLocation();
  useSessionLifecycle(session);
  // Until the server has said (a page that came without the session's block), nothing to show yet.
  if (!known) return null;
  if (!session) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
