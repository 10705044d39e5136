import { Badge, Button, Collapse } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** On a phone the filters fold away behind a button, so the jobs come first; elsewhere they show. */
export function FiltersPanel({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const [opened, { toggle }] = useDisclosure(false);
  if (!narrow) return children;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFilter size={16} aria-hidden />}
        rightSection={count > 0 ? <Badge size="sm">{count}</Badge> : null}
        onClick={toggle}
        aria-expanded={opened}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('filters.show')}
      </Button>
      <Collapse expanded={opened}>{children}</Collapse>
    </>
  );
}
