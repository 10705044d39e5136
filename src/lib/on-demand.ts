import { useSyncExternalStore } from 'react';

export interface OnDemand<T> {
  /** Starts the download (once); a failed one (offline) is tried again on the next call. */
  fetch: () => void;
  /** The module once it is here, else undefined; the component re-renders when it arrives. */
  use: () => T | undefined;
}

/**
 * Code the first view does not need, fetched when the user heads for it (a hover, a focus)
 * and shared by every component that waits for it. Unlike React.lazy it never suspends, so
 * whatever stands in meanwhile stays mounted, keeps the focus and collects what is typed.
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  const listeners = new Set<() => void>();
  let pending: Promise<void> | undefined;
  const fetch = () => {
    pending ??= load().then(
      (loaded) => {
        value = loaded;
        for (const listener of listeners) listener();
      },
      () => {
        pending = undefined;
      },
    );
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => value;
  return { fetch, use: () => useSyncExternalStore(subscribe, snapshot) };
}
