import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { useMarkNotificationRead, useNotifications } from '../api/notifications';
import { useUser } from '../app/session';
import { formatNumber } from '../i18n/format';
import { useT } from '../i18n/i18n';
import { formatTime, viewerTimeZone } from '../time';
import { notificationLink, notificationText } from './notificationText';

const SHOWN = 5;

/** The home's reminder of what happened: the newest unread notifications, each leading where the bell would. */
export function UnreadNotifications() {
  const { t } = useT();
  const user = useUser();
  const zone = viewerTimeZone();
  const headingId = useId();
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;
  const unread = (list.data?.pages.flatMap((page) => page.notifications) ?? [])
    .filter((notification) => notification.readAt === null)
    .slice(0, SHOWN);
  if (unreadCount === 0 || unread.length === 0) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Group gap="xs">
        <Title order={2} fz="h3" id={headingId}>
          {t('notifications.unread.title')}
        </Title>
        <Badge variant="light" color="gray" c="dark.8" aria-hidden>
          {formatNumber(unreadCount)}
        </Badge>
      </Group>
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
        {unread.map((notification) => {
          const text = notificationText(notification, user.role, zone);
          const link = notificationLink(notification, user.role);
          return (
            <Group component="li" key={notification.id} gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" c="dark.6" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatTime(notification.createdAt, zone)}
              </Text>
              {link ? (
                <Anchor component={Link} to={link} size="sm" onClick={() => markRead.mutate(notification.id)}>
                  {text}
                </Anchor>
              ) : (
                <Text size="sm">{text}</Text>
              )}
            </Group>
          );
        })}
      </Stack>
      {unreadCount > unread.length && (
        <Text size="sm" c="dark.6">
          {t('notifications.unread.rest')}
        </Text>
      )}
    </Stack>
  );
}
