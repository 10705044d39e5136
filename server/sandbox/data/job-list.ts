/**
 * GET /v3/jobs on a large table: one page of jobs, and how many match.
 *
 * A page walks an index in the sort order and stops after `limit` rows, so its cost does
 * not grow with the table. A count would, so totals come from summary tables kept by
 * triggers (see db.ts) wherever the filter allows, and are cached until the next write.
 */
import { statusFromFilter, workflowKey, type SORT_FIELDS } from '../../../contract/job-words.ts';
import type { ListJobsQuery } from '../../../contract/jobs-api.ts';
import { DEFAULT_PAGE_SIZE } from '../../../contract/jobs-api.ts';
import type { Db } from '../db.ts';
import { canonicalPriority, DAY_MS, dayStartMs } from '../domain.ts';
import { prepared } from './statements.ts';
import type { Caller } from './users.ts';
import { seesAll, visibleJobsTerm } from './visibility.ts';

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

export const SORT_COLUMN = {
  CreateDate: 'create_ms',
  AppName: 'app_key',
  CompletionDateTime: 'completion_ms',
  Priority: 'priority_rank',
  Status: 'status_rank',
} as const satisfies Record<(typeof SORT_FIELDS)[number], string>;

/**
 * A list query reduced to what it selects. `after`/`before` are bounds in ms (≥ and <);
 * `visibleTo` is the caller, unless they may see every job.
 */
interface Filter {
  visibleTo?: string;
  users?: string[];
  statuses?: string[];
  priorities?: string[];
  appKeys?: string[];
  after?: number;
  before?: number;
}

const uniq = <T>(xs: T[] | undefined) => (xs?.length ? [...new Set(xs)] : undefined);

export function toFilter(q: ListJobsQuery, caller: Caller): Filter {
  return {
    visibleTo: seesAll(caller) ? undefined : caller.id,
    // `users` applies only with allUsers=true; otherwise the list is the caller's own jobs.
    users: q.allUsers ? uniq(q.users) : [caller.id],
    statuses: uniq(q.statuses?.map(statusFromFilter)),
    priorities: uniq(q.priorities?.map(canonicalPriority)),
    appKeys: uniq(q.workflowNames?.map(workflowKey)),
    // Both bounds exclude the named day.
    after: q.completedAfter ? dayStartMs(q.completedAfter) + DAY_MS : undefined,
    before: q.completedBefore ? dayStartMs(q.completedBefore) : undefined,
  };
}

