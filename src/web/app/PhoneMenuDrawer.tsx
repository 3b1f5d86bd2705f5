import { Anchor, Button, Divider, Drawer, NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import { DIRECTIONS } from '../../shared/i18n/locales';
import { useT } from '../i18n/i18n';
import { navigation, roleLine, useLogOut } from './navigation';

/** The phone's menu: the places, the user and `Log out`, which a phone's header has no room for. */
export function PhoneMenuDrawer({
  user,
  opened,
  onClose,
}: {
  user: CurrentUser;
  opened: boolean;
  onClose: () => void;
}) {
  const { pathname } = useLocation();
  const logOut = useLogOut();
  const { t, locale } = useT();
  // It slides in at the end of the line, where the menu button is: the right in a left-to-right language.
  const side = DIRECTIONS[locale] === 'rtl' ? 'left' : 'right';
  return (
    <Drawer opened={opened} onClose={onClose} position={side} size="xs" title={t('shell.menu')}>
      <Stack gap="md">
        <nav aria-label={t('shell.mainNavigation')}>
          {navigation(user).map((place) => (
            <NavLink
              key={place.to}
              component={Link}
              to={place.to}
              label={place.label}
              active={pathname === place.to}
              onClick={onClose}
            />
          ))}
        </nav>
        <Divider />
        <Stack gap={4}>
          <Anchor component={Link} to="/account" c="dark.7" fw={600} onClick={onClose}>
            {user.name}
          </Anchor>
          <Text size="sm" c="dark.6">
            {roleLine(user)}
          </Text>
        </Stack>
        <Button variant="default" onClick={logOut}>
          {t('shell.logOut')}
        </Button>
      </Stack>
    </Drawer>
  );
}
