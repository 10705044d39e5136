import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import type { Action, PlanJob } from './bulk-plan.ts';
import { runBulk, type BulkResult } from './bulk-runner.ts';
import { cancelJobRequest } from '../api/cancel-job-request.ts';
import { jobKeys } from '../api/query-keys.ts';

export const BULK_CONCURRENCY = 4;

export type Outcome = 'stopped' | 'removed' | 'failed' | 'notRun';

export interface JobOutcome {
  jobId: string;
  outcome: Outcome;
  /** The server's words: its answer, or why it refused. Null when it gave none. */
  message: string | null;
}

export interface BulkRun {
  phase: 'idle' | 'running' | 'stopping' | 'done';
  total: number;
  results: JobOutcome[];
}

type Todo = { job: PlanJob; action: Action };
const IDLE: BulkRun = { phase: 'idle', total: 0, results: [] };
// Results arrive faster than anyone can read them; the screen takes them in batches so
// 2,000 cancels do not mean 2,000 renders.
const FLUSH_MS = 150;

function outcomeOf(r: BulkResult<Todo, { message: string }>): JobOutcome {
  const jobId = r.item.job.jobId;
  if (r.ok) return { jobId, outcome: r.item.action === 'stop' ? 'stopped' : 'removed', message: r.value.message };
  return { jobId, outcome: 'failed', message: r.error instanceof ApiError ? r.error.message : null };
}

/**
 * Cancels many jobs, a few at a time, with a way to stop. When the run ends every job and
 * list is fetched again, so the table shows what really happened.
 */
export function useBulkCancel() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun>(IDLE);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops the run: nothing new is sent once nobody is watching.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (todo: Todo[]): Promise<JobOutcome[]> => {
      const all: JobOutcome[] = [];
      const abort = new AbortController();
      controller.current = abort;
      const buffer: JobOutcome[] = [];
      let timer: ReturnType<typeof setTimeout> | null = null;
      const flush = () => {
        timer = null;
        const batch = buffer.splice(0);
        if (batch.length) setRun((r) => ({ ...r, results: r.results.concat(batch) }));
      };
      setRun({ phase: 'running', total: todo.length, results: [] });
      const out = await runBulk(todo, (t) => cancelJobRequest(t.job.jobId), {
        concurrency: BULK_CONCURRENCY,
        signal: abort.signal,
        onResult: (r) => {
          const outcome = outcomeOf(r);
          all.push(outcome);
          buffer.push(outcome);
          timer ??= setTimeout(flush, FLUSH_MS);
        },
      });
      if (timer) clearTimeout(timer);
      const notRun = out.notRun.map((t) => ({ jobId: t.job.jobId, outcome: 'notRun' as const, message: null }));
      all.push(...notRun);
      buffer.push(...notRun);
      flush();
      setRun((r) => ({ ...r, phase: 'done' }));
      // Every list the cancelled jobs were in, and the jobs themselves.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: jobKeys.jobs() }),
      ]);
      return all;
    },
    [queryClient],
  );

  const stop = useCallback(() => {
    controller.current?.abort();
    setRun((r) => (r.phase === 'running' ? { ...r, phase: 'stopping' } : r));
  }, []);

  const reset = useCallback(() => setRun(IDLE), []);

  return { run, start, stop, reset };
}
