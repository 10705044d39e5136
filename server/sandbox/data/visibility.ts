/**
 * Who may see which jobs and workflows, said once. The rule is SQL so that lists filter by
 * it in the database; a single job is checked with the same term.
 */

/** Whoever asks: a signed-in user, or a user the simulator acts for. */
export interface Viewer {
  id: string;
  role: string;
}

/** A Curator sees every job and every workflow. */
export const seesAll = (viewer: Viewer): boolean => viewer.role === 'Curator';

const SHARED_WITH_CALLER = `SELECT cw.workflow_id FROM collection_workflows cw
  JOIN collection_users cu ON cu.collection_id = cw.collection_id WHERE cu.user_id = @caller`;

/**
 * Anyone else sees their own jobs, and the scheduled runs of workflows shared with them
 * through a collection. A WHERE term on the jobs table named by `prefix`; binds `@caller`.
 */
export const visibleJobsTerm = (prefix: string): string =>
  `(${prefix}user_id = @caller OR (${prefix}schedule_id IS NOT NULL AND ${prefix}workflow_id IN (${SHARED_WITH_CALLER})))`;

/** ...and their own workflows and those shared with them. Binds `@caller`. */
export const visibleWorkflowsTerm = (prefix: string): string =>
  `(${prefix}owner_id = @caller OR ${prefix}id IN (${SHARED_WITH_CALLER}))`;

/** The terms and parameter that keep a query on `table` to what the viewer may see. */
export function visibleTo(viewer: Viewer, table: 'jobs' | 'workflows', prefix: string): { terms: string[]; params: { caller?: string } } {
  if (seesAll(viewer)) return { terms: [], params: {} };
  const term = table === 'jobs' ? visibleJobsTerm(prefix) : visibleWorkflowsTerm(prefix);
  return { terms: [term], params: { caller: viewer.id } };
}
