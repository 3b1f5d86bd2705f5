import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconVideo } from '@tabler/icons-react';
import { useId } from 'react';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { AttendancePanel } from '../../../components/Attendance';
import { ChatTime } from '../../../components/ChatTime';
import { JoinButton } from '../../../components/JoinButton';
import { useT } from '../../../i18n/i18n';
import type { BookedChat } from './scheduleSections';

/** Who the viewer meets: the talent for a recruiter, the recruiter and their company for a talent. */
function otherSide(chat: BookedChat, viewerRole: Event['viewerRole']) {
  return viewerRole === 'recruiter'
    ? { name: chat.talent.name, about: chat.talent.headline }
    : { name: chat.recruiter.name, about: chat.company.name };
}

function Place({ chat }: { chat: BookedChat }) {
  const { t } = useT();
  const inPerson = chat.day?.mode === 'in_person';
  const Icon = inPerson ? IconMapPin : IconVideo;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} aria-hidden />
      <Text size="sm">
        {inPerson
          ? t('event.schedule.inPersonAt', { place: chat.location ?? chat.company.name })
          : t('event.schedule.virtual')}
      </Text>
    </Group>
  );
}

/** One chat of the schedule: when (the viewer's clock, the event's beside), with whom, where, and `Join`. */
export function ScheduleItem({
  chat,
  eventZone,
  viewerRole,
}: {
  chat: BookedChat;
  eventZone: string;
  viewerRole: Event['viewerRole'];
}) {
  const headingId = useId();
  const who = otherSide(chat, viewerRole);
  return (
    <Card component="li" aria-labelledby={headingId} withBorder padding="md" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <ChatTime startsAt={chat.startsAt} endsAt={chat.endsAt} eventZone={eventZone} />
          <div>
            <Title order={4} fz="md" id={headingId}>
              {who.name}
            </Title>
            {who.about && (
              <Text size="sm" c="dark.6">
                {who.about}
              </Text>
            )}
          </div>
          <Place chat={chat} />
          {(viewerRole === 'recruiter' || viewerRole === 'talent') && (
            <AttendancePanel chat={chat} side={viewerRole} />
          )}
        </Stack>
        <JoinButton chat={chat} />
      </Group>
    </Card>
  );
}
