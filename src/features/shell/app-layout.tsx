import { Box, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertOctagon, IconGauge, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import classes from './app-layout.module.css';
import { OpenJobSearch } from './open-job-search.tsx';
import { ServerBadge } from './server-badge.tsx';
import { UserMenu } from './user-menu.tsx';

const PAGES = [
  { to: '/overview', label: 'shell.overview', Icon: IconGauge },
  { to: '/jobs', label: 'shell.jobs', Icon: IconListDetails },
  { to: '/failed', label: 'shell.failed', Icon: IconAlertOctagon },
] as const;

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
            <Text component={Link} to="/" fw={700} size="lg" style={{ textDecoration: 'none', color: 'inherit', whiteSpace: 'nowrap' }}>
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
        {PAGES.map(({ to, label, Icon }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={t(label)}
            leftSection={<Icon size={18} aria-hidden />}
            active={location.pathname.startsWith(to)}
            onClick={close}
          />
        ))}
      </Box>
      <main className={classes.main}>
        <Outlet />
      </main>
    </>
  );
}
