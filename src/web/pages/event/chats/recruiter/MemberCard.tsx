import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ChatCounts, TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { DaySlotList } from './DaySlotList';
import { recruiterPaths } from './paths';

function StatusBadge({ member }: { member: TeamMember }) {
  const { t } = useT();
  const [color, text]: [string, MessageKey] = member.confirmed
    ? ['green', 'recruiter.member.status.confirmed']
    : member.setUp
      ? ['orange', 'recruiter.member.status.notConfirmed']
      : ['gray', 'recruiter.member.status.notSetUp'];
  return (
    <Badge variant="dot" color={color} c="dark.7">
      {t(text)}
    </Badge>
  );
}

const countLabels: [MessageKey, (counts: ChatCounts) => number][] = [
  ['recruiter.member.count.requests', (c) => c.requested + c.invited],
  ['recruiter.member.count.inScheduling', (c) => c.in_scheduling],
  ['recruiter.member.count.confirmed', (c) => c.confirmed],
  ['recruiter.member.count.declined', (c) => c.declined],
  ['recruiter.member.count.completed', (c) => c.completed],
];

/** A figure in bold within its sentence. */
export const boldFigure = (text: ReactNode[]) => (
  <Text span inherit fw={700} c="dark.9">
    {text}
  </Text>
);

function RequestCounts({ counts }: { counts: ChatCounts }) {
  const { rich } = useT();
  // The number and its label share one element, so a label never reads as a status of its own.
  return (
    <Group gap="lg">
      {countLabels.map(([label, count]) => (
        <Text key={label} size="sm" c="dark.6">
          {rich(label, { count: count(counts), b: boldFigure })}
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
  const { t, rich } = useT();
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
              {member.isMe && <Badge variant="light">{t('recruiter.youBadge')}</Badge>}
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
            {t('recruiter.member.noSlots', { who: member.isMe ? 'me' : 'other' })}
          </Text>
        )}
        <RequestCounts counts={member.counts} />
        {waiting > 0 && (
          <Text size="sm" c="dark.6">
            {rich('recruiter.member.waitlist', { count: waiting, b: boldFigure })}
          </Text>
        )}
        {!member.confirmed && (
          <Group>
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              aria-describedby={nameId}
              onClick={() => navigate(calendar)}
            >
              {t('recruiter.member.setUp')}
            </Button>
          </Group>
        )}
        {member.setUp && !member.confirmed && (
          <Text size="sm">
            {rich('recruiter.member.confirmHint', { b: (text) => <strong>{text}</strong> })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
