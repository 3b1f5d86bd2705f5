import {
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Switch,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactElement } from 'react';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { useMarkAllNotificationsRead, useNotifications } from '../api/notifications';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useT } from '../i18n/i18n';
import { viewerTimeZone } from '../time';
import type { useDesktopAlerts } from './desktopAlerts';
import { dayLabel, notificationText } from './notificationText';

/** Newest first, in runs of one day each on the viewer's clock. */
function byDay(notifications: Notification[], zone: string) {
  const now = new Date();
  const groups: { label: string; items: Notification[] }[] = [];
  for (const notification of notifications) {
    const label = dayLabel(notification.createdAt, now, zone);
    const last = groups.at(-1);
    if (last?.label === label) last.items.push(notification);
    else groups.push({ label, items: [notification] });
  }
  return groups;
}

/**
 * The bell's panel, around the bell (`target`): the notifications newest first, each leading to its chat or support
 * conversation (`onOpen`), and the desktop alerts' switch. Its code comes after the first page has shown.
 */
export function NotificationsPopover({
  opened,
  onChange,
  target,
  onOpen,
  alerts,
}: {
  opened: boolean;
  onChange: (opened: boolean) => void;
  target: ReactElement;
  onOpen: (notification: Notification) => void;
  alerts: ReturnType<typeof useDesktopAlerts>;
}) {
  const { t } = useT();
  const user = useUser();
  const zone = viewerTimeZone();
  const list = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const notifications = list.data?.pages.flatMap((page) => page.notifications) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  return (
    <Popover
      opened={opened}
      onChange={onChange}
      position="bottom-end"
      width="min(24rem, calc(100vw - 1rem))"
      shadow="md"
      trapFocus
      returnFocus
    >
      {/* The button is the popover's target, so its ARIA state lands on the button; the badge sits inside it. */}
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown p={0}>
        <Box role="dialog" aria-label={t('notifications.panel')}>
          <Group justify="space-between" p="sm" wrap="nowrap">
            <Text fw={700} component="h2" m={0} fz="md">
              {t('notifications.title')}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <ApiErrorAlert error={list.error ?? markAll.error} title={t('notifications.couldNotLoad')} />
          <ScrollArea.Autosize mah="min(28rem, 70dvh)" type="auto">
            {list.isPending && <Loader aria-label={t('notifications.loading')} m="sm" />}
            {list.data && notifications.length === 0 && (
              <Text size="sm" c="dimmed" p="sm">
                {t('notifications.empty')}
              </Text>
            )}
            <Stack gap={0}>
              {byDay(notifications, zone).map((group) => (
                <Box key={group.label} component="section" aria-label={group.label}>
                  <Text size="xs" fw={700} c="dark.6" tt="uppercase" px="sm" pt="xs" component="h3" m={0}>
                    {group.label}
                  </Text>
                  <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                    {group.items.map((notification) => (
                      <li key={notification.id}>
                        <NotificationItem
                          notification={notification}
                          text={notificationText(notification, user.role, zone)}
                          onOpen={() => onOpen(notification)}
                        />
                      </li>
                    ))}
                  </Box>
                </Box>
              ))}
            </Stack>
            {list.hasNextPage && (
              <Button
                variant="subtle"
                size="xs"
                m="sm"
                loading={list.isFetchingNextPage}
                onClick={() => list.fetchNextPage()}
              >
                {t('notifications.showEarlier')}
              </Button>
            )}
          </ScrollArea.Autosize>
          {alerts.supported && (
            <Box p="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
              <Switch
                size="sm"
                label={t('notifications.desktopAlerts')}
                description={alerts.denied ? t('notifications.alertsBlocked') : undefined}
                checked={alerts.enabled}
                disabled={alerts.denied}
                onChange={(event) => void alerts.setEnabled(event.currentTarget.checked)}
              />
            </Box>
          )}
        </Box>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Unread ones stand out by a `New` badge and bold text, not by colour alone. */
function NotificationItem({
  notification,
  text,
  onOpen,
}: {
  notification: Notification;
  text: string;
  onOpen: () => void;
}) {
  const { t } = useT();
  const unread = notification.readAt === null;
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="sm"
      py={8}
      style={{ borderInlineStart: `3px solid ${unread ? 'var(--mantine-color-indigo-7)' : 'transparent'}` }}
      bg={unread ? 'indigo.0' : undefined}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1 }}>
          <Text size="sm" fw={unread ? 700 : 400}>
            {unread && <VisuallyHidden>{t('notifications.unreadPrefix')}</VisuallyHidden>}
            {text}
          </Text>
          {notification.params.eventName && (
            <Text size="xs" c="dimmed">
              {notification.params.eventName}
            </Text>
          )}
        </Stack>
        {unread && (
          <Badge size="xs" variant="filled" color="indigo.7" aria-hidden>
            {t('notifications.new')}
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}
