import { Button, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isFree } from '../../../../../shared/booking/grid';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useRecruiterAvailability } from '../../../../api/availability';
import { useChatChanges } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';
import { formatDate } from '../../../../time';
import { MessageDialog } from '../MessageDialog';
import { ModeBadge } from './DaySlotList';

/**
 * The recruiter's open slots nobody holds, per day: the times a confirmed chat can move to. The message typed in
 * the dialog goes with the move.
 */
function MoveToSlot({ chat, message, onMoved }: { chat: Chat; message: string; onMoved: () => void }) {
  const { t } = useT();
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
      title: t('recruiter.reschedule.moved'),
      message: t('recruiter.reschedule.movedMessage', { talent: chat.talent.name }),
    });
  };
  return (
    <Stack gap="xs">
      <Divider />
      <Title order={3} fz="md">
        {t('recruiter.reschedule.chooseSlot', { name: chat.recruiter.name })}
      </Title>
      {availability.isPending && <Loader size="sm" aria-label={t('recruiter.reschedule.loadingSlots')} />}
      <ApiErrorAlert error={availability.error} />
      {availability.isSuccess && days.length === 0 && (
        <Text size="sm" c="dark.6">
          {t('recruiter.reschedule.noSlot')}
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
      <ApiErrorAlert error={move.error} title={t('recruiter.reschedule.couldNotMove')} />
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
  const { t } = useT();
  const { reschedule } = useChatChanges(chat.eventId);
  return (
    <MessageDialog
      opened={opened}
      onClose={onClose}
      title={t('recruiter.reschedule.title', { talent: chat.talent.name })}
      intro={t('recruiter.reschedule.intro', { talent: chat.talent.name })}
      submitLabel={t('recruiter.reschedule.pickAgain')}
      mutation={{
        mutateAsync: (message) => reschedule.mutateAsync({ chatId: chat.id, message }),
        error: reschedule.error,
        isPending: reschedule.isPending,
      }}
      onDone={() =>
        notifications.show({
          color: 'green',
          title: t('recruiter.reschedule.backToScheduling'),
          message: t('recruiter.reschedule.backMessage', { talent: chat.talent.name }),
        })
      }
    >
      {(message) => opened && <MoveToSlot chat={chat} message={message} onMoved={onClose} />}
    </MessageDialog>
  );
}
