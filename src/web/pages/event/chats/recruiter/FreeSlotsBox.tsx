import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
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
  const days = member.days.filter((day) => day.durationMinutes !== null);
  const calendar = recruiterPaths.availability(eventId, member.recruiter.id);
  const who = member.isMe ? 'You have' : `${member.recruiter.name} has`;
  return (
    <Stack gap={4}>
      {withName && (
        <Text fw={700} size="sm">
          {member.recruiter.name}
          {member.isMe && ' (you)'}
        </Text>
      )}
      {days.length === 0 ? (
        <Text size="sm" c="dark.6">
          {who} not set up any availability yet.
        </Text>
      ) : (
        <DaySlotList days={days} showBooked={false} />
      )}
      {days.length > 0 && freeSlotCount(member) === 0 && (
        <Text size="sm" c="red.9">
          {who} no free slots left: approved talents cannot pick a time.{' '}
          <Anchor component={Link} to={calendar} inherit c="red.9" underline="always">
            Open more slots
          </Anchor>
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
  const titleId = useId();
  const one = members.length === 1 ? members[0] : undefined;
  const title = one
    ? one.isMe
      ? 'Your available slots'
      : `${one.recruiter.name}’s available slots`
    : 'Available slots of your team';
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
