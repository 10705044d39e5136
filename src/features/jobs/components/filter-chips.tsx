import { Badge, Button, CloseButton, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobListQueries } from '../api/job-list-queries.ts';
import { clearFilters, hasFilters, type JobsView } from '../state/view.ts';

interface Props {
  view: JobsView;
  onChange: (next: Partial<JobsView> | ((v: JobsView) => JobsView)) => void;
}

/** Each active filter as a chip that removes itself, and Clear filters for all of them. */
export function FilterChips({ view, onChange }: Props) {
  const { t } = useTranslation();
  const users = useQuery(jobListQueries.users());
  if (!hasFilters(view)) return null;
  const userName = (id: string) => {
    const u = users.data?.find((x) => x.id === id);
    return u ? `${u.firstName} ${u.lastName}`.trim() : id;
  };
  const without = (list: string[], value: string) => list.filter((x) => x !== value);
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...view.statuses.map((s) => ({
      key: `s-${s}`,
      label: `${t('filters.status')}: ${t(`status.${s}`)}`,
      remove: () => onChange({ statuses: without(view.statuses, s) }),
    })),
    ...view.priorities.map((p) => ({
      key: `p-${p}`,
      label: `${t('filters.priority')}: ${t(`priority.${p}`, { defaultValue: p })}`,
      remove: () => onChange({ priorities: without(view.priorities, p) }),
    })),
    ...view.users.map((u) => ({
      key: `u-${u}`,
      label: `${t('filters.user')}: ${userName(u)}`,
      remove: () => onChange({ users: without(view.users, u) }),
    })),
    ...view.workflows.map((w) => ({
      key: `w-${w}`,
      label: `${t('filters.workflow')}: ${w}`,
      remove: () => onChange({ workflows: without(view.workflows, w) }),
    })),
  ];
  if (view.completedFrom || view.completedTo) {
    chips.push({
      key: 'completed',
      label: `${t('filters.completedBetween')}: ${view.completedFrom ?? '…'} – ${view.completedTo ?? '…'}`,
      remove: () => onChange({ completedFrom: null, completedTo: null }),
    });
  }
  if (view.onlyMine) chips.push({ key: 'mine', label: t('filters.onlyMine'), remove: () => onChange({ onlyMine: false }) });

  return (
    <Group gap="xs" aria-label={t('filters.active')} role="group">
      {chips.map((c) => (
        <Badge
          key={c.key}
          variant="light"
          size="lg"
          tt="none"
          fw={500}
          pr={4}
          rightSection={<CloseButton size="xs" onClick={c.remove} aria-label={t('filters.remove', { filter: c.label })} />}
        >
          {c.label}
        </Badge>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={() => onChange(clearFilters)}>
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
