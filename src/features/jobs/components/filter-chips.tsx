import { Badge, Button, CloseButton, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobListQueries } from '../api/job-list-queries.ts';
import { completedRangeText } from '../lib/day-range-text.ts';
import { userName } from '../lib/user-name.ts';
import { VALUES_FILTERS, type ChipContext } from '../state/filters.ts';
import { clearFilters, hasFilters, type JobsView } from '../state/view.ts';

interface Props {
  view: JobsView;
  onChange: (next: Partial<JobsView> | ((v: JobsView) => JobsView)) => void;
}

/** Each active filter as a chip that removes itself, and Clear filters for all of them. */
export function FilterChips({ view, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const users = useQuery(jobListQueries.users());
  if (!hasFilters(view)) return null;
  const context: ChipContext = {
    t,
    userName: (id) => {
      const user = users.data?.find((u) => u.id === id);
      return user ? userName(user) : id;
    },
  };
  const chips: { key: string; label: string; remove: () => void }[] = VALUES_FILTERS.flatMap((f) =>
    view[f.key].map((value) => ({
      key: `${f.param}-${value}`,
      label: `${t(f.label)}: ${f.chip(value, context)}`,
      remove: () => onChange({ [f.key]: view[f.key].filter((x) => x !== value) }),
    })),
  );
  if (view.completedFrom || view.completedTo) {
    chips.push({
      key: 'completed',
      label: `${t('filters.completedBetween')}: ${completedRangeText(view.completedFrom, view.completedTo, t, i18n.language)}`,
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
