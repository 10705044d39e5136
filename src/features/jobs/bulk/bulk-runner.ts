/**
 * Runs one piece of work per item, a few at a time. Stopping starts nothing new; what is
 * already in flight finishes and is reported, so every request that went out has an answer
 * on screen. One failure never stops the others.
 */
export type BulkResult<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export interface BulkOptions<T, R> {
  concurrency: number;
  signal?: AbortSignal;
  onResult?: (result: BulkResult<T, R>) => void;
}

export interface BulkOutcome<T, R> {
  results: BulkResult<T, R>[];
  /** Items never started because the run was stopped. */
  notRun: T[];
  stopped: boolean;
}

export async function runBulk<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  { concurrency, signal, onResult }: BulkOptions<T, R>,
): Promise<BulkOutcome<T, R>> {
  const results: BulkResult<T, R>[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++]!;
      let result: BulkResult<T, R>;
      try {
        result = { item, ok: true, value: await work(item) };
      } catch (error) {
        result = { item, ok: false, error };
      }
      results.push(result);
      onResult?.(result);
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return { results, notRun: items.slice(next), stopped: next < items.length };
}
