import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { changeView, paramsFromView, viewFromParams, type JobsView } from './view.ts';

/**
 * The view lives in the URL and nowhere else. Each change is a history entry, so Back
 * returns to the previous view; settings that only tune the display replace the entry.
 */
export function useJobsView(): [JobsView, (change: Partial<JobsView> | ((v: JobsView) => JobsView), opts?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const view = useMemo(() => viewFromParams(params), [key]);
  const update = useCallback(
    (change: Partial<JobsView> | ((v: JobsView) => JobsView), opts: { replace?: boolean } = {}) => {
      // The router hands an updater the params of its last render, which lag behind a
      // navigation still in progress; the address bar does not, so two quick changes both count.
      const current = viewFromParams(new URLSearchParams(window.location.search));
      setParams(paramsFromView(typeof change === 'function' ? change(current) : changeView(current, change)), opts);
    },
    [setParams],
  );
  return [view, update];
}
