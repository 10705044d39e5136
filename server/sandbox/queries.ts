/** Reads for the API: the job list with its filters, sorts and paging, and single records. */
import type { Statement } from 'better-sqlite3';
import type { ListJobsQuery, WorkflowJobsQuery } from '../../contract/jobs-api.ts';
import { DEFAULT_PAGE_SIZE } from '../../contract/jobs-api.ts';
import type { Db } from './db.ts';
import { appKey, canonicalPriority, DAY_MS, dayStartMs } from './domain.ts';

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

const SORT_COLUMN = {
  CreateDate: 'create_ms',
  AppName: 'app_key',
  CompletionDateTime: 'completion_ms',
  Priority: 'priority_rank',
  Status: 'status_rank',
} as const;

const STATUS_FROM_FILTER: Record<string, string> = {
  Queued: 'Queued',
  Initializing: 'Initializing',
  Running: 'Running',
  Complete: 'Completed',
};

/** Jobs another user may see: their own, and scheduled runs of workflows shared with them. */
const VISIBLE_TO = `(j.user_id = @caller OR (j.schedule_id IS NOT NULL AND j.workflow_id IN (
  SELECT cw.workflow_id FROM collection_workflows cw JOIN collection_users cu ON cu.collection_id = cw.collection_id
  WHERE cu.user_id = @caller)))`;

const LIST_COLUMNS = `j.id, j.status, j.app_name, j.workflow_id, u.first_name || ' ' || u.last_name AS submitted_by,
  j.start_ms, j.create_ms, j.completion_ms, j.priority`;

export class Queries {
  private readonly cache = new Map<string, Statement>();
  private readonly counts = new Map<string, number>();
  private countsVersion = '';
  private readonly versionStmt;

  constructor(private readonly db: Db) {
    this.versionStmt = db.prepare('SELECT total_changes() AS t');
  }

  private stmt(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      // Filters of many lengths make many statements; keep the cache bounded.
      if (this.cache.size > 1000) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /**
   * Totals are the expensive half of a page on a large table, and a user paging through
   * one view asks for the same total again and again: keep them until anything is written.
   */
  private countCached(sql: string, params: Record<string, unknown>): number {
    const version = `${(this.versionStmt.get() as { t: number }).t}:${this.db.pragma('data_version', { simple: true }) as number}`;
    if (version !== this.countsVersion) {
      this.counts.clear();
      this.countsVersion = version;
    }
    const key = sql + JSON.stringify(params);
    let n = this.counts.get(key);
    if (n === undefined) {
      n = (this.stmt(sql).get(params) as { n: number }).n;
      if (this.counts.size > 500) this.counts.clear();
      this.counts.set(key, n);
    }
    return n;
  }

  listJobs(q: ListJobsQuery, caller: Caller): { rows: JobListRow[]; total: number; offset: number; limit: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const inList = (column: string, name: string, values: readonly (string | number)[]) => {
      const keys = values.map((v, i) => {
        params[`${name}${i}`] = v;
        return `@${name}${i}`;
      });
      where.push(`${column} IN (${keys.join(', ')})`);
    };

    // `users` applies only with allUsers=true; otherwise the list is the caller's own jobs.
    if (q.allUsers) {
      if (q.users?.length) inList('j.user_id', 'u', [...new Set(q.users)]);
    } else {
      where.push('j.user_id = @caller');
      params.caller = caller.id;
    }
    if (q.statuses?.length) inList('j.status', 's', [...new Set(q.statuses.map((s) => STATUS_FROM_FILTER[s]!))]);
    if (q.priorities?.length) inList('j.priority', 'p', [...new Set(q.priorities.map(canonicalPriority))]);
    if (q.workflowNames?.length) inList('j.app_key', 'w', [...new Set(q.workflowNames.map(appKey))]);
    // Both bounds are exclusive of the named day.
    if (q.completedAfter) {
      where.push('j.completion_ms >= @after');
      params.after = dayStartMs(q.completedAfter) + DAY_MS;
    }
    if (q.completedBefore) {
      where.push('j.completion_ms < @before');
      params.before = dayStartMs(q.completedBefore);
    }

    const offset = q.offset ?? 0;
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const field = q.sortField ?? 'CreateDate';
    const dir = (q.direction ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
    const col = SORT_COLUMN[field];
    const order = `j.${col} ${dir}, j.create_ms ${dir}, j.id ${dir}`;
    const whereSql = (...extra: string[]) => {
      const all = [...where, ...extra];
      return all.length ? `WHERE ${all.join(' AND ')}` : '';
    };
    const total = this.countCached(`SELECT COUNT(*) AS n FROM jobs j ${whereSql()}`, params);
    const select = (extra: string[], ord: string, lim: number, off: number) =>
      this.stmt(
        `SELECT ${LIST_COLUMNS} FROM jobs j JOIN users u ON u.id = j.user_id ${whereSql(...extra)} ORDER BY ${ord} LIMIT @lim OFFSET @off`,
      ).all({ ...params, lim, off }) as JobListRow[];

    if (field !== 'CompletionDateTime' || dir === 'DESC') {
      return { rows: select([], order, limit, offset), total, offset, limit };
    }
    // Jobs that have not completed sort last in both directions. Descending, the index
    // already puts them last; ascending, read the completed ones first, then the rest, so
    // that each half still walks its index.
    const completed = this.countCached(`SELECT COUNT(*) AS n FROM jobs j ${whereSql('j.completion_ms IS NOT NULL')}`, params);
    const rows: JobListRow[] = [];
    if (offset < completed) rows.push(...select(['j.completion_ms IS NOT NULL'], order, limit, offset));
    if (rows.length < limit) {
      rows.push(...select(['j.completion_ms IS NULL'], `j.create_ms ASC, j.id ASC`, limit - rows.length, Math.max(0, offset - completed)));
    }
    return { rows, total, offset, limit };
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
