/**
 * The jobs list's filters that pick values, one entry each: the view's field, its URL parameter,
 * the API's parameter, which values it accepts, and how a value reads on its chip. The URL
 * codec, the API's parameters, the chips, the count and Clear filters all read this table: a
 * new filter is an entry here and its control in the filters bar.
 */
import type { TFunction } from 'i18next';
import { priorityLabel } from '../lib/priority.ts';
import { FILTER_PRIORITIES, JOB_STATUSES, STATUS_FILTER, type JobStatus } from '../../../../contract/job-words.ts';

export interface ChipContext {
  t: TFunction;
  userName: (id: string) => string;
}

export interface ValuesFilter {
  key: 'statuses' | 'priorities' | 'users' | 'workflows';
  /** Its URL parameter, repeated once per value. */
  param: string;
  /** Its GET /v3/jobs parameter. */
  api: 'statuses' | 'priorities' | 'users' | 'workflowNames';
  /** A translation key. */
  label: string;
  accept: (value: string) => boolean;
  toApi: (value: string) => string;
  /** The API applies it only to the list of all users' jobs. */
  allUsersOnly?: boolean;
  chip: (value: string, c: ChipContext) => string;
}

const any = () => true;
const same = (v: string) => v;

export const VALUES_FILTERS: readonly ValuesFilter[] = [
  {
    key: 'statuses',
    param: 'status',
    api: 'statuses',
    label: 'filters.status',
    accept: (s) => (JOB_STATUSES as readonly string[]).includes(s),
    toApi: (s) => STATUS_FILTER[s as JobStatus],
    chip: (s, { t }) => t(`status.${s}`),
  },
  {
    key: 'priorities',
    param: 'priority',
    api: 'priorities',
    label: 'filters.priority',
    accept: (p) => (FILTER_PRIORITIES as readonly string[]).includes(p) || /^\d{1,4}$/.test(p),
    toApi: same,
    chip: (p, { t }) => priorityLabel(t, p),
  },
  {
    key: 'users',
    param: 'user',
    api: 'users',
    label: 'filters.user',
    accept: any,
    toApi: same,
    allUsersOnly: true,
    chip: (id, { userName }) => userName(id),
  },
  { key: 'workflows', param: 'workflow', api: 'workflowNames', label: 'filters.workflow', accept: any, toApi: same, chip: same },
];
