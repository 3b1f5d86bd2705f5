import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Switch,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/notifications';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { SupportChatDrawer } from '../support/SupportChatDrawer';
import { viewerTimeZone } from '../time';
import { useDesktopAlerts } from './desktopAlerts';
import { dayLabel, notificationLink, notificationText } from './notificationText';

/** The browser tab's title carries the unread count, so a background tab shows that something happened. */
function useTitleCount(unread: number) {
  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) Parley` : 'Parley';
    return () => {
      document.title = 'Parley';
    };
  }, [unread]);
}

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
 * The header's bell: how many notifications are unread (in its name and a badge), and a panel listing them newest
 * first, each leading to its chat or support conversation and marked read when opened.
 */
export function NotificationsBell() {
  const user = useUser();
  const zone = viewerTimeZone();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [supportOpened, setSupportOpened] = useState(false);
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const notifications = list.data?.pages.flatMap((page) => page.notifications) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  useTitleCount(unread);
  const alerts = useDesktopAlerts(list.data && notifications, (n) => notificationText(n, user.role, zone));

  const open = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    setOpened(false);
    const link = notificationLink(notification, user.role);
    if (link) navigate(link);
    else if (notification.supportConversationId) setSupportOpened(true);
  };

  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width="min(24rem, calc(100vw - 1rem))"
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          {/* The button is the popover's target, so its ARIA state lands on the button; the badge sits inside it. */}
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
            aria-haspopup="dialog"
            aria-expanded={opened}
            onClick={() => setOpened((o) => !o)}
          >
            <Indicator
              component="span"
              label={unread > 99 ? '99+' : unread}
              size={18}
              color="red.8"
              disabled={unread === 0}
              offset={-2}
            >
              <IconBell size={20} aria-hidden style={{ display: 'block' }} />
            </Indicator>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0}>
          <Box role="dialog" aria-label="Notifications panel">
            <Group justify="space-between" p="sm" wrap="nowrap">
              <Text fw={700} component="h2" m={0} fz="md">
                Notifications
              </Text>
              <Button
                size="xs"
                variant="subtle"
                disabled={unread === 0}
                loading={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                Mark all as read
              </Button>
            </Group>
            <ApiErrorAlert error={list.error ?? markAll.error} title="Could not load your notifications" />
            <ScrollArea.Autosize mah="min(28rem, 70dvh)" type="auto">
              {list.isPending && <Loader aria-label="Loading your notifications" m="sm" />}
              {list.data && notifications.length === 0 && (
                <Text size="sm" c="dimmed" p="sm">
                  Nothing yet. Changes to your 1-1 chats and replies from support appear here.
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
                            onOpen={() => open(notification)}
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
                  Show earlier notifications
                </Button>
              )}
            </ScrollArea.Autosize>
            {alerts.supported && (
              <Box p="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                <Switch
                  size="sm"
                  label="Desktop alert and sound 10 minutes before a chat"
                  description={alerts.denied ? 'Your browser blocks alerts from Parley.' : undefined}
                  checked={alerts.enabled}
                  disabled={alerts.denied}
                  onChange={(event) => void alerts.setEnabled(event.currentTarget.checked)}
                />
              </Box>
            )}
          </Box>
        </Popover.Dropdown>
      </Popover>
      {(user.role === 'talent' || user.role === 'recruiter') && (
        <SupportChatDrawer opened={supportOpened} onClose={() => setSupportOpened(false)} />
      )}
    </>
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
  const unread = notification.readAt === null;
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="sm"
      py={8}
      style={{ borderLeft: `3px solid ${unread ? 'var(--mantine-color-indigo-7)' : 'transparent'}` }}
      bg={unread ? 'indigo.0' : undefined}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1 }}>
          <Text size="sm" fw={unread ? 700 : 400}>
            {unread && <VisuallyHidden>Unread: </VisuallyHidden>}
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
            New
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}
