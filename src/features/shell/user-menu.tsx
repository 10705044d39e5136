import { ActionIcon, Badge, Group, Text } from '@mantine/core';
import { IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onDemand } from '../../lib/on-demand.ts';
import { useSession } from '../../lib/session.ts';

const accountMenu = onDemand(() => import('./account-menu.tsx'));

/** Who is signed in; the account button opens language, theme and sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const menu = accountMenu.use();
  const [focused, setFocused] = useState(false);
  const [clicked, setClicked] = useState(false);
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
      {menu ? (
        <menu.default who={who} role={role} openOnMount={clicked} focusOnMount={clicked || focused} />
      ) : (
        // Stands in until the menu's code is here: usually that is by the time of the click.
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('shell.account', { who })}
          aria-haspopup="menu"
          onPointerEnter={accountMenu.fetch}
          onFocus={() => {
            setFocused(true);
            accountMenu.fetch();
          }}
          onBlur={() => setFocused(false)}
          onClick={() => {
            setClicked(true);
            accountMenu.fetch();
          }}
        >
          <IconUserCircle size={20} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}
