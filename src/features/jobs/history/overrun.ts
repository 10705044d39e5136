/**
 * When a running job has run too long: past its workflow's 95th percentile of recent finished
 * runs, when enough of them are known for that to mean something, or past a plain threshold the
 * reader sets, whichever comes first. The jobs table's badge and the Overview's list use this
 * one rule, so they always agree.
 */
import type { RunBaseline } from './run-baselines.ts';

/** Fewer runs than this say too little about a workflow's usual run time. */
export const MIN_RUNS = 5;
export const DEFAULT_THRESHOLD_MIN = 120;

export type Baseline = RunBaseline;

export type Overrun = { over: 'p95'; limitMs: number; runs: number; byMs: number } | { over: 'threshold'; limitMs: number; byMs: number };

/**
 * Null when the job is within bounds. When it is past both, the p95 is given: it says what is
 * usual for this workflow, where the threshold only says what is long for any.
 */
export function overrun(elapsedMs: number | null, baseline: Baseline | null | undefined, thresholdMs: number): Overrun | null {
  if (elapsedMs === null || !Number.isFinite(elapsedMs)) return null;
  if (baseline && baseline.n >= MIN_RUNS && elapsedMs > baseline.p95Ms) {
    return { over: 'p95', limitMs: baseline.p95Ms, runs: baseline.n, byMs: elapsedMs - baseline.p95Ms };
  }
  if (thresholdMs > 0 && elapsedMs > thresholdMs) return { over: 'threshold', limitMs: thresholdMs, byMs: elapsedMs - thresholdMs };
  return null;
}
