import { Alert, Button, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { Chat, FreeSlotsResponse } from '../../../../../shared/schemas/chats.schemas';
import { useChatAction, useFreeSlots } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { useT } from '../../../../i18n/i18n';
import { chatTimeText, formatDate, formatTime, viewerTimeZone, zoneName } from '../../../../time';
import { ShareWithCompanyCheckbox } from '../../../../components/ShareWithCompanyCheckbox';
import { useChatTabParam } from './chatTabParam';
import { DaySlots, viewerClock } from './DaySlots';

type Translate = ReturnType<typeof useT>['t'];

function ZoneLine({ eventZone, viewerZone }: { eventZone: string; viewerZone: string }) {
  const { t } = useT();
  return (
    <Text size="sm" c="dark.6">
      {eventZone === viewerZone
        ? t('talent.slotPicker.zoneSame', { zone: zoneName(eventZone) })
        : t('talent.slotPicker.zoneDiffers', { zone: zoneName(eventZone), viewerZone: zoneName(viewerZone) })}
    </Text>
  );
}

/** `Selected: Tue, 4 Mar 2030, 10:00–10:20 Berlin time (04:00 your time)`. */
function selectedText(
  date: string,
  slot: { startsAt: string; endsAt: string },
  zone: string,
  viewerZone: string,
  t: Translate,
) {
  const yours = viewerClock(slot.startsAt, zone, viewerZone);
  const values = {
    day: formatDate(date),
    from: formatTime(slot.startsAt, zone),
    to: formatTime(slot.endsAt, zone),
    zone: zoneName(zone),
  };
  return yours
    ? t('talent.slotPicker.selectedWithYours', { ...values, yours })
    : t('talent.slotPicker.selected', values);
}

/** Where a booking stands: what `useMutation` tells of it. */
interface BookingState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * The recruiter's free slots, a day at a time; `Confirm Time Slot` books the chosen one. When someone else was
 * faster (409) or the server refuses, its sentence shows and the slots are fetched again (the booking's mutation
 * refreshes the event's queries when it settles). Used to pick a time for a chat and to book one directly.
 */
export function SlotChooser({
  slots,
  recruiterName,
  place,
  booking,
  onBook,
  onClose,
  children,
}: {
  slots: UseQueryResult<FreeSlotsResponse>;
  recruiterName: string;
  /** Where an in-person chat meets: the company and its booth. */
  place: string;
  booking: BookingState;
  onBook: (startsAt: string) => Promise<unknown>;
  onClose: () => void;
  /** What is asked with the booking (the answer to the recruiter's question). */
  children?: ReactNode;
}) {
  const { t } = useT();
  const { show } = useChatTabParam();
  const [dayId, setDayId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const viewerZone = viewerTimeZone();

  if (slots.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('talent.slotPicker.loading')} />
      </Center>
    );
  if (!slots.data) return <ApiErrorAlert error={slots.error} title={t('talent.slotPicker.couldNotLoad')} />;

  const zone = slots.data.timeZone;
  const days = slots.data.days.filter((day) => day.slots.length > 0);
  const day = days.find((d) => d.dayId === dayId) ?? days[0];
  const chosenDay = days.find((d) => d.slots.some((s) => s.startsAt === selected));
  const chosen = chosenDay?.slots.find((s) => s.startsAt === selected);
  // Someone else booked the chosen time while this picker was open: the refreshed list no longer has it.
  const justBooked = selected && !chosen && !booking.isPending && !booking.isError ? selected : null;

  const select = (startsAt: string) => {
    booking.reset();
    setSelected(startsAt);
  };
  const book = async () => {
    if (!chosen) return;
    try {
      await onBook(chosen.startsAt);
    } catch {
      setSelected(null);
      return;
    }
    const when = chatTimeText(chosen.startsAt, chosen.endsAt, zone);
    notifications.show({
      color: 'green',
      title: t('talent.slotPicker.confirmed'),
      message: t('talent.slotPicker.confirmedMessage', { name: recruiterName, time: when.viewer }),
    });
    onClose();
    show('confirmed');
  };

  return (
    <Stack>
      <ZoneLine eventZone={zone} viewerZone={viewerZone} />
      <ApiErrorAlert error={booking.error} title={t('talent.slotPicker.bookingFailed')} />
      {slots.data.ruleNotes.length > 0 && (
        <Alert color="blue" title={t('talent.slotPicker.ruleNotes')}>
          {slots.data.ruleNotes.map((note) => (
            <Text key={note} size="sm">
              {note}
            </Text>
          ))}
        </Alert>
      )}
      {justBooked && (
        <Alert role="status" color="orange" title={t('talent.slotPicker.justBooked')}>
          {t('talent.slotPicker.justBookedText', { time: formatTime(justBooked, zone) })}
        </Alert>
      )}
      {!day ? (
        <EmptyState title={t('talent.slotPicker.noneFree')}>
          {slots.data.ruleNotes.length > 0
            ? t('talent.slotPicker.noneByRules', { name: recruiterName })
            : t('talent.slotPicker.noneLeft', { name: recruiterName })}
        </EmptyState>
      ) : (
        <Tabs value={day.dayId} onChange={setDayId} variant="pills" keepMounted={false}>
          <Tabs.List aria-label={t('talent.slotPicker.days')}>
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
                place={place}
                eventZone={zone}
                viewerZone={viewerZone}
                selected={selected}
                onSelect={select}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      {day && children}
      {day ? (
        <Group justify="space-between" align="center">
          <Text size="sm" fw={600} aria-live="polite">
            {chosen && chosenDay
              ? selectedText(chosenDay.date, chosen, zone, viewerZone, t)
              : t('talent.slotPicker.choose')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('talent.slotPicker.cancel')}
            </Button>
            <Button onClick={book} disabled={!chosen} loading={booking.isPending}>
              {t('talent.slotPicker.confirm')}
            </Button>
          </Group>
        </Group>
      ) : (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('talent.slotPicker.close')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** `Pick a Time Slot` for an approved request or an invitation. */
export function SlotPicker({ chat, onClose }: { chat: Chat; onClose: () => void }) {
  const slots = useFreeSlots(chat.eventId, chat.id);
  const { confirm } = useChatAction(chat.eventId);
  const [shareWithCompany, setShareWithCompany] = useState(false);
  // Accepting an invitation is the talent's first say in the chat, so it is where they may share their details.
  const invitation = chat.initiatedBy === 'recruiter';
  return (
    <SlotChooser
      slots={slots}
      recruiterName={chat.recruiter.name}
      place={placeOf(chat.company)}
      booking={confirm}
      onBook={(startsAt) =>
        confirm.mutateAsync({ chatId: chat.id, startsAt, ...(invitation && { shareWithCompany }) })
      }
      onClose={onClose}
    >
      {invitation && (
        <ShareWithCompanyCheckbox
          companyName={chat.company.name}
          checked={shareWithCompany}
          onChange={setShareWithCompany}
        />
      )}
    </SlotChooser>
  );
}

/** Where an in-person chat with the company meets. */
export const placeOf = (company: { name: string; booth: string }) =>
  `${company.name}${company.booth ? `, ${company.booth}` : ''}`;
