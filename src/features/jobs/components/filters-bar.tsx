import { MultiSelect, Switch, type MultiSelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobListQueries } from '../api/job-list-queries.ts';
import { CompletedRangeField } from './completed-range-field.tsx';
import { placeholderFor } from './filter-placeholder.ts';
import { FILTER_PRIORITIES, JOB_STATUSES, workflowKey } from '../../../../contract/job-words.ts';
import { userName } from '../lib/user-name.ts';
import { applyPick, changeView, type JobsView } from '../state/view.ts';
import { priorityLabel } from '../lib/priority.ts';

interface Props {
  view: JobsView;
  onChange: (change: Partial<JobsView> | ((v: JobsView) => JobsView)) => void;
}

type ListKey = 'statuses' | 'priorities' | 'users' | 'workflows';

const NUMERIC_PRIORITIES = Array.from({ length: 11 }, (_, i) => String(i));

function FilterSelect(props: MultiSelectProps) {
  const { t } = useTranslation();
  return <MultiSelect {...props} placeholder={placeholderFor(props, t('filters.addMore'))} />;
}

/**
 * One choice per workflow: a server names one workflow with and without ".yxmd" (the list
 * matches both). The names picked come first, so the choice shows as picked.
 */
function foldWorkflows(picked: string[], known: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of [...picked, ...known]) if (!byKey.has(workflowKey(name))) byKey.set(workflowKey(name), name);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** Every filter GET /v3/jobs offers, each with its label. */
export function FiltersBar({ view, onChange }: Props) {
  const { t } = useTranslation();
  const pick = (key: ListKey) => (picked: string[]) => onChange((v) => changeView(v, { [key]: applyPick(v[key], view[key], picked) }));
  const users = useQuery(jobListQueries.users());
  const workflows = useQuery(jobListQueries.workflows());
  const priorityData = [
    ...FILTER_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
    ...[...new Set([...NUMERIC_PRIORITIES, ...view.priorities.filter((p) => /^\d+$/.test(p))])].map((p) => ({
      value: p,
      label: priorityLabel(t, p),
    })),
  ];
  const userData = (users.data ?? []).map((u) => ({ value: u.id, label: userName(u) }));
  // A filter value from a link stays selectable even before (or without) its list.
  for (const id of view.users) if (!userData.some((u) => u.value === id)) userData.push({ value: id, label: id });
  const workflowNames = foldWorkflows(
    view.workflows,
    (workflows.data ?? []).map((w) => w.name),
  );
  // Lists drawn only when opened: kept mounted (Mantine's default), the four hidden lists with
  // every user and workflow were half of the page's first render (see BENCHMARKS.md).
  const common = {
    clearable: true,
    maxDropdownHeight: 280,
    comboboxProps: { withinPortal: true, keepMounted: false },
    miw: 160,
    maw: 320,
  } as const;

  // A fragment: the page lays these out in one wrapping row with the sort control.
  return (
    <>
      <FilterSelect
        {...common}
        label={t('filters.status')}
        placeholder={t('filters.any')}
        data={JOB_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={view.statuses}
        onChange={pick('statuses')}
      />
      <FilterSelect
        {...common}
        label={t('filters.priority')}
        placeholder={t('filters.any')}
        data={priorityData}
        value={view.priorities}
        onChange={pick('priorities')}
        searchable
      />
      <FilterSelect
        {...common}
        label={t('filters.user')}
        placeholder={users.isError ? t('filters.unavailable') : t('filters.anyone')}
        data={userData}
        value={view.users}
        onChange={pick('users')}
        searchable
        disabled={view.onlyMine}
        nothingFoundMessage={t('filters.nothingFound')}
      />
      <FilterSelect
        {...common}
        label={t('filters.workflow')}
        placeholder={workflows.isError ? t('filters.unavailable') : t('filters.any')}
        data={workflowNames}
        value={view.workflows}
        onChange={pick('workflows')}
        searchable
        nothingFoundMessage={t('filters.nothingFound')}
        miw={220}
      />
      <CompletedRangeField
        from={view.completedFrom}
        to={view.completedTo}
        onChange={(completedFrom, completedTo) => onChange({ completedFrom, completedTo })}
      />
      <Switch
        label={t('filters.onlyMine')}
        checked={view.onlyMine}
        onChange={(e) => onChange({ onlyMine: e.currentTarget.checked })}
        mb={8}
      />
    </>
  );
}
