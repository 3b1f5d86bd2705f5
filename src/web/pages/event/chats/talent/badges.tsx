import { Badge } from '@mantine/core';
import { type DayMode, dayModeLabel } from '../../../../../shared/schemas/events.schemas';

/** Virtual or in-person, in the colours the event header uses (the theme keeps the light variant's text at AA). */
export function ModeBadge({ mode }: { mode: DayMode }) {
  const virtual = mode === 'virtual';
  return (
    <Badge variant="light" color={virtual ? 'indigo' : 'teal'} tt="none">
      {dayModeLabel[mode]}
    </Badge>
  );
}

/** How an open chat with a recruiter stands, in the talent's words. */
const openChatStatus: Record<string, { label: string; color: string }> = {
  requested: { label: 'Request sent', color: 'gray' },
  invited: { label: 'Invitation received', color: 'grape' },
  in_scheduling: { label: 'Pick a time', color: 'yellow' },
  offered: { label: 'Slot offered', color: 'orange' },
  confirmed: { label: 'Confirmed', color: 'teal' },
  completed: { label: 'Completed', color: 'gray' },
};

export function OpenChatBadge({ status }: { status: string }) {
  const { label, color } = openChatStatus[status] ?? { label: 'In progress', color: 'gray' };
  return (
    <Badge variant="light" color={color} c="dark.8" tt="none" size="lg">
      {label}
    </Badge>
  );
}
