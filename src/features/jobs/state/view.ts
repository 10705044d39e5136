/**
 * The jobs list's whole view (filters, sort, page, page size, time zone, refresh) and its
 * form in the URL. Defaults stay out of the URL, so a plain /jobs is the default view and a
 * shared link carries only what differs from it.
 */
import { DIRECTIONS, SORT_KEYS, type SortKey } from '../../../../contract/job-words.ts';
import { VALUES_FILTERS } from './filters.ts';

export { SORT_KEYS, type SortKey };
export const PAGE_SIZES = [25, 50, 100, 250, 500] as const;
export const REFRESH_SECONDS = [0, 5, 10, 30, 60] as const;

export interface JobsView {
  statuses: string[];
  priorities: string[];
  users: string[];
  workflows: string[];
  /** Inclusive days, yyyy-MM-dd. */
  completedFrom: string | null;
  completedTo: string | null;
  onlyMine: boolean;
  sort: SortKey;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  tz: 'local' | 'utc';
  refresh: number;
}

export const DEFAULT_VIEW: JobsView = {
  statuses: [],
  priorities: [],
  users: [],
  workflows: [],
  completedFrom: null,
  completedTo: null,
  onlyMine: false,
  sort: 'queued',
  dir: 'desc',
  page: 1,
  pageSize: 50,
  tz: 'local',
  refresh: 10,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const oneOf = <T extends string | number>(values: readonly T[], v: T | undefined, fallback: T): T =>
  v !== undefined && values.includes(v) ? v : fallback;
export const positive = (v: string | null, fallback: number) => (v && /^\d{1,7}$/.test(v) && Number(v) > 0 ? Number(v) : fallback);
const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** Reads a view from the URL; anything unknown or malformed falls back to the default. */
export function viewFromParams(p: URLSearchParams): JobsView {
  const day = (v: string | null) => (v && DAY.test(v) ? v : null);
  return {
    ...(Object.fromEntries(VALUES_FILTERS.map((f) => [f.key, uniq(p.getAll(f.param)).filter(f.accept)])) as Pick<JobsView, ValuesKey>),
    completedFrom: day(p.get('from')),
    completedTo: day(p.get('to')),
    onlyMine: p.get('mine') === '1',
    sort: oneOf(SORT_KEYS, p.get('sort') as SortKey, DEFAULT_VIEW.sort),
    dir: oneOf(DIRECTIONS, p.get('dir') as 'asc' | 'desc', DEFAULT_VIEW.dir),
    page: positive(p.get('page'), 1),
    pageSize: oneOf(PAGE_SIZES, positive(p.get('size'), 50) as (typeof PAGE_SIZES)[number], 50),
    ...liveFromParams(p),
  };
}

/** How a list page refreshes and shows times: the same on every list page. */
export type LiveView = Pick<JobsView, 'tz' | 'refresh'>;

export function liveFromParams(p: URLSearchParams): LiveView {
  return {
    tz: p.get('tz') === 'utc' ? 'utc' : 'local',
    refresh: oneOf(REFRESH_SECONDS, p.has('refresh') ? (Number(p.get('refresh')) as (typeof REFRESH_SECONDS)[number]) : undefined, 10),
  };
}

export function liveToParams(v: LiveView, p: URLSearchParams): void {
  if (v.tz !== DEFAULT_VIEW.tz) p.set('tz', v.tz);
  if (v.refresh !== DEFAULT_VIEW.refresh) p.set('refresh', String(v.refresh));
}

export function paramsFromView(v: JobsView): URLSearchParams {
  const p = new URLSearchParams();
  for (const f of VALUES_FILTERS) v[f.key].forEach((value) => p.append(f.param, value));
  if (v.completedFrom) p.set('from', v.completedFrom);
  if (v.completedTo) p.set('to', v.completedTo);
  if (v.onlyMine) p.set('mine', '1');
  if (v.sort !== DEFAULT_VIEW.sort) p.set('sort', v.sort);
  if (v.dir !== DEFAULT_VIEW.dir) p.set('dir', v.dir);
  if (v.page !== 1) p.set('page', String(v.page));
  if (v.pageSize !== DEFAULT_VIEW.pageSize) p.set('size', String(v.pageSize));
  liveToParams(v, p);
  return p;
}

type ValuesKey = (typeof VALUES_FILTERS)[number]['key'];
const FILTER_KEYS = [...VALUES_FILTERS.map((f) => f.key), 'completedFrom', 'completedTo', 'onlyMine'] as const;

/** The view's filters alone, as one string: equal exactly when two views filter alike. */
export const filterScope = (v: JobsView): string => JSON.stringify(FILTER_KEYS.map((k) => v[k]));

/** How many filter values are set (a date range counts once). */
export function filterCount(v: JobsView): number {
  const values = VALUES_FILTERS.reduce((n, f) => n + v[f.key].length, 0);
  return values + (v.completedFrom || v.completedTo ? 1 : 0) + (v.onlyMine ? 1 : 0);
}

export function hasFilters(v: JobsView): boolean {
  return FILTER_KEYS.some((k) => (Array.isArray(v[k]) ? (v[k] as string[]).length > 0 : Boolean(v[k])));
}

/** A change to what is shown; filter and sort changes go back to page 1. */
export function changeView(v: JobsView, change: Partial<JobsView>): JobsView {
  const next = { ...v, ...change };
  const resets = Object.keys(change).some(
    (k) => (FILTER_KEYS as readonly string[]).includes(k) || k === 'sort' || k === 'dir' || k === 'pageSize',
  );
  if (resets && change.page === undefined) next.page = 1;
  return next;
}

export function clearFilters(v: JobsView): JobsView {
  return changeView(v, Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_VIEW[k]])) as Partial<JobsView>);
}

/**
 * A multi-select reports its whole new value, computed from the value it was last given.
 * Two quick picks can both start from the same, not yet updated, URL; applying only what
 * changed to the current view keeps both.
 */
export function applyPick(current: string[], shown: string[], picked: string[]): string[] {
  const added = picked.filter((x) => !shown.includes(x));
  const removed = new Set(shown.filter((x) => !picked.includes(x)));
  return [...current.filter((x) => !removed.has(x)), ...added.filter((x) => !current.includes(x))];
}
