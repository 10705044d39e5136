import { useCallback, useMemo, useState } from 'react';

interface Selection<R> {
  rows: Map<string, R>;
  /** The last row clicked without Shift: one end of a Shift-click range. */
  anchor: string | null;
  /** Selections belong to one set of filters; new filters start with nothing selected. */
  scope: string;
}

/**
 * Rows picked for a bulk action, kept by job id (with the row, so a selection can span
 * pages). Shift-click picks the range from the last click, the way file lists do.
 */
export function useRowSelection<R extends { jobId: string }>(scope: string) {
  const [state, setState] = useState<Selection<R>>({ rows: new Map(), anchor: null, scope });
  // New filters: start over, during render, so no frame shows the old selection.
  if (state.scope !== scope) setState({ rows: new Map(), anchor: null, scope });
  const { rows } = state;

  const toggle = useCallback(
    (page: readonly R[], index: number, range: boolean) =>
      // The scope is always current here: a change of filters resets it during render, before any click.
      setState((s) => {
        const clicked = page[index];
        if (!clicked) return s;
        const select = !s.rows.has(clicked.jobId);
        const from = range && s.anchor !== null ? page.findIndex((r) => r.jobId === s.anchor) : -1;
        const [lo, hi] = from < 0 ? [index, index] : [Math.min(from, index), Math.max(from, index)];
        const next = new Map(s.rows);
        for (const row of page.slice(lo, hi + 1)) {
          if (select) next.set(row.jobId, row);
          else next.delete(row.jobId);
        }
        return { ...s, rows: next, anchor: clicked.jobId };
      }),
    [],
  );

  const togglePage = useCallback(
    (page: readonly R[]) =>
      setState((s) => {
        const all = page.length > 0 && page.every((r) => s.rows.has(r.jobId));
        const next = new Map(s.rows);
        for (const row of page) {
          if (all) next.delete(row.jobId);
          else next.set(row.jobId, row);
        }
        return { ...s, rows: next };
      }),
    [],
  );

  const remove = useCallback(
    (ids: Iterable<string>) =>
      setState((prev) => {
        const next = new Map(prev.rows);
        for (const id of ids) next.delete(id);
        return { ...prev, rows: next };
      }),
    [],
  );

  const clear = useCallback(() => setState({ rows: new Map(), anchor: null, scope }), [scope]);

  return useMemo(() => ({ rows, toggle, togglePage, remove, clear }), [rows, toggle, togglePage, remove, clear]);
}

export type RowSelection<R extends { jobId: string }> = ReturnType<typeof useRowSelection<R>>;
