import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { OpenJobSearch } from './open-job-search.tsx';
import { ServerBadge } from './server-badge.tsx';
import { UserMenu } from './user-menu.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('shell.navigation')} />
            <Text component={Link} to="/jobs" fw={700} size="lg" style={{ textDecoration: 'none', color: 'inherit', whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Text>
            <ServerBadge />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <OpenJobSearch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <NavLink
          component={Link}
          to="/jobs"
          label={t('shell.jobs')}
          leftSection={<IconListDetails size={18} aria-hidden />}
          active={location.pathname.startsWith('/jobs')}
          onClick={close}
        />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
