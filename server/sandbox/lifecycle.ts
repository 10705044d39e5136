/**
 * Every write to jobs: creating, starting, progressing, finishing and cancelling. Each
 * public method is one transaction, and each state change is guarded by the state it
 * expects (`WHERE status = ...`), so a cancel racing a pickup or a finish can never lose,
 * duplicate or resurrect a job.
 */
import type { Db } from './db.ts';
import { appKey, objectId, priorityRank, STATUS_RANK } from './domain.ts';
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

export interface WorkflowRow {
  id: string;
  name: string;
  worker_tag: string;
  is_amp: number;
  tool_count: number;
  output_plan: string;
  median_run_s: number;
}

export interface NewJob {
  id: string;
  workflow: WorkflowRow;
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

export interface ActiveJob {
  id: string;
  workflow_id: string;
  app_name: string;
  status: string;
  start_ms: number;
  plan_run_ms: number;
  plan_messages: number;
  plan_disposition: string;
  msg_count: number;
  tool_count: number;
  output_plan: string;
}

export type CancelOutcome = 'cancelled' | 'deleted' | 'not-cancellable' | 'not-found';

/** Dispositions of jobs that run to the end. */
export const DISPOSITION_MIX = [
  ['Success', 80],
  ['Warning', 11],
  ['Error', 9],
] as const;

/** Initializing lasts a few seconds before the engine starts. */
export const INIT_MS = 3000;

export function planRun(rng: Rng, medianRunS: number): { runMs: number; messages: number; disposition: string } {
  return {
    runMs: Math.round(Math.min(6 * 3600, Math.max(1, rng.logNormal(medianRunS, 0.8))) * 1000),
    messages: plannedMessageCount(rng),
    disposition: rng.weighted(DISPOSITION_MIX),
  };
}

export class Lifecycle {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      insertJob: db.prepare(`INSERT INTO jobs (id, workflow_id, app_name, app_key, user_id, schedule_id, status, status_rank,
        disposition, priority, priority_rank, worker_tag, run_with_e2, create_ms, start_ms, completion_ms, plan_run_ms,
        plan_messages, plan_disposition, msg_count)
        VALUES (@id, @workflowId, @appName, @appKey, @userId, @scheduleId, @status, @statusRank, @disposition, @priority,
        @priorityRank, @workerTag, @runWithE2, @createMs, @startMs, @completionMs, @planRunMs, @planMessages,
        @planDisposition, @msgCount)`),
      insertMessage: db.prepare('INSERT INTO messages (job_id, seq, status, text, tool_id) VALUES (?, ?, ?, ?, ?)'),
      insertOutput: db.prepare('INSERT INTO outputs (id, job_id, file_name, kind, row_count, seed) VALUES (?, ?, ?, ?, ?, ?)'),
      active: db.prepare(`SELECT j.id, j.workflow_id, j.app_name, j.status, j.start_ms, j.plan_run_ms, j.plan_messages,
        j.plan_disposition, j.msg_count, w.tool_count, w.output_plan
        FROM jobs j JOIN workflows w ON w.id = j.workflow_id WHERE j.status IN ('Initializing', 'Running')`),
      activeCount: db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE status IN ('Initializing', 'Running')`),
      nextQueued: db.prepare(`SELECT id FROM jobs WHERE status = 'Queued' ORDER BY priority_rank DESC, create_ms, id LIMIT ?`),
      toInitializing: db.prepare(`UPDATE jobs SET status = 'Initializing', status_rank = ${STATUS_RANK.Initializing}, start_ms = ?
        WHERE id = ? AND status = 'Queued'`),
      toRunning: db.prepare(
        `UPDATE jobs SET status = 'Running', status_rank = ${STATUS_RANK.Running} WHERE id = ? AND status = 'Initializing'`,
      ),
      setMsgCount: db.prepare('UPDATE jobs SET msg_count = ? WHERE id = ?'),
      complete: db.prepare(`UPDATE jobs SET status = 'Completed', status_rank = ${STATUS_RANK.Completed}, disposition = ?,
        completion_ms = ?, msg_count = ? WHERE id = ? AND status = ?`),
      messageStatuses: db.prepare('SELECT status FROM messages WHERE job_id = ?'),
      jobForCancel: db.prepare(`SELECT j.id, j.status, j.start_ms, j.app_name, j.msg_count, w.tool_count
        FROM jobs j JOIN workflows w ON w.id = j.workflow_id WHERE j.id = ?`),
      deleteQueued: db.prepare(`DELETE FROM jobs WHERE id = ? AND status = 'Queued'`),
      deleteMessages: db.prepare('DELETE FROM messages WHERE job_id = ?'),
    };
  }

  insertJob(job: NewJob, state?: { status: string; startMs: number | null; completionMs: number | null; disposition: string }): void {
    const status = state?.status ?? 'Queued';
    this.s.insertJob.run({
      id: job.id,
      workflowId: job.workflow.id,
      appName: job.appName,
      appKey: appKey(job.appName),
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
    rows.forEach((m, i) => this.s.insertMessage.run(job.id, i, m.status, m.text, m.toolId));
    this.s.setMsgCount.run(rows.length, job.id);
    return rows.length;
  }

  writeOutputs(jobId: string, plan: OutputSeed[], rng: Rng, atMs: number): void {
    for (const o of plan) {
      // Most files are small; a few are large enough to show download progress.
      const rows = rng.chance(0.01) ? rng.int(100_000, 250_000) : Math.max(1, Math.round(rng.logNormal(300, 1.2)));
      this.s.insertOutput.run(objectId(atMs, rng), jobId, o.fileName, o.kind, Math.min(rows, 250_000), rng.int(1, 2 ** 31 - 1));
    }
  }

  activeJobs(): ActiveJob[] {
    return this.s.active.all() as ActiveJob[];
  }

  /** One simulator step: move jobs along their lives, then fill free worker slots. */
  advance(nowMs: number, workers: number, rng: Rng): void {
    this.db.transaction(() => {
      for (const job of this.activeJobs()) {
        const ctx: LogContext = { jobId: job.id, workflowName: job.app_name, toolCount: job.tool_count };
        if (job.status === 'Initializing') {
          if (nowMs - job.start_ms >= INIT_MS && this.s.toRunning.run(job.id).changes === 1) {
            const m = startMessage(ctx);
            this.s.insertMessage.run(job.id, job.msg_count, m.status, m.text, m.toolId);
            this.s.setMsgCount.run(job.msg_count + 1, job.id);
          }
          continue;
        }
        const runMs = nowMs - job.start_ms - INIT_MS;
        const done = runMs >= job.plan_run_ms;
        const target = done ? job.plan_messages + 1 : 1 + Math.floor((job.plan_messages * runMs) / job.plan_run_ms);
        let count = job.msg_count;
        for (; count < target; count++) {
          const m = bodyMessage(ctx, count);
          this.s.insertMessage.run(job.id, count, m.status, m.text, m.toolId);
        }
        if (done) {
          this.finish(job, ctx, count, job.start_ms + INIT_MS + job.plan_run_ms, job.plan_disposition, 'Running');
          this.writeOutputs(job.id, outputsFor(job.plan_disposition, JSON.parse(job.output_plan) as OutputSeed[]), rng, nowMs);
        } else if (count !== job.msg_count) {
          this.s.setMsgCount.run(count, job.id);
        }
      }
      const free = workers - (this.s.activeCount.get() as { n: number }).n;
      if (free > 0) {
        for (const { id } of this.s.nextQueued.all(free) as { id: string }[]) this.s.toInitializing.run(nowMs, id);
      }
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
    const counts = countMessages(this.s.messageStatuses.all(job.id) as { status: number }[]);
    const closing = closingMessages(ctx, disposition, Math.max(0, endMs - job.start_ms), counts);
    const changed = this.s.complete.run(disposition, endMs, count + closing.length, job.id, from).changes === 1;
    if (changed) closing.forEach((m, i) => this.s.insertMessage.run(job.id, count + i, m.status, m.text, m.toolId));
    return changed;
  }

  /**
   * The spec's cancel: a running job is stopped and kept (Completed, disposition
   * Cancelled); a queued job is deleted.
   */
  cancel(jobId: string, nowMs: number): CancelOutcome {
    return this.db
      .transaction((): CancelOutcome => {
        const job = this.s.jobForCancel.get(jobId) as
          { id: string; status: string; start_ms: number; app_name: string; msg_count: number; tool_count: number } | undefined;
        if (!job) return 'not-found';
        if (job.status === 'Queued') {
          if (this.s.deleteQueued.run(jobId).changes !== 1) return 'not-cancellable';
          this.s.deleteMessages.run(jobId);
          return 'deleted';
        }
        if (job.status !== 'Running') return 'not-cancellable';
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
