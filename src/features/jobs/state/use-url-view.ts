import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ViewCodec<V> {
  fromParams: (p: URLSearchParams) => V;
  toParams: (v: V) => URLSearchParams;
  /** A change applied to a view (for instance, back to page 1 on a new filter). */
  change: (v: V, change: Partial<V>) => V;
}

export type SetView<V> = (change: Partial<V> | ((v: V) => V), opts?: { replace?: boolean }) => void;

/**
 * A page's view lives in the URL and nowhere else. Each change is a history entry, so Back
 * returns to the previous view; settings that only tune the display replace the entry.
 */
export function useUrlView<V>(codec: ViewCodec<V>): [V, SetView<V>] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const view = useMemo(() => codec.fromParams(params), [key, codec]);
  const update = useCallback<SetView<V>>(
    (change, opts = {}) => {
      // The router hands an updater the params of its last render, which lag behind a
      // navigation still in progress; the address bar does not, so two quick changes both count.
      const current = codec.fromParams(new URLSearchParams(window.location.search));
      setParams(codec.toParams(typeof change === 'function' ? change(current) : codec.change(current, change)), opts);
    },
    [setParams, codec],
  );
  return [view, update];
}
