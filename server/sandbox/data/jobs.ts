/** Reads of jobs for the API: the list, one job with its messages and outputs, a workflow's jobs. */
import type { WORKFLOW_JOB_STATUSES } from '../../../contract/job-words.ts';
import type { ListJobsQuery, WorkflowJobsQuery } from '../../../contract/jobs-api.ts';
import { DEFAULT_PAGE_SIZE } from '../../../contract/jobs-api.ts';
import type { Db } from '../db.ts';
import { JobLister, SORT_COLUMN } from './job-list.ts';
import { prepared } from './statements.ts';
import type { Caller } from './users.ts';
import { visibleTo, type Viewer } from './visibility.ts';

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

export interface JobMessageRow {
  status: number;
  text: string;
  tool_id: number;
}

export interface OutputRow {
  id: string;
  file_name: string;
  kind: string;
  row_count: number;
  seed: number;
}

const JOB_COLUMNS = `j.id, j.workflow_id, j.user_id, j.schedule_id, j.status, j.disposition, j.priority, j.worker_tag, j.run_with_e2,
  j.create_ms, j.start_ms, j.completion_ms`;
/** `status` mixes states and outcomes: Error means a completed run that failed. */
const WORKFLOW_STATUS_TERM: Record<(typeof WORKFLOW_JOB_STATUSES)[number], string> = {
  Complete: `j.status = 'Completed'`,
  Error: `j.status = 'Completed' AND j.disposition = 'Error'`,
  Running: `j.status IN ('Initializing', 'Running')`,
  Queued: `j.status = 'Queued'`,
};
const OUTPUT_COLUMNS = 'id, file_name, kind, row_count, seed';

export class Jobs {
  private readonly lister;

  constructor(private readonly db: Db) {
    this.lister = new JobLister(db);
  }

  list(q: ListJobsQuery, caller: Caller) {
    return this.lister.list(q, caller);
  }

  byId(id: string): JobRow | undefined {
    return prepared(this.db, `SELECT ${JOB_COLUMNS} FROM jobs j WHERE j.id = ?`).get(id) as JobRow | undefined;
  }

  canSee(viewer: Viewer, jobId: string): boolean {
    const { terms, params } = visibleTo(viewer, 'jobs', 'j.');
    if (terms.length === 0) return true;
    return prepared(this.db, `SELECT 1 FROM jobs j WHERE j.id = @id AND ${terms.join(' AND ')}`).get({ ...params, id: jobId }) !== undefined;
  }

  messages(jobId: string): JobMessageRow[] {
    return prepared(this.db, 'SELECT status, text, tool_id FROM messages WHERE job_id = ? ORDER BY seq').all(jobId) as JobMessageRow[];
  }

  outputs(jobId: string): OutputRow[] {
    return prepared(this.db, `SELECT ${OUTPUT_COLUMNS} FROM outputs WHERE job_id = ? ORDER BY id`).all(jobId) as OutputRow[];
  }

  output(jobId: string, outputId: string): OutputRow | undefined {
    return prepared(this.db, `SELECT ${OUTPUT_COLUMNS} FROM outputs WHERE id = ? AND job_id = ?`).get(outputId, jobId) as OutputRow | undefined;
  }

  /** The page of a workflow's jobs the viewer may see. */
  ofWorkflow(workflowId: string, q: WorkflowJobsQuery, viewer: Viewer): JobRow[] {
    const visible = visibleTo(viewer, 'jobs', 'j.');
    const where = ['j.workflow_id = @workflow', ...visible.terms];
    const params: Record<string, unknown> = { ...visible.params, workflow: workflowId };
    if (q.status) where.push(WORKFLOW_STATUS_TERM[q.status]);
    if (q.resultCode) {
      where.push('j.disposition = @result');
      params.result = q.resultCode;
    }
    const dir = (q.direction ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
    const col = SORT_COLUMN[q.sortField ?? 'CreateDate'];
    return prepared(
      this.db,
      `SELECT ${JOB_COLUMNS} FROM jobs j WHERE ${where.join(' AND ')}
       ORDER BY j.${col} ${dir}, j.create_ms ${dir}, j.id ${dir} LIMIT @lim OFFSET @off`,
    ).all({ ...params, lim: q.limit ?? DEFAULT_PAGE_SIZE, off: q.offset ?? 0 }) as JobRow[];
  }
}
