import { Box, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertOctagon, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import classes from './app-layout.module.css';
import { OpenJobSearch } from './open-job-search.tsx';
import { ServerBadge } from './server-badge.tsx';
import { UserMenu } from './user-menu.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  return (
    <>
      <header className={classes.header}>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('shell.navigation')} aria-expanded={opened} />
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
      </header>
      <Box component="nav" className={classes.navbar} mod={{ opened }} aria-label={t('shell.navigation')}>
        <NavLink
          component={Link}
          to="/jobs"
          label={t('shell.jobs')}
          leftSection={<IconListDetails size={18} aria-hidden />}
          active={location.pathname.startsWith('/jobs')}
          onClick={close}
        />
        <NavLink
          component={Link}
          to="/failed"
          label={t('shell.failed')}
          leftSection={<IconAlertOctagon size={18} aria-hidden />}
          active={location.pathname.startsWith('/failed')}
          onClick={close}
        />
      </Box>
      <main className={classes.main}>
        <Outlet />
      </main>
    </>
  );
}
