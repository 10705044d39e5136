/** Links from the history's numbers to the jobs table, filtered to what the number counts. */
import { DEFAULT_VIEW, paramsFromView, type JobsView } from '../../state/view.ts';

export function completedJobsLink(change: Partial<JobsView>): string {
  return `/jobs?${paramsFromView({ ...DEFAULT_VIEW, statuses: ['Completed'], ...change }).toString()}`;
}

export const dayLink = (day: string) => completedJobsLink({ completedFrom: day, completedTo: day });
