import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { useT } from '../../../../i18n/i18n';
import { DaySlotList } from './DaySlotList';
import { recruiterPaths } from './paths';

export const freeSlotCount = (member: TeamMember): number =>
  member.days.reduce((sum, day) => sum + day.free, 0);

function MemberSlots({
  eventId,
  member,
  withName,
}: {
  eventId: string;
  member: TeamMember;
  withName: boolean;
}) {
  const { t, rich } = useT();
  const days = member.days.filter((day) => day.durationMinutes !== null);
  const calendar = recruiterPaths.availability(eventId, member.recruiter.id);
  const who = { who: member.isMe ? 'me' : 'other', name: member.recruiter.name };
  return (
    <Stack gap={4}>
      {withName && (
        <Text fw={700} size="sm">
          {member.isMe ? t('recruiter.you', { name: member.recruiter.name }) : member.recruiter.name}
        </Text>
      )}
      {days.length === 0 ? (
        <Text size="sm" c="dark.6">
          {t('recruiter.freeSlots.notSetUp', who)}
        </Text>
      ) : (
        <DaySlotList days={days} showBooked={false} />
      )}
      {days.length > 0 && freeSlotCount(member) === 0 && (
        <Text size="sm" c="red.9">
          {rich('recruiter.freeSlots.noneLeft', {
            ...who,
            link: (text) => (
              <Anchor component={Link} to={calendar} inherit c="red.9" underline="always">
                {text}
              </Anchor>
            ),
          })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The grey box of the recruiter's journey (docs/DOMAIN.md, step 4): before approving a request, the recruiter sees which slots are still free (unbooked
 * and not started), per day, for the person or the team whose chats are shown.
 */
export function FreeSlotsBox({ eventId, members }: { eventId: string; members: readonly TeamMember[] }) {
  const { t } = useT();
  const titleId = useId();
  const one = members.length === 1 ? members[0] : undefined;
  const title = one
    ? one.isMe
      ? t('recruiter.freeSlots.titleMine')
      : t('recruiter.freeSlots.titleOf', { name: one.recruiter.name })
    : t('recruiter.freeSlots.titleTeam');
  return (
    <Paper bg="gray.1" p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} fz="h5" id={titleId}>
          {title}
        </Title>
        {members.map((member) => (
          <MemberSlots key={member.recruiter.id} eventId={eventId} member={member} withName={!one} />
        ))}
      </Stack>
    </Paper>
  );
}
