import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarCog } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { recruiterPaths } from './paths';

function bannerText(me: TeamMember | undefined): { title: string; text: string } {
  if (me && !me.setUp) {
    return {
      title: 'Set up your availability',
      text: 'Talents can only request 1-1 chats with you once you have opened time slots and confirmed them.',
    };
  }
  if (me && !me.confirmed) {
    return {
      title: 'Confirm your availability',
      text: 'Your slots are set up, but talents cannot request you until you confirm your availability.',
    };
  }
  return {
    title: 'Your team’s availability',
    text: 'Change your slots and details, set up colleagues, and see your whole team’s requests.',
  };
}

/** The red banner of the recruiter's journey (docs/DOMAIN.md, step 1): the way into the team overview and the availability calendars. */
export function ManageBanner({ eventId, me }: { eventId: string; me: TeamMember | undefined }) {
  const navigate = useNavigate();
  const { title, text } = bannerText(me);
  return (
    <Paper bg="red.9" c="white" p="md" radius="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCalendarCog size={28} aria-hidden style={{ flexShrink: 0 }} />
          <Stack gap={2}>
            <Text fw={700}>{title}</Text>
            <Text size="sm">{text}</Text>
          </Stack>
        </Group>
        <Button variant="white" color="red.9" onClick={() => navigate(recruiterPaths.manage(eventId))}>
          Manage 1-1 Chats
        </Button>
      </Group>
    </Paper>
  );
}
