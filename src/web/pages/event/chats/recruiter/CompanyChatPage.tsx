import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { SharesDataBadge } from '../../../../handoff/HandoffPanel';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useChat } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';
import { ChatCard } from './ChatCard';
import { ChatNotesPanel } from './ChatNotesPanel';
import { ChatStatusBadge } from './ChatStatusBadge';
import { recruiterPaths } from './paths';

/**
 * One chat of the company, opened from `All 1-1 Chats`: the chat card with what can be done next (approve, decline,
 * reschedule, cancel, join), for any colleague as for the recruiter themself, and the team's notes on it.
 */
export function CompanyChatPage({ event, chatId }: { event: Event; chatId: string }) {
  const { t } = useT();
  const chat = useChat(event.id, chatId);
  const team = useTeamOverview(event.id);
  // Back to the list as it was filtered, when the chat was opened from it.
  const fromList = (useLocation().state as { search?: string } | null)?.search ?? '';
  return (
    <Stack>
      <Anchor component={Link} to={`${recruiterPaths.allChats(event.id)}${fromList}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> {t('recruiter.companyChat.back')}
        </Group>
      </Anchor>
      {chat.isPending && <Loader aria-label={t('recruiter.companyChat.loading')} />}
      <ApiErrorAlert error={chat.error} title={t('recruiter.companyChat.couldNotOpen')} />
      {chat.data && (
        <>
          <Group justify="space-between" align="flex-end">
            <div>
              <Group gap="xs">
                <Title order={2}>{t('recruiter.companyChat.title', { talent: chat.data.talent.name })}</Title>
                <SharesDataBadge eventId={chat.data.eventId} talentId={chat.data.talent.id} />
              </Group>
              <Text c="dark.6">
                {t('recruiter.companyChat.with', {
                  recruiter: chat.data.recruiter.name,
                  company: chat.data.company.name,
                })}
              </Text>
            </div>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('recruiter.companyChat.status')}
              </Text>
              <ChatStatusBadge chat={chat.data} />
            </Group>
          </Group>
          <ChatCard
            chat={chat.data}
            timeZone={event.timeZone}
            showRecruiter
            members={team.data?.members ?? []}
          />
          <Paper withBorder p="md">
            <ChatNotesPanel eventId={event.id} chatId={chatId} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
