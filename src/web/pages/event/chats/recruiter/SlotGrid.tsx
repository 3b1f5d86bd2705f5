import { Box, Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { type CSSProperties, type FocusEvent, type KeyboardEvent, useRef, useState } from 'react';
import { isEditable } from '../../../../../shared/booking/grid';
import type { Slot } from '../../../../../shared/schemas/availability.schemas';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { indexRange, moveInGrid, rowsByHour } from './slotGridNavigation';

type Look = 'available' | 'off' | 'booked';

/**
 * Green = open for talents, outlined = not offered, grey = booked. Mantine's green.9 under white text falls short
 * of WCAG AA, hence a darker green. Inline colours also win over the grey that Mantine gives disabled buttons,
 * so a past slot still shows whether it was open.
 */
const looks: Record<Look, CSSProperties> = {
  available: { backgroundColor: '#1e7b34', borderColor: '#1e7b34', color: 'white' },
  off: {
    backgroundColor: 'white',
    borderColor: 'var(--mantine-color-gray-5)',
    color: 'var(--mantine-color-dark-7)',
  },
  booked: {
    backgroundColor: 'var(--mantine-color-gray-3)',
    borderColor: 'var(--mantine-color-gray-5)',
    color: 'var(--mantine-color-dark-7)',
  },
};

function SlotButton({ slot, open, busy, focusable, buttonRef, onPress, onFocus }: SlotButtonProps) {
  const { t } = useT();
  const look: Look = slot.status === 'booked' ? 'booked' : open ? 'available' : 'off';
  const talent = slot.bookedWith?.talentName;
  // aria-disabled rather than disabled: a disabled button cannot take focus, and the arrow keys pass over every
  // slot, booked ones included, so that a screen reader says with whom.
  const inert = !isEditable(slot) || busy;
  const button = (
    <Button
      ref={buttonRef}
      size="compact-sm"
      w={72}
      variant="default"
      style={{ ...looks[look], ...(slot.past ? { opacity: 0.6 } : {}) }}
      aria-pressed={look === 'available'}
      aria-description={
        talent
          ? t('recruiter.slots.bookedWith', { talent })
          : slot.past
            ? t('recruiter.slots.started')
            : undefined
      }
      aria-disabled={inert || undefined}
      data-disabled={inert || undefined}
      tabIndex={focusable ? 0 : -1}
      onFocus={onFocus}
      onClick={(event) => !inert && onPress(event.shiftKey)}
    >
      {slot.label}
    </Button>
  );
  return talent ? (
    <Tooltip label={t('recruiter.slots.bookedTooltip', { talent })} withArrow>
      {button}
    </Tooltip>
  ) : (
    button
  );
}

interface SlotButtonProps {
  slot: Slot;
  open: boolean;
  busy: boolean;
  /** The grid's one tab stop. */
  focusable: boolean;
  buttonRef: (button: HTMLButtonElement | null) => void;
  /** A click, or Space or Enter; with Shift, the range from the anchor takes the anchor's state. */
  onPress: (extend: boolean) => void;
  onFocus: (event: FocusEvent<HTMLButtonElement>) => void;
}

/**
 * One toggle per slot, named by its start time in the event's zone, in a grid of one row per hour; booked ones
 * listed below with whom. The grid is one tab stop: the arrow keys, Home and End move (Ctrl+Home/End to its
 * ends), Space or Enter opens or closes a slot, and Shift with a move gives every slot from the anchor (the last
 * slot toggled or reached without Shift) to the new one the anchor's state.
 */
export function SlotGrid({
  label,
  slots,
  open,
  busy,
  onSet,
}: {
  /** The grid's accessible name. */
  label: string;
  slots: readonly Slot[];
  open: ReadonlySet<string>;
  busy: boolean;
  /** Opens or closes the given slots (editable ones only). */
  onSet: (starts: string[], open: boolean) => void;
}) {
  const { t } = useT();
  const [current, setCurrent] = useState(() => Math.max(0, slots.findIndex(isEditable)));
  const anchor = useRef(current);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const grid = useRef<HTMLDivElement>(null);
  const rows = rowsByHour(slots.map((slot, index) => ({ label: slot.label, index })));
  // A new duration brings a shorter grid: the tab stop stays inside it.
  const active = Math.min(current, slots.length - 1);
  const booked = slots.filter((slot) => slot.bookedWith);

  const setRange = (from: number, to: number) => {
    const state = open.has(slots[from]?.startsAt ?? '');
    const starts = indexRange(from, to)
      .map((index) => slots[index])
      .filter((slot): slot is Slot => slot !== undefined && isEditable(slot))
      .map((slot) => slot.startsAt);
    if (!busy && starts.length > 0) onSet(starts, state);
  };
  const press = (index: number, extend: boolean) => {
    const slot = slots[index];
    if (!slot) return;
    if (extend) return setRange(anchor.current, index);
    anchor.current = index;
    onSet([slot.startsAt], !open.has(slot.startsAt));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rowLengths = rows.map((row) => row.length);
    const next = moveInGrid(rowLengths, active, event.key, event.ctrlKey || event.metaKey);
    if (next === null) return;
    event.preventDefault();
    if (event.shiftKey) setRange(anchor.current, next);
    else anchor.current = next;
    setCurrent(next);
    buttons.current[next]?.focus();
  };
  const onFocus = (event: FocusEvent<HTMLButtonElement>, index: number) => {
    setCurrent(index);
    // Coming into the grid (by Tab or a click) starts a new range here.
    if (!grid.current?.contains(event.relatedTarget)) anchor.current = index;
  };

  return (
    <>
      <Stack ref={grid} gap={6} role="grid" aria-label={label} onKeyDown={onKeyDown}>
        {rows.map((row) => (
          <Group key={row[0]?.index} gap={6} role="row">
            {row.map(({ index }) => {
              const slot = slots[index] as Slot;
              return (
                // A flex row of cells, so that a long hour wraps on a narrow screen, which a table row cannot; the
                // cell's toggle takes the focus (the grid pattern allows either).
                // biome-ignore lint/a11y/useSemanticElements: see above
                // biome-ignore lint/a11y/useFocusableInteractive: see above
                <div key={slot.startsAt} role="gridcell">
                  <SlotButton
                    slot={slot}
                    open={open.has(slot.startsAt)}
                    busy={busy}
                    focusable={index === active}
                    buttonRef={(button) => {
                      buttons.current[index] = button;
                    }}
                    onPress={(extend) => press(index, extend)}
                    onFocus={(event) => onFocus(event, index)}
                  />
                </div>
              );
            })}
          </Group>
        ))}
      </Stack>
      {booked.length > 0 && (
        <Box>
          <Text size="sm" fw={600}>
            {t('recruiter.slots.booked')}
          </Text>
          <List size="sm" spacing={2}>
            {booked.map((slot) => (
              <List.Item key={slot.startsAt}>
                {slot.label} — {slot.bookedWith?.talentName}
              </List.Item>
            ))}
          </List>
        </Box>
      )}
    </>
  );
}

/** What the colours of the grid mean, and its keys. */
export function SlotLegend() {
  const { t } = useT();
  const entries: [Look, MessageKey][] = [
    ['available', 'recruiter.slots.available'],
    ['off', 'recruiter.slots.off'],
    ['booked', 'recruiter.slots.booked'],
  ];
  return (
    <Stack gap={4}>
      <Group gap="md">
        {entries.map(([look, text]) => (
          <Group key={look} gap={6}>
            <Box
              w={14}
              h={14}
              style={{ ...looks[look], border: `1px solid ${looks[look].borderColor}`, borderRadius: 3 }}
            />
            <Text size="sm" c="dark.6">
              {t(text)}
            </Text>
          </Group>
        ))}
      </Group>
      <Text size="sm" c="dark.6">
        {t('recruiter.slots.keyboard')}
      </Text>
    </Stack>
  );
}
