import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarCog } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { recruiterPaths } from './paths';

function bannerText(me: TeamMember | undefined): { title: MessageKey; text: MessageKey } {
  if (me && !me.setUp) {
    return { title: 'recruiter.banner.setUp.title', text: 'recruiter.banner.setUp.text' };
  }
  if (me && !me.confirmed) {
    return { title: 'recruiter.banner.confirm.title', text: 'recruiter.banner.confirm.text' };
  }
  return { title: 'recruiter.banner.team.title', text: 'recruiter.banner.team.text' };
}

/** The red banner of the recruiter's journey (docs/DOMAIN.md, step 1): the way into the team overview and the availability calendars. */
export function ManageBanner({ eventId, me }: { eventId: string; me: TeamMember | undefined }) {
  const { t } = useT();
  const navigate = useNavigate();
  const { title, text } = bannerText(me);
  return (
    <Paper bg="red.9" c="white" p="md" radius="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCalendarCog size={28} aria-hidden style={{ flexShrink: 0 }} />
          <Stack gap={2}>
            <Text fw={700}>{t(title)}</Text>
            <Text size="sm">{t(text)}</Text>
          </Stack>
        </Group>
        <Button variant="white" color="red.9" onClick={() => navigate(recruiterPaths.manage(eventId))}>
          {t('recruiter.manage')}
        </Button>
      </Group>
    </Paper>
  );
}
