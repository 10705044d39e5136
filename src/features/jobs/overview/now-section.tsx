import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverviewView } from './overview-view.ts';
import type { SetView } from '../state/use-url-view.ts';

/** The Overview's now panels (being built). */
export function NowSection({ view }: { view: OverviewView; onChange: SetView<OverviewView> }) {
  const { t } = useTranslation();
  void view;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overview-now">
      <Title order={2} size="h3" id="overview-now">
        {t('overview.now.title')}
      </Title>
    </Paper>
  );
}
