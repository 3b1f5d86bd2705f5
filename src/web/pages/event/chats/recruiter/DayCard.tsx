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
import { useT } from '../../../../i18n/i18n';
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
  const { t } = useT();
  return (
    <Text size="sm" c="dark.6" role="status" aria-live="polite" miw={70}>
      {state.status === 'saving' && (
        <Group gap={6} component="span">
          <Loader size={12} aria-hidden />
          {t('recruiter.day.saving')}
        </Group>
      )}
      {state.status === 'saved' && (
        <Group gap={4} component="span" c="green.9">
          <IconCheck size={14} aria-hidden />
          {t('recruiter.day.saved')}
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
  const { t } = useT();
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
          {[
            eventDay &&
              t('recruiter.day.hours', {
                opens: eventDay.opensAt,
                closes: eventDay.closesAt,
                zone: zoneName(timeZone),
              }),
            day.durationMinutes === null
              ? t('recruiter.day.notSetUp')
              : t('recruiter.day.counts', { free: freeCount, booked: bookedCount }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('recruiter.day.duration')}
            w={200}
            data={day.allowedDurations.map((minutes) => ({
              value: String(minutes),
              label: t('recruiter.day.minutes', { minutes }),
            }))}
            value={String(draft.durationMinutes)}
            allowDeselect={false}
            disabled={day.durationLocked || over || !eventDay}
            description={day.durationLocked ? t('recruiter.day.durationLocked') : undefined}
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
            {t('recruiter.day.selectAll')}
          </Button>
          <Button
            variant="subtle"
            color="dark"
            disabled={switching || over}
            onClick={() => onChange(closeAll(draft, day.slots))}
          >
            {t('recruiter.day.clearAll')}
          </Button>
        </Group>
        {state.status === 'failed' && (
          <ApiErrorAlert error={state.error} title={t('recruiter.day.couldNotSave')} />
        )}
        {over && (
          <Text size="sm" c="dark.6">
            {t('recruiter.day.over')}
          </Text>
        )}
        <Box pos="relative">
          <LoadingOverlay
            visible={switching}
            loaderProps={{ size: 'sm', 'aria-label': t('recruiter.day.loadingSlots') }}
            overlayProps={{ blur: 1 }}
          />
          <SlotGrid
            label={t('recruiter.day.gridLabel', { date: formatDate(day.date) })}
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
            {t('recruiter.day.skipToDetails')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
