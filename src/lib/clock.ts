/**
 * One clock for the whole page: a single timer, running only while something shows a live
 * time, ticking each second. Each reader asks for its own step ("3 min ago" needs a new value
 * each minute, a run time each second) and draws again only when its step changes.
 */
import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The clock's last tick, for choosing a step before subscribing. */
export const lastTick = () => now;

/** The current time in whole steps of `stepMs` (at least a second). */
export function useNow(stepMs = TICK_MS): number {
  return useSyncExternalStore(subscribe, () => Math.floor(now / stepMs) * stepMs);
}

/** How often a time this far away needs redrawing: seconds while it is recent, then minutes. */
export function stepFor(ageMs: number): number {
  const age = Math.abs(ageMs);
  return age < 60_000 ? 1000 : age < 3_600_000 ? 10_000 : 60_000;
}
