import { Navigate } from 'react-router';
import { useSession, useSessionKnown } from '../lib/session.ts';
import { PATHS } from './paths.ts';

/** Where a path that is no page goes: a Curator to the server at a glance, anyone else to the jobs. */
export function Landing() {
  const session = useSession();
  const known = useSessionKnown();
  if (!known) return null;
  if (!session) return <Navigate to={PATHS.signIn} replace />;
  return <Navigate to={session.role === 'curator' ? PATHS.overview : PATHS.jobs} replace />;
}
