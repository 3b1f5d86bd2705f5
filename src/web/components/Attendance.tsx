import { Badge, Button, Group, Stack } from '@mantine/core';
import { IconClockExclamation, IconHandStop, IconUserOff } from '@tabler/icons-react';
import {
  CHECK_IN_OPENS_MINUTES_BEFORE,
  canCheckIn,
  canSayRunningLate,
  noShowFrom,
  noShowRefusal,
  runningLateChoices,
  talentPresence,
} from '../../shared/booking/attendance';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { useAttendance } from '../api/chats';
import { t, useT } from '../i18n/i18n';
import { ApiErrorAlert } from './ApiErrorAlert';
import { CheckInQrCode } from './CheckInQrCode';
import { useClock } from './clock';

type Side = 'talent' | 'recruiter';

/** The moments at which what this panel shows changes by itself: check-in opens, the start, no-show time, the end. */
function momentsOf(chat: Chat): number[] {
  if (!chat.startsAt || !chat.endsAt) return [];
  const startsAt = new Date(chat.startsAt).getTime();
  return [
    startsAt - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000,
    startsAt,
    noShowFrom(new Date(chat.startsAt), chat.attendance.noShowAfterMinutes).getTime(),
    new Date(chat.endsAt).getTime(),
  ];
}

/** Who of a side checked in, as the other side (or a colleague) reads it. */
function checkedInBy(chat: Chat, side: Side): string | null {
  const checkIn = chat.attendance[side];
  if (!checkIn) return null;
  if (side === 'talent') return t('shell.attendance.isHere', { name: chat.talent.name });
  return t('shell.attendance.isHere', {
    name: checkIn.by && checkIn.by.id !== chat.recruiter.id ? checkIn.by.name : chat.recruiter.name,
  });
}

/** What the recruiter's side reads of the talent: here, running late (as they said), late, or nothing yet. */
function TalentPresenceBadge({ chat, now }: { chat: Chat; now: Date }) {
  const presence = talentPresence(
    {
      startsAt: new Date(chat.startsAt!),
      talentCheckedIn: chat.attendance.talent !== null,
      runningLateMinutes: chat.attendance.runningLateMinutes,
    },
    now,
  );
  if (presence === 'here')
    return (
      <Badge color="teal" variant="light" c="dark.8" tt="none">
        {checkedInBy(chat, 'talent')}
      </Badge>
    );
  if (presence === 'running_late')
    return (
      <Badge color="orange" variant="light" c="dark.8" tt="none">
        {t('shell.attendance.runningLate', {
          name: chat.talent.name,
          minutes: chat.attendance.runningLateMinutes,
        })}
      </Badge>
    );
  if (presence === 'late')
    return (
      <Badge color="red" variant="light" c="dark.8" tt="none">
        {t('shell.attendance.late', { name: chat.talent.name })}
      </Badge>
    );
  return null;
}

/**
 * Around a confirmed chat, from ten minutes before it until its end: each side's `I'm here`, what the other side
 * sees of it live (who is here, who is late, who said they are running late), the talent's one-tap `Running 5
 * minutes late`, and the recruiter side's `Mark no-show` once the event's minutes after the start have passed
 * without the talent checking in. Both sides' pages refresh on the chat's live message.
 */
export function AttendancePanel({ chat, side }: { chat: Chat; side: Side }) {
  const { t } = useT();
  const now = new Date(useClock(momentsOf(chat)));
  const { checkIn, runningLate, markNoShow } = useAttendance(chat.eventId);
  if (chat.state !== 'confirmed' || !chat.startsAt || !chat.endsAt) return null;
  const times = { state: chat.state, startsAt: new Date(chat.startsAt), endsAt: new Date(chat.endsAt) };
  if (now >= times.endsAt) return null;
  const open = canCheckIn(times, now);
  const mine = chat.attendance[side];
  const other: Side = side === 'talent' ? 'recruiter' : 'talent';
  const mayMarkNoShow =
    side === 'recruiter' &&
    noShowRefusal({
      startsAt: times.startsAt,
      noShowAfterMinutes: chat.attendance.noShowAfterMinutes,
      talentCheckedIn: chat.attendance.talent !== null,
      now,
    }) === null;
  const mayRunLate = side === 'talent' && !mine && canSayRunningLate(times, now);
  const badges = [
    mine && (
      <Badge key="mine" color="teal" variant="light" c="dark.8" tt="none">
        {side === 'talent' ? t('shell.attendance.youAreCheckedIn') : (checkedInBy(chat, 'recruiter') ?? '')}
      </Badge>
    ),
    side === 'recruiter' ? (
      <TalentPresenceBadge key="talent" chat={chat} now={now} />
    ) : (
      chat.attendance[other] && (
        <Badge key="other" color="teal" variant="light" c="dark.8" tt="none">
          {checkedInBy(chat, other)}
        </Badge>
      )
    ),
  ].filter(Boolean);
  if (badges.length === 0 && !open && !mayRunLate && !mayMarkNoShow) return null;
  return (
    <Stack gap="xs" aria-label={t('shell.attendance.group')} role="group">
      <Group gap="xs">
        {badges}
        {open && !mine && (
          <Button
            leftSection={<IconHandStop size={16} aria-hidden />}
            loading={checkIn.isPending}
            onClick={() => checkIn.mutate(chat.id)}
          >
            {t('shell.attendance.checkIn')}
          </Button>
        )}
        {mayRunLate &&
          (chat.attendance.runningLateMinutes === null ? (
            runningLateChoices.map((minutes) => (
              <Button
                key={minutes}
                variant="default"
                leftSection={<IconClockExclamation size={16} aria-hidden />}
                loading={runningLate.isPending && runningLate.variables?.minutes === minutes}
                onClick={() => runningLate.mutate({ chatId: chat.id, minutes })}
              >
                {t('shell.attendance.runLate', { minutes })}
              </Button>
            ))
          ) : (
            <Badge color="orange" variant="light" c="dark.8" tt="none">
              {t('shell.attendance.youSaidLate', { minutes: chat.attendance.runningLateMinutes })}
            </Badge>
          ))}
        {side === 'recruiter' && <CheckInQrCode chat={chat} now={now} />}
        {mayMarkNoShow && (
          // One tap, as the talent's absence is a fact by now; the talent is told by email.
          <Button
            variant="outline"
            color="red.9"
            leftSection={<IconUserOff size={16} aria-hidden />}
            loading={markNoShow.isPending}
            onClick={() => markNoShow.mutate(chat.id)}
          >
            {t('shell.attendance.markNoShow')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={checkIn.error} title={t('shell.attendance.couldNotCheckIn')} />
      <ApiErrorAlert error={runningLate.error} title={t('shell.attendance.couldNotTell')} />
      <ApiErrorAlert error={markNoShow.error} title={t('shell.attendance.couldNotMarkNoShow')} />
    </Stack>
  );
}

/** `No-show`: the label of a chat its talent did not come to, in the Completed lists. */
export function NoShowBadge({ chat }: { chat: Pick<Chat, 'state'> }) {
  const { t } = useT();
  if (chat.state !== 'no_show') return null;
  return (
    <Badge color="red" variant="light" c="dark.8" tt="none">
      {t('shell.attendance.noShow')}
    </Badge>
  );
}
