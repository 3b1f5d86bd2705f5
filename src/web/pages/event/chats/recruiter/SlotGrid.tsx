import { Box, Button, Group, List, Text, Tooltip } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { Slot } from '../../../../../shared/schemas/availability.schemas';
import { isEditable } from '../../../../../shared/booking/grid';

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

function SlotButton({ slot, open, busy, onToggle }: SlotButtonProps) {
  const look: Look = slot.status === 'booked' ? 'booked' : open ? 'available' : 'off';
  const talent = slot.bookedWith?.talentName;
  const button = (
    <Button
      size="compact-sm"
      w={72}
      variant="default"
      style={{ ...looks[look], ...(slot.past ? { opacity: 0.6 } : {}) }}
      aria-pressed={look === 'available'}
      aria-description={talent ? `Booked with ${talent}` : slot.past ? 'Already started' : undefined}
      disabled={!isEditable(slot) || busy}
      onClick={() => onToggle(slot.startsAt)}
    >
      {slot.label}
    </Button>
  );
  if (!talent) return button;
  // A disabled button gets no pointer events: the tooltip listens on a wrapper.
  return (
    <Tooltip label={`Booked: ${talent}`} withArrow>
      <Box component="span" display="inline-block">
        {button}
      </Box>
    </Tooltip>
  );
}

interface SlotButtonProps {
  slot: Slot;
  open: boolean;
  busy: boolean;
  onToggle: (startsAt: string) => void;
}

/** One toggle per slot, named by its start time in the event's zone; booked ones listed below with whom. */
export function SlotGrid({
  slots,
  open,
  busy,
  onToggle,
}: {
  slots: readonly Slot[];
  open: ReadonlySet<string>;
  busy: boolean;
  onToggle: (startsAt: string) => void;
}) {
  const booked = slots.filter((slot) => slot.bookedWith);
  return (
    <>
      <Group gap={6}>
        {slots.map((slot) => (
          <SlotButton
            key={slot.startsAt}
            slot={slot}
            open={open.has(slot.startsAt)}
            busy={busy}
            onToggle={onToggle}
          />
        ))}
      </Group>
      {booked.length > 0 && (
        <Box>
          <Text size="sm" fw={600}>
            Booked
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

/** What the colours of the grid mean. */
export function SlotLegend() {
  const entries: [Look, string][] = [
    ['available', 'Available to talents'],
    ['off', 'Not offered'],
    ['booked', 'Booked'],
  ];
  return (
    <Group gap="md">
      {entries.map(([look, text]) => (
        <Group key={look} gap={6}>
          <Box
            w={14}
            h={14}
            style={{ ...looks[look], border: `1px solid ${looks[look].borderColor}`, borderRadius: 3 }}
          />
          <Text size="sm" c="dark.6">
            {text}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
