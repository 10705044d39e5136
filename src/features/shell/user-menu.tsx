import { ActionIcon, Badge, Group, Menu, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconLanguage, IconLogout, IconMoon, IconSun, IconSunMoon, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../lib/i18n.ts';
import { sessionStore, useSession } from '../../lib/session.ts';

const SCHEMES: { value: MantineColorScheme; icon: typeof IconSun }[] = [
  { value: 'auto', icon: IconSunMoon },
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
];

/** Who is signed in; the account button opens language, theme and sign out. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  if (!session) return null;
  const who = session.apiKey ?? t('shell.accessToken');
  const role = session.role === 'curator' ? t('shell.curator') : t('shell.notCurator');
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" visibleFrom="md" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {who}
      </Text>
      <Badge variant="outline" visibleFrom="md" tt="none">
        {role}
      </Badge>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('shell.account', { who })}>
            <IconUserCircle size={20} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {t('shell.signedInAs', { who })} · {role}
          </Menu.Label>
          <Menu.Divider />
          <Menu.Label>{t('app.language')}</Menu.Label>
          {LANGUAGES.map((lng) => (
            <Menu.Item
              key={lng}
              leftSection={<IconLanguage size={16} aria-hidden />}
              onClick={() => void setLanguage(lng)}
              aria-current={i18n.language === lng ? 'true' : undefined}
            >
              {lng === 'en' ? 'English' : '日本語'}
              {i18n.language === lng ? ' ✓' : ''}
            </Menu.Item>
          ))}
          <Menu.Label>{t('shell.theme')}</Menu.Label>
          {SCHEMES.map(({ value, icon: Icon }) => (
            <Menu.Item key={value} leftSection={<Icon size={16} aria-hidden />} onClick={() => setColorScheme(value)}>
              {t(`shell.scheme.${value}`)}
              {colorScheme === value ? ' ✓' : ''}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => {
              sessionStore.signOut();
              queryClient.clear();
            }}
          >
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
