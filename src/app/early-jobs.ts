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
import { pageSessionData } from '../lib/session-data.ts';

try {
  // Who is signed in, as the server wrote it into the page; the cookie goes with the request.
  const session = pageSessionData() as { role?: string; expiresAt?: number | null } | undefined;
  const live = session?.role === 'curator' && (!session.expiresAt || session.expiresAt > Date.now());
  const view = live ? jobsListViewAt(location.pathname, location.search) : null;
  if (view) sendEarly(`/webapi/v3/jobs${queryString(listParams(view, true))}`);
} catch {
  // Nothing sent early: the app asks as it always does.
}
