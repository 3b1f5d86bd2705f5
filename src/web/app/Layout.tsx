import {
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Divider,
  Drawer,
  Group,
  NavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import { useNarrowScreen } from '../components/useNarrowScreen';
import { NotificationsBell } from '../notifications/NotificationsBell';
import { HeaderSupportButton } from '../support/HeaderSupportButton';
import { useSession, useUser } from './session';

const roleLabel = {
  organizer: 'Organizer',
  recruiter: 'Recruiter',
  talent: 'Talent',
  support: 'Support',
} as const;

const roleLine = (user: CurrentUser) =>
  user.company ? `${roleLabel[user.role]} · ${user.company.name}` : roleLabel[user.role];

/** The app's places for the user's role: in the header on a wide screen, in the menu on a phone. */
function navigation(user: CurrentUser): { to: string; label: string }[] {
  return [
    { to: '/', label: 'Events' },
    ...(user.role === 'talent' ? [{ to: '/profile', label: 'My profile' }] : []),
    ...(user.role === 'support' ? [{ to: '/support', label: 'Support console' }] : []),
  ];
}

function useLogOut(): () => Promise<void> {
  const { logout } = useSession();
  const navigate = useNavigate();
  return async () => {
    await logout();
    navigate('/login');
  };
}

/** A phone's header has room for the logo and a few icons: the places, the user and `Log out` move into a menu. */
function PhoneMenu({ user }: { user: CurrentUser }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const logOut = useLogOut();
  return (
    <>
      <Burger opened={opened} onClick={toggle} size="sm" aria-label="Menu" aria-haspopup="dialog" />
      <Drawer opened={opened} onClose={close} position="right" size="xs" title="Menu">
        <Stack gap="md">
          <nav aria-label="Main">
            {navigation(user).map((place) => (
              <NavLink
                key={place.to}
                component={Link}
                to={place.to}
                label={place.label}
                active={pathname === place.to}
                onClick={close}
              />
            ))}
          </nav>
          <Divider />
          <Stack gap={4}>
            <Anchor component={Link} to="/account" c="dark.7" fw={600} onClick={close}>
              {user.name}
            </Anchor>
            <Text size="sm" c="dark.6">
              {roleLine(user)}
            </Text>
          </Stack>
          <Button variant="default" onClick={logOut}>
            Log out
          </Button>
        </Stack>
      </Drawer>
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const user = useUser();
  const narrow = useNarrowScreen();
  const logOut = useLogOut();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
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
                  Log out
                </Button>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Text component="div" maw={1200} mx="auto">
          {children}
        </Text>
      </AppShell.Main>
    </AppShell>
  );
}
