import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconLanguage, IconLogout, IconMoon, IconSun, IconSunMoon, IconUserCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../app/i18n.ts';
import { sessionStore } from '../../lib/session.ts';

const SCHEMES: { value: MantineColorScheme; icon: typeof IconSun }[] = [
  { value: 'auto', icon: IconSunMoon },
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
];

interface Props {
  who: string;
  role: string;
  /** It replaces a button that stood in while it loaded: that button's focus, and its click. */
  focusOnMount: boolean;
  openOnMount: boolean;
}

/** Language, theme and sign out, behind the account button; loaded when first wanted. */
export default function AccountMenu({ who, role, focusOnMount, openOnMount }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const target = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) target.current?.focus();
  }, [focusOnMount]);
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={openOnMount}>
      <Menu.Target>
        <ActionIcon ref={target} variant="default" size="lg" aria-label={t('shell.account', { who })}>
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
            sessionStore.end('signed-out');
            queryClient.clear();
          }}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
