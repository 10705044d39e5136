import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its text alternative: the figure says its numbers in brief (aria-label), and a
 * switch shows the same numbers as a table for anyone who would rather read them.
 */
export function ChartFigure(props: { title: string; note?: string; summary: string; chart: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h4" id={id}>
            {props.title}
          </Title>
          {props.note && (
            <Text size="xs" c="dimmed">
              {props.note}
            </Text>
          )}
        </div>
        <Switch
          size="sm"
          label={t('overview.history.showTable')}
          checked={asTable}
          onChange={(e) => setAsTable(e.currentTarget.checked)}
          styles={{ label: { whiteSpace: 'nowrap' } }}
        />
      </Group>
      {asTable ? (
        props.table
      ) : (
        <figure aria-label={props.summary} style={{ margin: 0 }}>
          {props.chart}
        </figure>
      )}
    </Stack>
  );
}
