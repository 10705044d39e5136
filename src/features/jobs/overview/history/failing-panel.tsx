import { Anchor, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from '../../lib/format.ts';
import { FigureTable } from './figure-table.tsx';
import { completedJobsLink } from './history-links.ts';
import { TOP, type HistoryData } from './use-history-data.ts';
import { FAILING_SAMPLE, useFailing } from './use-failing.ts';

/** The workflows with the most error results among the window's newest jobs, and how many results are known. */
export function FailingPanel({ data }: { data: HistoryData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const jobs = data.figures?.jobs;
  const { query, done, asked } = useFailing(jobs);
  const days = { completedFrom: data.span.fromDay, completedTo: data.span.toDay };
  const result = query.data;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('overview.history.failing.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t(asked < (jobs?.length ?? 0) ? 'overview.history.failing.knownOfSample' : 'overview.history.failing.known', {
          n: formatCount(result?.known ?? done, lang),
          total: formatCount(asked, lang),
          sample: formatCount(FAILING_SAMPLE, lang),
          all: formatCount(jobs?.length ?? 0, lang),
        })}
      </Text>
      {query.isFetching && !result && (
        <Progress value={asked ? (100 * done) / asked : 0} size="sm" aria-label={t('overview.history.failing.reading')} />
      )}
      {result && result.failing.length === 0 && <Text size="sm">{t('overview.history.failing.none')}</Text>}
      {result && result.failing.length > 0 && (
        <FigureTable
          label={t('overview.history.failing.title')}
          columns={[t('overview.history.failing.workflow'), t('overview.history.failing.errors'), t('overview.history.failing.ofKnown')]}
          rows={result.failing.slice(0, TOP).map((r) => ({
            key: r.name,
            head: (
              <Anchor component={Link} to={completedJobsLink({ ...days, workflows: [r.name] })} size="sm">
                {r.name}
              </Anchor>
            ),
            cells: [formatCount(r.errors, lang), formatCount(r.known, lang)],
          }))}
        />
      )}
    </Stack>
  );
}
