/**
 * Every write to jobs: creating, starting, progressing, finishing and cancelling. Each
 * public method is one transaction, and each state change is guarded by the state it
 * expects (see data/job-states.ts), so a cancel racing a pickup or a finish can never lose,
 * duplicate or resurrect a job.
 */
import { isCancellable, workflowKey, type JobStatus } from '../../contract/job-words.ts';
import { JobStates, type ActiveJob } from './data/job-states.ts';
import type { RunnableWorkflow } from './data/workflows.ts';
import type { Db } from './db.ts';
import { objectId, priorityRank, STATUS_RANK } from './domain.ts';
import {
  bodyMessage,
  closingMessages,
  countMessages,
  plannedMessageCount,
  startMessage,
  type LogContext,
  type MessageRow,
} from './messages.ts';
import type { Rng } from './seed/rng.ts';
import type { OutputSeed } from './seed/catalog.ts';

export interface NewJob {
  id: string;
  workflow: RunnableWorkflow;
  appName: string;
  userId: string;
  scheduleId: string | null;
  priority: string;
  workerTag: string;
  runWithE2: boolean;
  createMs: number;
  planRunMs: number;
  planMessages: number;
  planDisposition: string;
}

export type CancelOutcome = 'cancelled' | 'deleted' | 'not-cancellable' | 'not-found';

const WARNING_PERCENT = 11;

/** Dispositions of jobs that run to the end, for a workflow that ends in Error `errorPercent`% of the time. */
export function dispositionMix(errorPercent: number) {
  return [
    ['Success', 100 - WARNING_PERCENT - errorPercent],
    ['Warning', WARNING_PERCENT],
    ['Error', errorPercent],
  ] as const;
}

/**
 * Most workflows rarely fail; the few that fail often (the catalog's errorPercent) bring the
 * whole server's Error share to about 9%.
 */
export const DISPOSITION_MIX = dispositionMix(7);

/** Initializing lasts a few seconds before the engine starts. */
export const INIT_MS = 3000;

export function planRun(
  rng: Rng,
  medianRunS: number,
  dispositions: readonly (readonly [string, number])[] = DISPOSITION_MIX,
): { runMs: number; messages: number; disposition: string } {
  return {
    runMs: Math.round(Math.min(6 * 3600, Math.max(1, rng.logNormal(medianRunS, 0.8))) * 1000),
    messages: plannedMessageCount(rng),
    disposition: rng.weighted(dispositions),
  };
}

