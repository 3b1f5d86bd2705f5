import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ChatCounts, TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { DaySlotList } from './DaySlotList';
import { recruiterPaths } from './paths';

function StatusBadge({ member }: { member: TeamMember }) {
  const [color, text] = member.confirmed
    ? ['green', 'Confirmed']
    : member.setUp
      ? ['orange', 'Not confirmed yet']
      : ['gray', 'Not set up'];
  return (
    <Badge variant="dot" color={color} c="dark.7">
      {text}
    </Badge>
  );
}

const countLabels: [string, (counts: ChatCounts) => number][] = [
  ['Requests', (c) => c.requested + c.invited],
  ['In Scheduling', (c) => c.in_scheduling],
  ['Confirmed', (c) => c.confirmed],
  ['Declined', (c) => c.declined],
  ['Completed', (c) => c.completed],
];

function RequestCounts({ counts }: { counts: ChatCounts }) {
  // The number and its label share one element, so a label never reads as a status of its own.
  return (
    <Group gap="lg">
      {countLabels.map(([label, count]) => (
        <Text key={label} size="sm" c="dark.6">
          <Text span inherit fw={700} c="dark.9">
            {count(counts)}
          </Text>{' '}
          {label.toLowerCase()}
        </Text>
      ))}
    </Group>
  );
}

/**
 * One recruiter of the company in the overview: their setup, slots and requests. Until their availability is
 * confirmed a `Set Up Availability` button opens their calendar (saved slots alone do not let talents in); once
 * they have slots their name opens it too.
 */
export function MemberCard({
  eventId,
  member,
  waiting,
}: {
  eventId: string;
  member: TeamMember;
  /** How many talents are on the recruiter's waitlist. */
  waiting: number;
}) {
  const nameId = useId();
  const navigate = useNavigate();
  const calendar = recruiterPaths.availability(eventId, member.recruiter.id);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={nameId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="xs">
              <Title order={3} fz="h4" id={nameId}>
                {member.setUp ? (
                  <Anchor component={Link} to={calendar} inherit>
                    {member.recruiter.name}
                  </Anchor>
                ) : (
                  member.recruiter.name
                )}
              </Title>
              {member.isMe && <Badge variant="light">You</Badge>}
            </Group>
            <Text size="sm" c="dark.6">
              {member.recruiter.email}
            </Text>
          </div>
          <StatusBadge member={member} />
        </Group>
        {member.setUp ? (
          <DaySlotList days={member.days} />
        ) : (
          <Text size="sm" c="dark.6">
            No slots open yet, so talents cannot request {member.isMe ? 'you' : 'this recruiter'}.
          </Text>
        )}
        <RequestCounts counts={member.counts} />
        {waiting > 0 && (
          <Text size="sm" c="dark.6">
            <Text span inherit fw={700} c="dark.9">
              {waiting}
            </Text>{' '}
            {waiting === 1 ? 'talent waits' : 'talents wait'} on the waitlist for a freed time
          </Text>
        )}
        {!member.confirmed && (
          <Group>
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              aria-describedby={nameId}
              onClick={() => navigate(calendar)}
            >
              Set Up Availability
            </Button>
          </Group>
        )}
        {member.setUp && !member.confirmed && (
          <Text size="sm">
            Open the calendar and press <strong>Confirm Availability</strong> so talents can send requests.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
