import { Alert, List, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCount } from '../lib/use-count.ts';
import type { BulkPlan, Group, PlanJob } from './bulk-plan.ts';

const SKIPPED_SHOWN = 200;

function GroupTable({ title, groups }: { title: string; groups: Group[] }) {
  const { t } = useTranslation();
  const n = useCount();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      <ScrollArea.Autosize mah={200} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0 }}>
        <Table aria-label={title} verticalSpacing={4} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bulk.name')}</Table.Th>
              <Table.Th ta="right">{t('bulk.toStop')}</Table.Th>
              <Table.Th ta="right">{t('bulk.toRemove')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.name}>
                <Table.Td>{g.name || '—'}</Table.Td>
                <Table.Td ta="right">{n(g.stop)}</Table.Td>
                <Table.Td ta="right">{n(g.remove)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/** What confirming will do, in numbers and by whose work it is, and what it leaves alone. */
export function BulkPreview<J extends PlanJob>({ plan }: { plan: BulkPlan<J> }) {
  const { t } = useTranslation();
  const n = useCount();
  const skipped = plan.skipped.length;
  return (
    <Stack gap="md">
      <List spacing={4} aria-label={t('bulk.summary')}>
        <List.Item>{t('bulk.willStop', { n: n(plan.stop) })}</List.Item>
        <List.Item>{t('bulk.willRemove', { n: n(plan.remove) })}</List.Item>
        <List.Item>{t('bulk.willSkip', { n: n(skipped) })}</List.Item>
      </List>
      {plan.remove > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          <Text fw={700} size="sm">
            {t('bulk.removeWarning')}
          </Text>
        </Alert>
      )}
      {plan.todo.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <GroupTable title={t('bulk.byUser')} groups={plan.byUser} />
          <GroupTable title={t('bulk.byWorkflow')} groups={plan.byWorkflow} />
        </SimpleGrid>
      )}
      {skipped > 0 && (
        <details>
          <summary>
            <Text span size="sm" fw={600}>
              {t('bulk.skippedList', { n: n(skipped) })}
            </Text>
          </summary>
          <ScrollArea.Autosize mah={180} type="auto" mt={4} viewportProps={{ tabIndex: 0 }}>
            <List size="sm" spacing={2} aria-label={t('bulk.skippedList', { n: n(skipped) })}>
              {plan.skipped.slice(0, SKIPPED_SHOWN).map((j) => (
                <List.Item key={j.jobId}>
                  <Text span ff="monospace" size="sm">
                    {j.jobId}
                  </Text>{' '}
                  {t(`status.${j.status}`, { defaultValue: j.status })} · {j.workflowName || '—'}
                </List.Item>
              ))}
            </List>
            {skipped > SKIPPED_SHOWN && (
              <Text size="sm" c="dimmed">
                {t('bulk.andMore', { n: n(skipped - SKIPPED_SHOWN) })}
              </Text>
            )}
          </ScrollArea.Autosize>
        </details>
      )}
    </Stack>
  );
}
