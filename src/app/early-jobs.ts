/**
 * The entry's first module, with only small plain imports: it runs before the rest of the
 * app's modules are evaluated, and when a signed-in Curator opens the jobs list it sends the
 * list's request then, so the answer comes in while they are (the app's identical request
 * takes it up; see lib/early-request.ts).
 */
import { listParams } from '../features/jobs/api/list-params.ts';
import { jobsListViewAt } from './paths.ts';
import { sendEarly } from '../lib/early-request.ts';
import { queryString } from '../lib/query-string.ts';
import { SESSION_KEY } from '../lib/session-key.ts';

try {
  const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as {
    token?: string;
    role?: string;
    expiresAt?: number | null;
  } | null;
  const token = session?.token && (!session.expiresAt || session.expiresAt > Date.now()) ? session.token : null;
  const view = token && session?.role === 'curator' ? jobsListViewAt(location.pathname, location.search) : null;
  if (token && view) sendEarly(`/webapi/v3/jobs${queryString(listParams(view, true))}`, token);
} catch {
  // Nothing sent early: the app asks as it always does.
}
