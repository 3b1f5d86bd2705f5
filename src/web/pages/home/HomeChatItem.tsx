import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import type { Chat } from '../../../shared/schemas/chats.schemas';
import { ChatTime } from '../../components/ChatTime';
import { JoinButton } from '../../components/JoinButton';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { formatDay, viewerTimeZone } from '../../time';
import { chatPath } from '../event/chats/chatPath';

/**
 * One chat on the home: who it is with (for a recruiter's colleague's request, with whom), at which event, its
 * time in the viewer's zone with the event's beside it, and the way to where it is handled.
 */
export function HomeChatItem({
  chat,
  viewer,
  event,
  action,
  showRecruiter = false,
}: {
  chat: Chat;
  viewer: 'talent' | 'recruiter';
  event: { name: string; timeZone: string } | undefined;
  /** The link's words: what the viewer goes there to do. */
  action: string;
  showRecruiter?: boolean;
}) {
  const { t } = useT();
  const other =
    viewer === 'talent'
      ? t('home.chat.withCompany', { name: chat.recruiter.name, company: chat.company.name })
      : chat.talent.name;
  return (
    <Card component="li" withBorder padding="md" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Text fw={700}>{other}</Text>
          {viewer === 'recruiter' && chat.talent.headline && (
            <Text size="sm" c="dark.6" lineClamp={1}>
              {chat.talent.headline}
            </Text>
          )}
          {showRecruiter && (
            <Text size="sm" c="dark.6">
              {t('home.chat.askedFor', { name: chat.recruiter.name })}
            </Text>
          )}
          {event && (
            <Text size="sm" c="dark.6">
              {event.name}
            </Text>
          )}
          {chat.startsAt && chat.endsAt && event ? (
            <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={event.timeZone} />
          ) : (
            <Text size="sm" c="dark.6">
              {t('home.chat.sent', { day: formatDay(chat.createdAt, viewerTimeZone()) })}
            </Text>
          )}
          {chat.day?.mode === 'in_person' && (
            <Group gap="xs">
              <Badge variant="outline" color="dark" tt="none">
                {t('home.chat.inPerson')}
              </Badge>
              {chat.location && <Text size="sm">{t('home.chat.meetAt', { location: chat.location })}</Text>}
            </Group>
          )}
        </Stack>
        <Group gap="xs">
          <JoinButton chat={chat} />
          <Anchor component={Link} to={chatPath(chat, viewer)} fw={600}>
            {action}
          </Anchor>
        </Group>
      </Group>
    </Card>
  );
}

/** A titled group of chats on the home; absent when it has nothing. */
export function HomeSection({
  title,
  count,
  children,
  footer,
}: {
  title: string;
  count: number;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const headingId = useId();
  if (count === 0) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Group gap="xs">
        <Title order={2} fz="h3" id={headingId}>
          {title}
        </Title>
        <Badge variant="light" color="gray" c="dark.8" aria-hidden>
          {formatNumber(count)}
        </Badge>
      </Group>
      <Stack component="ul" gap="xs" p={0} m={0}>
        {children}
      </Stack>
      {footer}
    </Stack>
  );
}
