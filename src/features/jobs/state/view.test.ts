import { describe, expect, it } from 'vitest';
import { toApiRange } from '../lib/dates.ts';
import { applyPick, changeView, clearFilters, DEFAULT_VIEW, hasFilters, paramsFromView, viewFromParams, type JobsView } from './view.ts';

const roundTrip = (v: JobsView) => viewFromParams(paramsFromView(v));

describe('the view in the URL', () => {
  it('the default view is an empty query string', () => {
    expect(paramsFromView(DEFAULT_VIEW).toString()).toBe('');
    expect(viewFromParams(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  it('every part survives the round trip', () => {
    const v: JobsView = {
      statuses: ['Queued', 'Running'],
      priorities: ['High', '6'],
      users: ['u1', 'u2'],
      workflows: ['Daily Sales Rollup.yxmd', '月次売上レポート.yxmd', 'Gizmo, Deluxe'],
      completedFrom: '2026-11-01',
      completedTo: '2026-11-15',
      onlyMine: true,
      sort: 'workflow',
      dir: 'asc',
      page: 3,
      pageSize: 250,
      tz: 'utc',
      refresh: 0,
    };
    expect(roundTrip(v)).toEqual(v);
  });

  it('lists are repeated parameters', () => {
    expect(paramsFromView({ ...DEFAULT_VIEW, statuses: ['Queued', 'Running'] }).toString()).toBe('status=Queued&status=Running');
  });

  it('malformed values fall back to the defaults', () => {
    const v = viewFromParams(
      new URLSearchParams('sort=nope&dir=up&page=-2&size=7&tz=mars&refresh=3&from=yesterday&status=Done&priority=Urgent'),
    );
    expect(v).toEqual(DEFAULT_VIEW);
  });
});

describe('changing the view', () => {
  it('filter, sort and page-size changes go back to page 1; paging does not', () => {
    const on3 = { ...DEFAULT_VIEW, page: 3 };
    expect(changeView(on3, { statuses: ['Queued'] }).page).toBe(1);
    expect(changeView(on3, { sort: 'status' }).page).toBe(1);
    expect(changeView(on3, { pageSize: 100 }).page).toBe(1);
    expect(changeView(on3, { page: 4 }).page).toBe(4);
    expect(changeView(on3, { tz: 'utc' }).page).toBe(3);
  });

  it('clearing filters keeps sort, page size and zone', () => {
    const v = {
      ...DEFAULT_VIEW,
      statuses: ['Queued'],
      onlyMine: true,
      sort: 'status' as const,
      pageSize: 100,
      tz: 'utc' as const,
      page: 2,
    };
    expect(hasFilters(v)).toBe(true);
    const cleared = clearFilters(v);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ sort: 'status', pageSize: 100, tz: 'utc', page: 1 });
  });
});

describe('completed between: inclusive in the UI, exclusive in the API', () => {
  it('sends the day before and the day after', () => {
    expect(toApiRange('2026-03-01', '2026-03-31')).toEqual({ completedAfter: '2026-02-28', completedBefore: '2026-04-01' });
    expect(toApiRange('2024-03-01', null)).toEqual({ completedAfter: '2024-02-29' });
    expect(toApiRange(null, '2026-12-31')).toEqual({ completedBefore: '2027-01-01' });
    expect(toApiRange(null, null)).toEqual({});
  });
});

describe('quick successive picks in a multi-select', () => {
  it('keep every pick, even when the second starts from a stale value', () => {
    // The URL already has Running; the select still shows [] and reports [Initializing].
    expect(applyPick(['Running'], [], ['Initializing'])).toEqual(['Running', 'Initializing']);
    // Removing works the same way.
    expect(applyPick(['Running', 'Queued'], ['Running'], [])).toEqual(['Queued']);
    expect(applyPick([], [], ['A', 'B'])).toEqual(['A', 'B']);
  });
});
