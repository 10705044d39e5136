/**
 * The SQL of a job's life (lifecycle.ts holds the rules and the transactions). Every state
 * change is guarded by the state it expects and says whether it happened.
 */
import type { Db } from '../db.ts';
import { STATUS_RANK } from '../domain.ts';
import { prepared } from './statements.ts';

/** A row of `jobs` as written when a job is created (or seeded in a later state). */
export interface JobInsert {
  id: string;
  workflowId: string;
  appName: string;
  appKey: string;
  userId: string;
  scheduleId: string | null;
  status: string;
  statusRank: number;
  disposition: string;
  priority: string;
  priorityRank: number;
  workerTag: string;
  runWithE2: number;
  createMs: number;
  startMs: number | null;
  completionMs: number | null;
  planRunMs: number;
  planMessages: number;
  planDisposition: string;
  msgCount: number;
}

/** An Initializing or Running job, with what the simulator needs to move it on. */
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

export interface CancelTarget {
  id: string;
  status: string;
  start_ms: number;
  app_name: string;
  msg_count: number;
  tool_count: number;
}

export class JobStates {
  private readonly s;

  constructor(db: Db) {
    const sql = (text: string) => prepared(db, text);
    this.s = {
      insertJob: sql(`INSERT INTO jobs (id, workflow_id, app_name, app_key, user_id, schedule_id, status, status_rank,
        disposition, priority, priority_rank, worker_tag, run_with_e2, create_ms, start_ms, completion_ms, plan_run_ms,
        plan_messages, plan_disposition, msg_count)
        VALUES (@id, @workflowId, @appName, @appKey, @userId, @scheduleId, @status, @statusRank, @disposition, @priority,
        @priorityRank, @workerTag, @runWithE2, @createMs, @startMs, @completionMs, @planRunMs, @planMessages,
        @planDisposition, @msgCount)`),
      insertMessage: sql('INSERT INTO messages (job_id, seq, status, text, tool_id) VALUES (?, ?, ?, ?, ?)'),
      insertOutput: sql('INSERT INTO outputs (id, job_id, file_name, kind, row_count, seed) VALUES (?, ?, ?, ?, ?, ?)'),
      active: sql(`SELECT j.id, j.workflow_id, j.app_name, j.status, j.start_ms, j.plan_run_ms, j.plan_messages,
        j.plan_disposition, j.msg_count, w.tool_count, w.output_plan
        FROM jobs j JOIN workflows w ON w.id = j.workflow_id WHERE j.status IN ('Initializing', 'Running')`),
      activeCount: sql(`SELECT COUNT(*) AS n FROM jobs WHERE status IN ('Initializing', 'Running')`),
      nextQueued: sql(`SELECT id FROM jobs WHERE status = 'Queued' ORDER BY priority_rank DESC, create_ms, id LIMIT ?`),
      toInitializing: sql(`UPDATE jobs SET status = 'Initializing', status_rank = ${STATUS_RANK.Initializing}, start_ms = ?
        WHERE id = ? AND status = 'Queued'`),
      toRunning: sql(`UPDATE jobs SET status = 'Running', status_rank = ${STATUS_RANK.Running} WHERE id = ? AND status = 'Initializing'`),
      setMsgCount: sql('UPDATE jobs SET msg_count = ? WHERE id = ?'),
      complete: sql(`UPDATE jobs SET status = 'Completed', status_rank = ${STATUS_RANK.Completed}, disposition = ?,
        completion_ms = ?, msg_count = ? WHERE id = ? AND status = ?`),
      messageStatuses: sql('SELECT status FROM messages WHERE job_id = ?'),
      cancelTarget: sql(`SELECT j.id, j.status, j.start_ms, j.app_name, j.msg_count, w.tool_count
        FROM jobs j JOIN workflows w ON w.id = j.workflow_id WHERE j.id = ?`),
      deleteQueued: sql(`DELETE FROM jobs WHERE id = ? AND status = 'Queued'`),
      deleteMessages: sql('DELETE FROM messages WHERE job_id = ?'),
    };
  }

  insert(job: JobInsert): void {
    this.s.insertJob.run(job);
  }

  addMessage(jobId: string, seq: number, m: { status: number; text: string; toolId: number }): void {
    this.s.insertMessage.run(jobId, seq, m.status, m.text, m.toolId);
  }

  setMessageCount(jobId: string, count: number): void {
    this.s.setMsgCount.run(count, jobId);
  }

  messageStatuses(jobId: string): { status: number }[] {
    return this.s.messageStatuses.all(jobId) as { status: number }[];
  }

  addOutput(id: string, jobId: string, o: { fileName: string; kind: string; rowCount: number; seed: number }): void {
    this.s.insertOutput.run(id, jobId, o.fileName, o.kind, o.rowCount, o.seed);
  }

  active(): ActiveJob[] {
    return this.s.active.all() as ActiveJob[];
  }

  activeCount(): number {
    return (this.s.activeCount.get() as { n: number }).n;
  }

  /** The next `n` queued jobs in pickup order: priority first, then age. */
  nextQueued(n: number): string[] {
    return (this.s.nextQueued.all(n) as { id: string }[]).map((r) => r.id);
  }

  /** Queued → Initializing. */
  start(jobId: string, nowMs: number): boolean {
    return this.s.toInitializing.run(nowMs, jobId).changes === 1;
  }

  /** Initializing → Running. */
  run(jobId: string): boolean {
    return this.s.toRunning.run(jobId).changes === 1;
  }

  /** `from` → Completed. */
  complete(jobId: string, from: string, disposition: string, completionMs: number, msgCount: number): boolean {
    return this.s.complete.run(disposition, completionMs, msgCount, jobId, from).changes === 1;
  }

  cancelTarget(jobId: string): CancelTarget | undefined {
    return this.s.cancelTarget.get(jobId) as CancelTarget | undefined;
  }

  /** Deletes a job that is still queued, with its messages. */
  deleteQueued(jobId: string): boolean {
    if (this.s.deleteQueued.run(jobId).changes !== 1) return false;
    this.s.deleteMessages.run(jobId);
    return true;
  }
}
