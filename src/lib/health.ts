/** Which server the dashboard talks to, from its own /healthz: the sandbox or a named upstream. */
import { queryOptions } from '@tanstack/react-query';

export interface Health {
  mode: 'sandbox' | 'proxy';
  upstream?: string;
  /** HISTORY_MAX_JOBS: finished jobs the Overview's history reads at most; our own server always says it. */
  historyMaxJobs?: number;
}

export const DEFAULT_HISTORY_MAX_JOBS = 50_000;
export const historyMaxJobs = (h: Health): number =>
  typeof h.historyMaxJobs === 'number' && h.historyMaxJobs > 0 ? h.historyMaxJobs : DEFAULT_HISTORY_MAX_JOBS;

let pending: Promise<Health> | null = null;

/** Asked once per page: the answer does not change while the page lives. */
export function fetchHealth(): Promise<Health> {
  pending ??= fetch('/healthz').then(async (res) => {
    // 503: a proxy whose Alteryx Server does not answer; it still says which server it is.
    if (!res.ok && res.status !== 503) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as Health;
  });
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

export const healthQuery = queryOptions({ queryKey: ['health'], queryFn: fetchHealth, staleTime: Infinity });

/** A name for the server's data, for what the browser keeps about it. */
export const serverScope = (h: Health) => (h.mode === 'sandbox' ? 'sandbox' : `proxy:${h.upstream ?? ''}`);
