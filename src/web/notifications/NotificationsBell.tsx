import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { useMarkNotificationRead, useNotifications } from '../api/notifications';
import { lazyNamed } from '../app/lazyPage';
import { useUser } from '../app/session';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { LazySupportChatDrawer } from '../support/LazySupportChatDrawer';
import { viewerTimeZone } from '../time';
import { useDesktopAlerts } from './desktopAlerts';
import { bellLabel, notificationLink, notificationText } from './notificationText';

const NotificationsPopover = lazyNamed(() => import('./NotificationsPopover'), 'NotificationsPopover');

/** The browser tab's title carries the unread count, so a background tab shows that something happened. */
function useTitleCount(unread: number) {
  useEffect(() => {
    document.title = unread > 0 ? t('notifications.tabTitle', { count: unread }) : 'Parley';
    return () => {
      document.title = 'Parley';
    };
  }, [unread]);
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

  // Until the panel's code arrives the bell shows alone; a press meanwhile opens the panel once it is there.
  const bell = (
    <ActionIcon
      variant="subtle"
      color="dark"
      size="lg"
      aria-label={bellLabel(unread)}
      aria-haspopup="dialog"
      aria-expanded={opened}
      onClick={() => setOpened((o) => !o)}
    >
      <Indicator
        component="span"
        label={unread > 99 ? `${formatNumber(99)}+` : formatNumber(unread)}
        size={18}
        color="red.8"
        disabled={unread === 0}
        offset={-2}
      >
        <IconBell size={20} aria-hidden style={{ display: 'block' }} />
      </Indicator>
    </ActionIcon>
  );
  return (
    <>
      <Suspense fallback={bell}>
        <NotificationsPopover
          opened={opened}
          onChange={setOpened}
          target={bell}
          onOpen={open}
          alerts={alerts}
        />
      </Suspense>
      {(user.role === 'talent' || user.role === 'recruiter') && (
        <LazySupportChatDrawer opened={supportOpened} onClose={() => setSupportOpened(false)} />
      )}
    </>
  );
}