/** WHERE terms and their parameters; `prefix` names the table the columns belong to. */
function conditions(f: Filter, prefix: string, withDates: boolean, scan = false): { terms: string[]; params: Record<string, unknown> } {
  const terms: string[] = [];
  // `+column` keeps SQLite from reading that filter through an index (see JobLister.page).
  const col = (name: string) => `${scan ? '+' : ''}${prefix}${name}`;
  const params: Record<string, unknown> = {};
  const inList = (column: string, name: string, values: readonly string[] | undefined, literal = false) => {
    if (!values) return;
    const keys = values.map((v, i) => {
      // Statuses and priorities are few, checked values: written into the SQL, the planner
      // sees how common each is (a filter on Completed should walk the sort's index, one on
      // Queued the status index). Ids and names stay parameters.
      if (literal) return `'${v.replace(/'/g, "''")}'`;
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    terms.push(`${col(column)} IN (${keys.join(', ')})`);
  };
  inList('user_id', 'u', f.users);
  inList('status', 's', f.statuses, true);
  inList('priority', 'p', f.priorities, true);
  inList('app_key', 'w', f.appKeys);
  if (f.visibleTo !== undefined) {
    terms.push(visibleJobsTerm(prefix));
    params.caller = f.visibleTo;
  }
  if (withDates && f.after !== undefined) {
    terms.push(`${col('completion_ms')} >= @after`);
    params.after = f.after;
  }
  if (withDates && f.before !== undefined) {
    terms.push(`${col('completion_ms')} < @before`);
    // A job completes after it is created: the same bound on create_ms lets a scan in
    // creation order stop early.
    terms.push(`${prefix}create_ms < @before`);
    params.before = f.before;
  }
  return { terms, params };
}

const whereOf = (terms: string[]) => (terms.length ? `WHERE ${terms.join(' AND ')}` : '');

export class JobLister {
  private readonly counts = new Map<string, number>();
  private countsVersion = '';
  private readonly changesStmt;
  private readonly dataVersionStmt;

  constructor(private readonly db: Db) {
    // Our own writes show in total_changes(), other processes' (a reseed) in data_version.
    this.changesStmt = prepared(db, 'SELECT total_changes()').pluck();
    this.dataVersionStmt = prepared(db, 'PRAGMA data_version').pluck();
  }

  list(q: ListJobsQuery, caller: Caller): { rows: JobListRow[]; total: number; offset: number; limit: number } {
    const f = toFilter(q, caller);
    const offset = q.offset ?? 0;
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const field = q.sortField ?? 'CreateDate';
    const dir = (q.direction ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
    // Ties break by age, then id. A repeated term would keep SQLite from using the index.
    const order = (p: string) =>
      [SORT_COLUMN[field], 'create_ms', 'id']
        .filter((c, i, all) => all.indexOf(c) === i)
        .map((c) => `${p}${c} ${dir}`)
        .join(', ');
    const total = this.count(f);

    // Two ways to a page: walk the sort's index and skip what the filter rejects, or read
    // everything the filter matches and sort it. The exact counts tell which reads less.
    // (Sorted by age, the filters' own indexes already come in that order: the planner knows best.)
    const all = this.count({});
    const scan = field !== 'CreateDate' && total > 0 && ((offset + limit) * all) / total < total;

    if (field !== 'CompletionDateTime' || dir === 'DESC') {
      return { rows: this.page(f, [], order, limit, offset, scan), total, offset, limit };
    }
    // Jobs that have not completed sort last in both directions. Descending, the index
    // already puts them last; ascending, read the completed ones first, then the rest, so
    // that each half still walks an index. Only Completed jobs have a completion time.
    const completed = this.count({ ...f, statuses: (f.statuses ?? ['Completed']).filter((s) => s === 'Completed') });
    const rows: JobListRow[] = [];
    if (offset < completed) rows.push(...this.page(f, ['j.completion_ms IS NOT NULL'], order, limit, offset, scan));
    if (rows.length < limit) {
      const byAge = (p: string) => `${p}create_ms ASC, ${p}id ASC`;
      rows.push(...this.page(f, ['j.completion_ms IS NULL'], byAge, limit - rows.length, Math.max(0, offset - completed), false));
    }
    return { rows, total, offset, limit };
  }

  /**
   * The page is chosen from jobs alone and only then joined to users, so the planner
   * cannot start from the small users table and sort every job.
   */
  private page(f: Filter, extra: string[], order: (prefix: string) => string, lim: number, off: number, scan: boolean): JobListRow[] {
    const { terms, params } = conditions(f, 'j.', true, scan);
    const sql = `SELECT p.id, p.status, p.app_name, p.workflow_id, u.first_name || ' ' || u.last_name AS submitted_by,
        p.start_ms, p.create_ms, p.completion_ms, p.priority
      FROM (SELECT j.* FROM jobs j ${whereOf([...terms, ...extra])} ORDER BY ${order('j.')} LIMIT @lim OFFSET @off) p
      JOIN users u ON u.id = p.user_id ORDER BY ${order('p.')}`;
    return prepared(this.db, sql).all({ ...params, lim, off }) as JobListRow[];
  }

  count(f: Filter): number {
    const version = `${this.changesStmt.get() as number}:${this.dataVersionStmt.get() as number}`;
    if (version !== this.countsVersion) {
      this.counts.clear();
      this.countsVersion = version;
    }
    const key = JSON.stringify(f);
    let n = this.counts.get(key);
    if (n === undefined) {
      n = this.countNow(f);
      if (this.counts.size > 500) this.counts.clear();
      this.counts.set(key, n);
    }
    return n;
  }

  private countNow(f: Filter): number {
    const dated = f.after !== undefined || f.before !== undefined;
    if (!dated && f.visibleTo === undefined) {
      // Without dates or visibility, every filter is a column of job_counts.
      const { terms, params } = conditions(f, '', false);
      return (prepared(this.db, `SELECT COALESCE(SUM(n), 0) AS n FROM job_counts ${whereOf(terms)}`).get(params) as { n: number }).n;
    }
    if (!f.users && !f.statuses && !f.priorities && !f.appKeys && f.visibleTo === undefined) {
      // Dates alone: whole days, so the per-day totals are exact.
      const terms: string[] = [];
      if (f.after !== undefined) terms.push(`day >= ${Math.floor(f.after / DAY_MS)}`);
      if (f.before !== undefined) terms.push(`day < ${Math.floor(f.before / DAY_MS)}`);
      return (prepared(this.db, `SELECT COALESCE(SUM(n), 0) AS n FROM completion_day_counts ${whereOf(terms)}`).get() as { n: number }).n;
    }
    const { terms, params } = conditions(f, 'j.', true);
    return (prepared(this.db, `SELECT COUNT(*) AS n FROM jobs j ${whereOf(terms)}`).get(params) as { n: number }).n;
  }
}
