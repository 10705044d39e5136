/**
 * The page's first script, tiny and separate from the app: when a signed-in Curator opens the
 * jobs list, it sends the list's request at once, so the answer comes in while the app's code
 * is still loading (the app's identical request takes it up; see lib/early-request.ts).
 */
import { listParams } from '../features/jobs/api/list-params.ts';
import { viewFromParams } from '../features/jobs/state/view.ts';
import { sendEarly } from '../lib/early-request.ts';
import { queryString } from '../lib/query-string.ts';
import { SESSION_KEY } from '../lib/session-key.ts';

try {
  const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as {
    token?: string;
    role?: string;
    expiresAt?: number | null;
  } | null;
  const fresh = session?.token && (!session.expiresAt || session.expiresAt > Date.now());
  if (fresh && session.role === 'curator' && /^\/jobs(\/[^/]+)?$/.test(location.pathname)) {
    const params = listParams(viewFromParams(new URLSearchParams(location.search)), true);
    sendEarly(`/webapi/v3/jobs${queryString(params)}`, session.token!);
  }
} catch {
  // Nothing sent early: the app asks as it always does.
}
