/** Reads for the API: the job list with its filters, sorts and paging, and single records. */
import type { ListJobsQuery, WorkflowJobsQuery } from '../../contract/jobs-api.ts';
import { DEFAULT_PAGE_SIZE } from '../../contract/jobs-api.ts';
import type { Db } from './db.ts';
import { JobLister, SORT_COLUMN } from './job-list.ts';
import { Statements } from './statements.ts';

export interface Caller {
  id: string;
  role: string;
  name: string;
}

export interface JobListRow {
  id: string;
  status: string;
  app_name: string;
  workflow_id: string;
  submitted_by: string;
  start_ms: number | null;
  create_ms: number;
  completion_ms: number | null;
  priority: string;
}

export interface JobRow {
  id: string;
  workflow_id: string;
  user_id: string;
  schedule_id: string | null;
  status: string;
  disposition: string;
  priority: string;
  worker_tag: string;
  run_with_e2: number;
  create_ms: number;
  start_ms: number | null;
  completion_ms: number | null;
}

/** Jobs another user may see: their own, and scheduled runs of workflows shared with them. */
const VISIBLE_TO = `(j.user_id = @caller OR (j.schedule_id IS NOT NULL AND j.workflow_id IN (
  SELECT cw.workflow_id FROM collection_workflows cw JOIN collection_users cu ON cu.collection_id = cw.collection_id
  WHERE cu.user_id = @caller)))`;

export class Queries {
  private readonly statements;
  private readonly lister;

  constructor(db: Db) {
    this.statements = new Statements(db);
    this.lister = new JobLister(db);
  }

  private stmt(sql: string) {
    return this.statements.get(sql);
  }

  listJobs(q: ListJobsQuery, caller: Caller) {
    return this.lister.list(q, caller);
  }

  job(id: string): JobRow | undefined {
    return this.stmt(
      `SELECT id, workflow_id, user_id, schedule_id, status, disposition, priority, worker_tag, run_with_e2, create_ms, start_ms,
       completion_ms FROM jobs WHERE id = ?`,
    ).get(id) as JobRow | undefined;
  }

  canSee(jobId: string, caller: Caller): boolean {
    if (caller.role === 'Curator') return true;
    return this.stmt(`SELECT 1 FROM jobs j WHERE j.id = @id AND ${VISIBLE_TO}`).get({ id: jobId, caller: caller.id }) !== undefined;
  }

  messages(jobId: string): { status: number; text: string; tool_id: number }[] {
    return this.stmt('SELECT status, text, tool_id FROM messages WHERE job_id = ? ORDER BY seq').all(jobId) as {
      status: number;
      text: string;
      tool_id: number;
    }[];
  }

  outputs(jobId: string): { id: string; file_name: string; kind: string; row_count: number; seed: number }[] {
    return this.stmt('SELECT id, file_name, kind, row_count, seed FROM outputs WHERE job_id = ? ORDER BY id').all(jobId) as {
      id: string;
      file_name: string;
      kind: string;
      row_count: number;
      seed: number;
    }[];
  }

  output(jobId: string, outputId: string) {
    return this.outputs(jobId).find((o) => o.id === outputId);
  }

  users() {
    return this.stmt(
      'SELECT id, first_name, last_name, email, is_active, role, date_created_ms FROM users ORDER BY last_name, first_name',
    ).all() as {
      id: string;
      first_name: string;
      last_name: string;
      email: string;
      is_active: number;
      role: string;
      date_created_ms: number;
    }[];
  }

  /** A Curator sees every workflow; others see their own and those shared with them. */
  workflows(caller: Caller, id?: string) {
    const visible =
      caller.role === 'Curator'
        ? '1 = 1'
        : `(w.owner_id = @caller OR w.id IN (SELECT cw.workflow_id FROM collection_workflows cw
           JOIN collection_users cu ON cu.collection_id = cw.collection_id WHERE cu.user_id = @caller))`;
    return this.stmt(
      `SELECT w.id, w.source_app_id, w.name, w.owner_id, w.date_created_ms, w.published_version, w.is_amp, w.execution_mode,
       w.worker_tag, w.tool_count, w.median_run_s, w.output_plan
       FROM workflows w WHERE ${visible} ${id === undefined ? '' : 'AND w.id = @id'} ORDER BY w.name`,
    ).all({ caller: caller.id, ...(id === undefined ? {} : { id }) }) as {
      id: string;
      source_app_id: string;
      name: string;
      owner_id: string;
      date_created_ms: number;
      published_version: number;
      is_amp: number;
      execution_mode: string;
      worker_tag: string;
      tool_count: number;
      median_run_s: number;
      output_plan: string;
    }[];
  }

  workflowJobs(workflowId: string, q: WorkflowJobsQuery, caller: Caller): JobRow[] {
    const where = ['j.workflow_id = @workflow'];
    const params: Record<string, unknown> = { workflow: workflowId };
    if (caller.role !== 'Curator') {
      where.push(VISIBLE_TO);
      params.caller = caller.id;
    }
    // `status` mixes states and outcomes: Error means a completed run that failed.
    if (q.status === 'Complete') where.push(`j.status = 'Completed'`);
    if (q.status === 'Running') where.push(`j.status IN ('Initializing', 'Running')`);
    if (q.status === 'Queued') where.push(`j.status = 'Queued'`);
    if (q.status === 'Error') where.push(`j.status = 'Completed' AND j.disposition = 'Error'`);
    if (q.resultCode) {
      where.push('j.disposition = @result');
      params.result = q.resultCode;
    }
    const dir = (q.direction ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
    const col = SORT_COLUMN[q.sortField ?? 'CreateDate'];
    return this.stmt(
      `SELECT j.id, j.workflow_id, j.user_id, j.schedule_id, j.status, j.disposition, j.priority, j.worker_tag, j.run_with_e2,
       j.create_ms, j.start_ms, j.completion_ms FROM jobs j WHERE ${where.join(' AND ')}
       ORDER BY j.${col} ${dir}, j.create_ms ${dir}, j.id ${dir} LIMIT @lim OFFSET @off`,
    ).all({ ...params, lim: q.limit ?? DEFAULT_PAGE_SIZE, off: q.offset ?? 0 }) as JobRow[];
  }

  callerByTokenHash(hash: string, nowMs: number): Caller | undefined {
    return this.stmt(
      `SELECT u.id, u.role, u.first_name || ' ' || u.last_name AS name FROM tokens t JOIN users u ON u.id = t.user_id
       WHERE t.hash = ? AND t.expires_ms > ? AND u.is_active = 1`,
    ).get(hash, nowMs) as Caller | undefined;
  }

  userByKey(key: string) {
    return this.stmt('SELECT id, api_secret, is_active FROM users WHERE api_key = ?').get(key) as
      { id: string; api_secret: string; is_active: number } | undefined;
  }
}
