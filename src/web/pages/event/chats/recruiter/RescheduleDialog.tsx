import { Button, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isFree } from '../../../../../shared/booking/grid';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useRecruiterAvailability } from '../../../../api/availability';
import { useChatChanges } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { formatDate } from '../../../../time';
import { MessageDialog } from '../MessageDialog';
import { ModeBadge } from './DaySlotList';

/**
 * The recruiter's open slots nobody holds, per day: the times a confirmed chat can move to. The message typed in
 * the dialog goes with the move.
 */
function MoveToSlot({ chat, message, onMoved }: { chat: Chat; message: string; onMoved: () => void }) {
  const { move } = useChatChanges(chat.eventId);
  const availability = useRecruiterAvailability(chat.eventId, chat.recruiter.id);
  const days = (availability.data?.days ?? [])
    .map((day) => ({ ...day, free: day.slots.filter(isFree) }))
    .filter((day) => day.free.length > 0);
  const pick = async (startsAt: string) => {
    try {
      await move.mutateAsync({ chatId: chat.id, startsAt, message });
    } catch {
      return; // shown below the slots
    }
    onMoved();
    notifications.show({
      color: 'green',
      title: 'Chat moved',
      message: `${chat.talent.name} gets the new time by email.`,
    });
  };
  return (
    <Stack gap="xs">
      <Divider />
      <Title order={3} fz="md">
        Or choose a new slot of {chat.recruiter.name}
      </Title>
      {availability.isPending && <Loader size="sm" aria-label="Loading free slots" />}
      <ApiErrorAlert error={availability.error} />
      {availability.isSuccess && days.length === 0 && (
        <Text size="sm" c="dark.6">
          No other free slot. Open more slots in the availability editor, or let the talent pick again.
        </Text>
      )}
      {days.map((day) => (
        <Stack key={day.dayId} gap={4} role="group" aria-label={formatDate(day.date, 'long')}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {formatDate(day.date, 'long')}
            </Text>
            <ModeBadge mode={day.mode} />
          </Group>
          <Group gap={6}>
            {day.free.map((slot) => (
              <Button
                key={slot.startsAt}
                size="xs"
                variant="default"
                loading={move.isPending && move.variables?.startsAt === slot.startsAt}
                disabled={move.isPending}
                onClick={() => pick(slot.startsAt)}
              >
                {slot.label}
              </Button>
            ))}
          </Group>
        </Stack>
      ))}
      <ApiErrorAlert error={move.error} title="Could not move the chat" />
    </Stack>
  );
}

/** The recruiter's side reschedules: the talent picks again, or the chat moves straight to a chosen slot. */
export function RescheduleDialog({
  chat,
  opened,
  onClose,
}: {
  chat: Chat;
  opened: boolean;
  onClose: () => void;
}) {
  const { reschedule } = useChatChanges(chat.eventId);
  return (
    <MessageDialog
      opened={opened}
      onClose={onClose}
      title={`Reschedule the 1-1 chat with ${chat.talent.name}`}
      intro={`Free the current slot and let ${chat.talent.name} pick a new time, or move the chat to another free slot yourself. ${chat.talent.name} is told by email either way.`}
      submitLabel="Let the talent pick again"
      mutation={{
        mutateAsync: (message) => reschedule.mutateAsync({ chatId: chat.id, message }),
        error: reschedule.error,
        isPending: reschedule.isPending,
      }}
      onDone={() =>
        notifications.show({
          color: 'green',
          title: 'Back to In Scheduling',
          message: `${chat.talent.name} is asked to pick a new time.`,
        })
      }
    >
      {(message) => opened && <MoveToSlot chat={chat} message={message} onMoved={onClose} />}
    </MessageDialog>
  );
}
