import { Badge } from '@mantine/core';
import type { DayMode } from '../../../../../shared/schemas/events.schemas';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { dayModeKey } from '../../dayModeKey';

/** Virtual or in-person, in the colours the event header uses (the theme keeps the light variant's text at AA). */
export function ModeBadge({ mode }: { mode: DayMode }) {
  const { t } = useT();
  const virtual = mode === 'virtual';
  return (
    <Badge variant="light" color={virtual ? 'indigo' : 'teal'} tt="none">
      {t(dayModeKey[mode])}
    </Badge>
  );
}

/** How an open chat with a recruiter stands, in the talent's words. */
const openChatStatus: Record<string, { label: MessageKey; color: string }> = {
  requested: { label: 'talent.openChat.requested', color: 'gray' },
  invited: { label: 'talent.openChat.invited', color: 'grape' },
  in_scheduling: { label: 'talent.openChat.inScheduling', color: 'yellow' },
  offered: { label: 'talent.openChat.offered', color: 'orange' },
  confirmed: { label: 'talent.openChat.confirmed', color: 'teal' },
  completed: { label: 'talent.openChat.completed', color: 'gray' },
};

export function OpenChatBadge({ status }: { status: string }) {
  const { t } = useT();
  const { label, color } = openChatStatus[status] ?? { label: 'talent.openChat.inProgress', color: 'gray' };
  return (
    <Badge variant="light" color={color} c="dark.8" tt="none" size="lg">
      {t(label)}
    </Badge>
  );
}
