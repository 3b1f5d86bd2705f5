import {
  Anchor,
  Box,
  Button,
  Group,
  Loader,
  LoadingOverlay,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useId } from 'react';
import { isEditable } from '../../../../../shared/booking/grid';
import type { DayAvailability } from '../../../../../shared/schemas/availability.schemas';
import type { EventDay } from '../../../../../shared/schemas/events.schemas';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { formatDate, zoneName } from '../../../../time';
import {
  changeDuration,
  type DayDraft,
  draftOf,
  openAll,
  closeAll,
  setSlots,
  shownDuration,
} from './dayDraft';
import { ModeBadge } from './DaySlotList';
import { SlotGrid } from './SlotGrid';
import type { DaySaveState } from './useDaySaves';

/** Exactly `Saving…` or `Saved` while there is something to tell, so the words can be waited for. */
function SaveStatusText({ state }: { state: DaySaveState }) {
  return (
    <Text size="sm" c="dark.6" role="status" aria-live="polite" miw={70}>
      {state.status === 'saving' && (
        <Group gap={6} component="span">
          <Loader size={12} aria-hidden />
          Saving…
        </Group>
      )}
      {state.status === 'saved' && (
        <Group gap={4} component="span" c="green.9">
          <IconCheck size={14} aria-hidden />
          Saved
        </Group>
      )}
    </Text>
  );
}

/**
 * One event day in the availability editor: its duration and slot grid. Every change is saved at once; the card
 * shows the recruiter's latest wish while saves are on their way, then the server's answer.
 */
export function DayCard({
  day,
  eventDay,
  timeZone,
  state,
  onChange,
  skipTo,
}: {
  day: DayAvailability;
  eventDay: EventDay | undefined;
  timeZone: string;
  state: DaySaveState;
  onChange: (draft: DayDraft) => void;
  /** The id of what follows the days (focusable), for `Skip to details` after each day's slots. */
  skipTo?: string;
}) {
  const titleId = useId();
  const draft = state.draft ?? draftOf(day);
  const open = new Set(draft.open);
  // A new duration means a new grid, which only the server's answer brings.
  const switching = draft.durationMinutes !== shownDuration(day);
  const editable = day.slots.filter(isEditable);
  const freeCount = day.slots.filter((slot) => isEditable(slot) && open.has(slot.startsAt)).length;
  // Booked chats, as the overview counts them (a chat holding its time: bookedStates), not grey slots.
  const bookedCount = new Set(day.slots.flatMap((slot) => (slot.bookedWith ? [slot.bookedWith.chatId] : [])))
    .size;
  const over = editable.length === 0 && day.slots.every((slot) => slot.past);

  return (
    <Paper withBorder p="md" role="group" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={3} fz="h4" id={titleId}>
              {formatDate(day.date)}
            </Title>
            <ModeBadge mode={day.mode} />
          </Group>
          <SaveStatusText state={state} />
        </Group>
        <Text size="sm" c="dark.6">
          {eventDay && `Open ${eventDay.opensAt}–${eventDay.closesAt} ${zoneName(timeZone)} time · `}
          {day.durationMinutes === null
            ? 'Not set up yet: talents see no slot on this day.'
            : `${freeCount} free · ${bookedCount} booked`}
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label="Duration"
            w={200}
            data={day.allowedDurations.map((minutes) => ({
              value: String(minutes),
              label: `${minutes} minutes`,
            }))}
            value={String(draft.durationMinutes)}
            allowDeselect={false}
            disabled={day.durationLocked || over || !eventDay}
            description={day.durationLocked ? 'Fixed: this day has booked chats.' : undefined}
            onChange={(value) =>
              value && eventDay && onChange(changeDuration(draft, eventDay, timeZone, Number(value)))
            }
          />
          <Button
            variant="light"
            disabled={switching || over}
            // Saved even when all were open already: the day then says `Saved`, as after any click.
            onClick={() => onChange(openAll(draft, day.slots))}
          >
            Select all
          </Button>
          <Button
            variant="subtle"
            color="dark"
            disabled={switching || over}
            onClick={() => onChange(closeAll(draft, day.slots))}
          >
            Clear all
          </Button>
        </Group>
        {state.status === 'failed' && (
          <ApiErrorAlert
            error={state.error}
            title="Could not save this day; the slots shown are the saved ones"
          />
        )}
        {over && (
          <Text size="sm" c="dark.6">
            This day is over.
          </Text>
        )}
        <Box pos="relative">
          <LoadingOverlay
            visible={switching}
            loaderProps={{ size: 'sm', 'aria-label': 'Loading the slots' }}
            overlayProps={{ blur: 1 }}
          />
          <SlotGrid
            label={`Slots on ${formatDate(day.date)}`}
            slots={day.slots}
            open={open}
            busy={switching}
            onSet={(starts, isOpen) => onChange(setSlots(draft, starts, isOpen))}
          />
        </Box>
        {skipTo && (
          <Anchor
            href={`#${skipTo}`}
            size="sm"
            w="fit-content"
            // The target takes focus, so the next Tab goes on from there, not from the next day.
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(skipTo)?.focus();
            }}
          >
            Skip to details
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
