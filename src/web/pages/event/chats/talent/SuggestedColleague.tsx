import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBookableRecruiter } from '../../../../api/availability';
import { OpenChatBadge } from './badges';
import { useOpenChatStatus } from './openChat';
import { BookChatButton } from './BookChatButton';
import { RequestChatButton } from './RequestChatButton';

/**
 * The colleague a recruiter suggested when declining, with a one-click request. Their custom question comes from
 * the bookable recruiters, asked for this one colleague.
 */
export function SuggestedColleague({ event, chat }: { event: Event; chat: Chat }) {
  const suggested = chat.suggestedRecruiter;
  const bookable = useBookableRecruiter(event.id, suggested?.id);
  const colleague = bookable.data ?? undefined;
  const openChat = useOpenChatStatus(event.id, colleague?.openChat ?? null);
  if (!suggested) return null;
  const canRequest = event.requestPolicy !== 'recruiters';
  let next: ReactNode;
  if (bookable.isPending)
    next = <Loader size="sm" aria-label={`Checking whether ${suggested.name} takes requests`} />;
  else if (!colleague)
    next = (
      <Text size="sm" c="dark.6">
        {suggested.name} is not taking 1-1 chat requests at the moment.
      </Text>
    );
  else if (openChat)
    next = (
      <Group gap="xs">
        <Text size="sm">You already have a 1-1 chat with {colleague.name}:</Text>
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
        label={`Request 1-1 Chat with ${colleague.name}`}
      />
    );
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {chat.recruiter.name} suggests talking to their colleague <strong>{suggested.name}</strong> instead.
        </Text>
        {next}
      </Stack>
    </Paper>
  );
}
