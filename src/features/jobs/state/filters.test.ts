import { describe, expect, it } from 'vitest';
import { listParams } from '../api/list-params.ts';
import { VALUES_FILTERS } from './filters.ts';
import { clearFilters, DEFAULT_VIEW, filterCount, hasFilters, paramsFromView, viewFromParams } from './view.ts';

const SAMPLE = { statuses: 'Completed', priorities: 'High', users: 'u-42', workflows: 'Fraud Screening' } as const;
const API_VALUE = { statuses: 'Complete', priorities: 'High', users: 'u-42', workflows: 'Fraud Screening' } as const;

describe('the filter table drives the URL, the API parameters, the count and Clear filters', () => {
  it.each(VALUES_FILTERS.map((f) => [f.key, f] as const))('%s', (_key, f) => {
    const view = { ...DEFAULT_VIEW, [f.key]: [SAMPLE[f.key]] };
    const url = paramsFromView(view);
    expect(url.getAll(f.param)).toEqual([SAMPLE[f.key]]);
    expect(viewFromParams(url)).toEqual(view);
    expect((listParams(view, true) as Record<string, unknown>)[f.api]).toEqual([API_VALUE[f.key]]);
    expect(filterCount(view)).toBe(1);
    expect(hasFilters(clearFilters(view))).toBe(false);
  });

  it('values a filter does not accept stay out of the view', () => {
    expect(viewFromParams(new URLSearchParams('status=Complete&status=Bogus&priority=Urgent&priority=6')).statuses).toEqual([]);
    expect(viewFromParams(new URLSearchParams('priority=Urgent&priority=6')).priorities).toEqual(['6']);
  });

  it('users apply only to the list of all users’ jobs', () => {
    const view = { ...DEFAULT_VIEW, users: ['u-42'] };
    expect(listParams(view, true)).toMatchObject({ allUsers: true, users: ['u-42'] });
    expect(listParams({ ...view, onlyMine: true }, true)).not.toHaveProperty('users');
    expect(listParams(view, false)).not.toHaveProperty('users');
  });
});
