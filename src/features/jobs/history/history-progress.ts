/** How far a history walk is, by its query's key, for the progress bar: outside the query, which only knows when it is done. */
import { useSyncExternalStore } from 'react';

export interface ReadProgress {
  read: number;
  total: number;
}

const progress = new Map<string, ReadProgress>();
const listeners = new Set<() => void>();
const id = (key: readonly unknown[]) => JSON.stringify(key);

export function setProgress(key: readonly unknown[], p: ReadProgress) {
  progress.set(id(key), p);
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useReadProgress(key: readonly unknown[]): ReadProgress | null {
  const k = id(key);
  return useSyncExternalStore(subscribe, () => progress.get(k) ?? null);
}