export class Lifecycle {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = new JobStates(db);
  }

  insertJob(job: NewJob, state?: { status: JobStatus; startMs: number | null; completionMs: number | null; disposition: string }): void {
    const status = state?.status ?? 'Queued';
    this.s.insert({
      id: job.id,
      workflowId: job.workflow.id,
      appName: job.appName,
      appKey: workflowKey(job.appName),
      userId: job.userId,
      scheduleId: job.scheduleId,
      status,
      statusRank: STATUS_RANK[status],
      disposition: state?.disposition ?? 'None',
      priority: job.priority,
      priorityRank: priorityRank(job.priority),
      workerTag: job.workerTag,
      runWithE2: job.runWithE2 ? 1 : 0,
      createMs: job.createMs,
      startMs: state?.startMs ?? null,
      completionMs: state?.completionMs ?? null,
      planRunMs: job.planRunMs,
      planMessages: job.planMessages,
      planDisposition: job.planDisposition,
      msgCount: 0,
    });
  }

  /** A job arriving in the queue now, in its own transaction. */
  insertJobNow(job: NewJob): void {
    this.db.transaction(() => this.insertJob(job))();
  }

  /**
   * Writes the start line and `bodyLines` lines of a log at once, and the closing lines
   * when the job has ended. Returns how many lines it wrote.
   */
  writeLog(job: NewJob, bodyLines: number, ending?: { disposition: string; runMs: number }): number {
    const ctx = { jobId: job.id, workflowName: job.appName, toolCount: job.workflow.tool_count };
    const rows: MessageRow[] = [startMessage(ctx)];
    for (let seq = 1; seq <= bodyLines; seq++) rows.push(bodyMessage(ctx, seq));
    if (ending) rows.push(...closingMessages(ctx, ending.disposition, ending.runMs, countMessages(rows)));
    rows.forEach((m, i) => this.s.addMessage(job.id, i, m));
    this.s.setMessageCount(job.id, rows.length);
    return rows.length;
  }

  writeOutputs(jobId: string, plan: OutputSeed[], rng: Rng, atMs: number): void {
    for (const o of plan) {
      // Most files are small; a few are large enough to show download progress.
      const rows = rng.chance(0.01) ? rng.int(100_000, 250_000) : Math.max(1, Math.round(rng.logNormal(300, 1.2)));
      this.s.addOutput(objectId(atMs, rng), jobId, { ...o, rowCount: Math.min(rows, 250_000), seed: rng.int(1, 2 ** 31 - 1) });
    }
  }

  activeJobs(): ActiveJob[] {
    return this.s.active();
  }

  /** One simulator step: move jobs along their lives, then fill free worker slots. */
  advance(nowMs: number, workers: number, rng: Rng): void {
    this.db.transaction(() => {
      for (const job of this.activeJobs()) {
        const ctx: LogContext = { jobId: job.id, workflowName: job.app_name, toolCount: job.tool_count };
        if (job.status === 'Initializing') {
          if (nowMs - job.start_ms >= INIT_MS && this.s.run(job.id)) {
            this.s.addMessage(job.id, job.msg_count, startMessage(ctx));
            this.s.setMessageCount(job.id, job.msg_count + 1);
          }
          continue;
        }
        const runMs = nowMs - job.start_ms - INIT_MS;
        const done = runMs >= job.plan_run_ms;
        const target = done ? job.plan_messages + 1 : 1 + Math.floor((job.plan_messages * runMs) / job.plan_run_ms);
        let count = job.msg_count;
        for (; count < target; count++) this.s.addMessage(job.id, count, bodyMessage(ctx, count));
        if (done) {
          this.finish(job, ctx, count, job.start_ms + INIT_MS + job.plan_run_ms, job.plan_disposition, 'Running');
          this.writeOutputs(job.id, outputsFor(job.plan_disposition, JSON.parse(job.output_plan) as OutputSeed[]), rng, nowMs);
        } else if (count !== job.msg_count) {
          this.s.setMessageCount(job.id, count);
        }
      }
      const free = workers - this.s.activeCount();
      if (free > 0) for (const id of this.s.nextQueued(free)) this.s.start(id, nowMs);
    })();
  }

  private finish(
    job: { id: string; start_ms: number },
    ctx: LogContext,
    count: number,
    endMs: number,
    disposition: string,
    from: string,
  ): boolean {
    const counts = countMessages(this.s.messageStatuses(job.id));
    const closing = closingMessages(ctx, disposition, Math.max(0, endMs - job.start_ms), counts);
    const changed = this.s.complete(job.id, from, disposition, endMs, count + closing.length);
    if (changed) closing.forEach((m, i) => this.s.addMessage(job.id, count + i, m));
    return changed;
  }

  /**
   * The spec's cancel: a running job is stopped and kept (Completed, disposition
   * Cancelled); a queued job is deleted.
   */
  cancel(jobId: string, nowMs: number): CancelOutcome {
    return this.db
      .transaction((): CancelOutcome => {
        const job = this.s.cancelTarget(jobId);
        if (!job) return 'not-found';
        if (!isCancellable(job.status)) return 'not-cancellable';
        if (job.status === 'Queued') return this.s.deleteQueued(jobId) ? 'deleted' : 'not-cancellable';
        const ctx = { jobId: job.id, workflowName: job.app_name, toolCount: job.tool_count };
        return this.finish(job, ctx, job.msg_count, nowMs, 'Cancelled', 'Running') ? 'cancelled' : 'not-cancellable';
      })
      .immediate();
  }
}

/** A failed run writes only its log files; a good one writes everything. */
export function outputsFor(disposition: string, plan: OutputSeed[]): OutputSeed[] {
  if (disposition === 'Cancelled') return [];
  if (disposition === 'Error') return plan.filter((o) => o.kind === 'txt');
  return plan;
}
