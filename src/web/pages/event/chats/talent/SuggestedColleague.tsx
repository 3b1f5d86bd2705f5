import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBookableRecruiter } from '../../../../api/availability';
import { useT } from '../../../../i18n/i18n';
import { OpenChatBadge } from './badges';
import { useOpenChatStatus } from './openChat';
import { BookChatButton } from './BookChatButton';
import { RequestChatButton } from './RequestChatButton';

/**
 * The colleague a recruiter suggested when declining, with a one-click request. Their custom question comes from
 * the bookable recruiters, asked for this one colleague.
 */
export function SuggestedColleague({ event, chat }: { event: Event; chat: Chat }) {
  const { t, rich } = useT();
  const suggested = chat.suggestedRecruiter;
  const bookable = useBookableRecruiter(event.id, suggested?.id);
  const colleague = bookable.data ?? undefined;
  const openChat = useOpenChatStatus(event.id, colleague?.openChat ?? null);
  if (!suggested) return null;
  const canRequest = event.requestPolicy !== 'recruiters';
  let next: ReactNode;
  if (bookable.isPending)
    next = <Loader size="sm" aria-label={t('talent.suggested.checking', { name: suggested.name })} />;
  else if (!colleague)
    next = (
      <Text size="sm" c="dark.6">
        {t('talent.suggested.notTaking', { name: suggested.name })}
      </Text>
    );
  else if (openChat)
    next = (
      <Group gap="xs">
        <Text size="sm">{t('talent.suggested.alreadyChat', { name: colleague.name })}</Text>
        <OpenChatBadge status={openChat.status} />
      </Group>
    );
  else if (canRequest && colleague.bookingMode === 'direct')
    // The server refuses outside the booking window, with the sentence saying when.
    next = <BookChatButton eventId={event.id} recruiter={colleague} disabled={false} />;
  else if (canRequest)
    next = (
      <RequestChatButton
        eventId={event.id}
        recruiter={colleague}
        label={t('talent.suggested.request', { name: colleague.name })}
      />
    );
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {rich('talent.suggested.text', {
            recruiter: chat.recruiter.name,
            colleague: suggested.name,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </Text>
        {next}
      </Stack>
    </Paper>
  );
}
