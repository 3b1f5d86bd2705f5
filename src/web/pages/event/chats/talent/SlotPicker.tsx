import { Alert, Button, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useChatAction, useFreeSlots } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { chatTimeText, formatDate, formatTime, viewerTimeZone, zoneName } from '../../../../time';
import { useChatTabParam } from './chatTabParam';
import { DaySlots, viewerClock } from './DaySlots';

function ZoneLine({ eventZone, viewerZone }: { eventZone: string; viewerZone: string }) {
  return (
    <Text size="sm" c="dark.6">
      {eventZone === viewerZone
        ? `Times in ${zoneName(eventZone)} time, the event's time zone and yours.`
        : `Times in ${zoneName(eventZone)} time (event) · your time zone: ${zoneName(viewerZone)}`}
    </Text>
  );
}

/** `10:00–10:20 Berlin time (04:00 your time)`. */
function slotText(
  slot: { startsAt: string; endsAt: string; label: string },
  zone: string,
  viewerZone: string,
) {
  const yours = viewerClock(slot.startsAt, zone, viewerZone);
  return `${slot.label}–${formatTime(slot.endsAt, zone)} ${zoneName(zone)} time${yours ? ` (${yours} your time)` : ''}`;
}

/**
 * The recruiter's free slots for one chat, a day at a time; `Confirm Time Slot` books the chosen one. When someone
 * else was faster (409), the message shows and the slots are fetched again.
 */
export function SlotPicker({ chat, onClose }: { chat: Chat; onClose: () => void }) {
  const slots = useFreeSlots(chat.eventId, chat.id);
  const { confirm } = useChatAction(chat.eventId);
  const { show } = useChatTabParam();
  const [dayId, setDayId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const viewerZone = viewerTimeZone();

  if (slots.isPending)
    return (
      <Center py="xl">
        <Loader aria-label="Loading free time slots" />
      </Center>
    );
  if (!slots.data) return <ApiErrorAlert error={slots.error} title="Could not load the free time slots" />;

  const zone = slots.data.timeZone;
  const days = slots.data.days.filter((day) => day.slots.length > 0);
  const day = days.find((d) => d.dayId === dayId) ?? days[0];
  const chosenDay = days.find((d) => d.slots.some((s) => s.startsAt === selected));
  const chosen = chosenDay?.slots.find((s) => s.startsAt === selected);
  // Someone else booked the chosen time while this picker was open: the refreshed list no longer has it.
  const justBooked = selected && !chosen && !confirm.isPending && !confirm.isError ? selected : null;

  const select = (startsAt: string) => {
    confirm.reset();
    setSelected(startsAt);
  };
  const book = async () => {
    if (!chosen) return;
    try {
      await confirm.mutateAsync({ chatId: chat.id, startsAt: chosen.startsAt });
    } catch {
      setSelected(null);
      return;
    }
    const when = chatTimeText(chosen.startsAt, chosen.endsAt, zone);
    notifications.show({
      color: 'green',
      title: '1-1 chat confirmed',
      message: `With ${chat.recruiter.name}, ${when.viewer}. You'll find it under Confirmed.`,
    });
    onClose();
    show('confirmed');
  };

  return (
    <Stack>
      <ZoneLine eventZone={zone} viewerZone={viewerZone} />
      <ApiErrorAlert error={confirm.error} title="This time slot could not be booked" />
      {justBooked && (
        <Alert role="status" color="orange" title="Just booked by someone else">
          {formatTime(justBooked, zone)} is no longer free. Choose another time slot.
        </Alert>
      )}
      {!day ? (
        <EmptyState title="No free time slots right now">
          {chat.recruiter.name} has no free time slot left at the moment. New slots show up here as soon as
          they open more, and this list updates by itself. Check back later.
        </EmptyState>
      ) : (
        <Tabs value={day.dayId} onChange={setDayId} variant="pills" keepMounted={false}>
          <Tabs.List aria-label="Days">
            {days.map((d) => (
              <Tabs.Tab key={d.dayId} value={d.dayId}>
                {formatDate(d.date)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {days.map((d) => (
            <Tabs.Panel key={d.dayId} value={d.dayId} pt="md">
              <DaySlots
                day={d}
                place={`${chat.company.name}${chat.company.booth ? `, ${chat.company.booth}` : ''}`}
                eventZone={zone}
                viewerZone={viewerZone}
                selected={selected}
                onSelect={select}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      {day ? (
        <Group justify="space-between" align="center">
          <Text size="sm" fw={600} aria-live="polite">
            {chosen && chosenDay
              ? `Selected: ${formatDate(chosenDay.date)}, ${slotText(chosen, zone, viewerZone)}`
              : 'Choose a time slot.'}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={book} disabled={!chosen} loading={confirm.isPending}>
              Confirm Time Slot
            </Button>
          </Group>
        </Group>
      ) : (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      )}
    </Stack>
  );
}
