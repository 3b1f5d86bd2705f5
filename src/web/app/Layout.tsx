import { Anchor, AppShell, Badge, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { NotificationsBell } from '../notifications/NotificationsBell';
import { HeaderSupportButton } from '../support/HeaderSupportButton';
import { useUser, useSession } from './session';

const roleLabel = {
  organizer: 'Organizer',
  recruiter: 'Recruiter',
  talent: 'Talent',
  support: 'Support',
} as const;

export function Layout({ children }: { children: ReactNode }) {
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" fw={800} fz="xl" c="red.8" underline="never">
              Parley
            </Anchor>
            <Anchor component={Link} to="/" c="dark.7">
              Events
            </Anchor>
            {user.role === 'talent' && (
              <Anchor component={Link} to="/profile" c="dark.7">
                My profile
              </Anchor>
            )}
            {user.role === 'support' && (
              <Anchor component={Link} to="/support" c="dark.7">
                Support console
              </Anchor>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {(user.role === 'talent' || user.role === 'recruiter') && <HeaderSupportButton />}
            <NotificationsBell />
            <Anchor component={Link} to="/account" c="dark.7" visibleFrom="xs">
              {user.name}
            </Anchor>
            <Badge variant="light" color="gray" visibleFrom="sm">
              {user.company ? `${roleLabel[user.role]} · ${user.company.name}` : roleLabel[user.role]}
            </Badge>
            <Button
              variant="default"
              size="xs"
              onClick={async () => {
                await logout();
                navigate('/login');
              }}
            >
              Log out
            </Button>
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
