import { Anchor, Badge, Box, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import { useNarrowScreen } from '../components/useNarrowScreen';
import { useT } from '../i18n/i18n';
import { NotificationsBell } from '../notifications/NotificationsBell';
import { HeaderSupportButton } from '../support/HeaderSupportButton';
import { lazyNamed, OnceShown } from './lazyPage';
import { navigation, roleLine, useLogOut } from './navigation';
import { useUser } from './session';

const PhoneMenuDrawer = lazyNamed(() => import('./PhoneMenuDrawer'), 'PhoneMenuDrawer');

/** A phone's header has room for the logo and a few icons: the places, the user and `Log out` move into a menu. */
function PhoneMenu({ user }: { user: CurrentUser }) {
  const { t } = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <Burger
        opened={opened}
        onClick={toggle}
        size="sm"
        aria-label={t('shell.menu')}
        aria-haspopup="dialog"
      />
      <OnceShown when={opened}>
        <PhoneMenuDrawer user={user} opened={opened} onClose={close} />
      </OnceShown>
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const user = useUser();
  const narrow = useNarrowScreen();
  const logOut = useLogOut();
  const { t } = useT();
  return (
    // A header and a main area of our own: Mantine's AppShell (navbars, asides, footers, their scroll locks) weighs
    // more than this whole header, on every signed-in page's first download.
    <>
      <Box
        component="header"
        h={60}
        pos="sticky"
        top={0}
        bg="var(--mantine-color-body)"
        style={{ zIndex: 100, borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" fw={800} fz="xl" c="red.8" underline="never">
              Parley
            </Anchor>
            {!narrow &&
              navigation(user).map((place) => (
                <Anchor key={place.to} component={Link} to={place.to} c="dark.7">
                  {place.label}
                </Anchor>
              ))}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {(user.role === 'talent' || user.role === 'recruiter') && (
              <HeaderSupportButton compact={narrow} />
            )}
            <NotificationsBell />
            {narrow ? (
              <PhoneMenu user={user} />
            ) : (
              <>
                <Anchor component={Link} to="/account" c="dark.7">
                  {user.name}
                </Anchor>
                <Badge variant="light" color="gray">
                  {roleLine(user)}
                </Badge>
                <Button variant="default" size="xs" onClick={logOut}>
                  {t('shell.logOut')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Box>
      <Box component="main" p="md">
        <Text component="div" maw={1200} mx="auto">
          {children}
        </Text>
      </Box>
    </>
  );
}
