import { Avatar, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import type { BookableRecruiter } from '../../../../../shared/schemas/availability.schemas';
import { useT } from '../../../../i18n/i18n';
import { experienceLevelKey } from '../../../experienceLevelKey';
import { chatTimeText, formatDate, zoneName } from '../../../../time';
import { ModeBadge, OpenChatBadge } from './badges';
import { useChatTabParam } from './chatTabParam';
import { useOpenChatStatus } from './openChat';
import { BookChatButton } from './BookChatButton';
import { FavouriteButton } from './FavouriteButton';
import { RequestChatButton } from './RequestChatButton';
import { WaitlistControl } from './WaitlistControl';
import { PersonSafetyMenu } from '../../../../safety/PersonSafetyMenu';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" fw={600} c="dark.6" w={96} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </Group>
  );
}

function Tags({ values }: { values: string[] }) {
  return (
    <Group gap={4}>
      {values.map((value) => (
        <Badge key={value} variant="light" color="gray" c="dark.7" tt="none">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

/** Whom the recruiter wants to meet; it informs, it filters no one out. */
function RecruiterDetails({ details }: { details: BookableRecruiter['details'] }) {
  const { t } = useT();
  const { backgrounds, levels, languages, topics } = details;
  if (backgrounds.length + levels.length + languages.length + topics.length === 0) return null;
  return (
    <Stack gap={6}>
      {backgrounds.length > 0 && (
        <Detail label={t('talent.recruiter.background')}>
          <Text size="sm">{backgrounds.join(', ')}</Text>
        </Detail>
      )}
      {levels.length > 0 && (
        <Detail label={t('talent.recruiter.levels')}>
          <Text size="sm">{levels.map((level) => t(experienceLevelKey[level])).join(', ')}</Text>
        </Detail>
      )}
      {languages.length > 0 && (
        <Detail label={t('talent.recruiter.languages')}>
          <Tags values={languages} />
        </Detail>
      )}
      {topics.length > 0 && (
        <Detail label={t('talent.recruiter.topics')}>
          <Tags values={topics} />
        </Detail>
      )}
    </Stack>
  );
}

function FreeSlotsPerDay({ days }: { days: BookableRecruiter['days'] }) {
  const { t } = useT();
  if (days.length === 0)
    return (
      <Text size="sm" c="dark.6">
        {t('talent.recruiter.noSlotsOpen')}
      </Text>
    );
  return (
    <Stack gap={4} component="ul" aria-label={t('talent.recruiter.perDay')} m={0} p={0}>
      {days.map((day) => (
        <Group key={day.dayId} component="li" gap="xs" style={{ listStyle: 'none' }}>
          <Text size="sm" fw={600} miw={120}>
            {formatDate(day.date)}
          </Text>
          <ModeBadge mode={day.mode} />
          <Text size="sm" c="dark.6">
            {t('talent.recruiter.dayFree', { minutes: day.durationMinutes, count: day.free })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * When the talent could book next, in their zone with the event's beside it, and how many slots are left today; or
 * that none is left. In words, so no colour carries it.
 */
function NextFreeSlot({
  recruiter,
  timeZone,
  id,
}: {
  recruiter: BookableRecruiter;
  timeZone: string;
  id: string;
}) {
  const { t, rich } = useT();
  const next = recruiter.nextFreeSlot;
  if (!next)
    return (
      <Text id={id} size="sm" fw={600}>
        {t('talent.recruiter.noneLeft')}
      </Text>
    );
  const time = chatTimeText(next.startsAt, next.endsAt, timeZone);
  const today = recruiter.freeSlotsToday;
  return (
    <Stack id={id} gap={0}>
      <Text size="sm">
        {rich(time.event ? 'talent.recruiter.nextFreeWithEventTime' : 'talent.recruiter.nextFree', {
          time: time.viewer,
          zone: zoneName(time.viewerZone),
          eventTime: time.event,
          b: (chunks) => (
            <Text span size="sm" fw={600}>
              {chunks}
            </Text>
          ),
        })}
      </Text>
      {today > 0 && (
        <Text size="sm" c="dark.6">
          {t('talent.recruiter.freeToday', { count: today })}
        </Text>
      )}
    </Stack>
  );
}

/** A recruiter a talent may ask for a chat: who they are, whom they want to meet, and when they are free. */
export function RecruiterCard({
  eventId,
  timeZone,
  recruiter,
  asking,
}: {
  eventId: string;
  /** The event's zone, shown beside the viewer's. */
  timeZone: string;
  recruiter: BookableRecruiter;
  /** Whether the talent may ask for a chat not yet; null: not at all. The recruiter's mode says how they ask. */
  asking: { disabled: boolean } | null;
}) {
  const { t } = useT();
  const headingId = useId();
  const freeId = useId();
  const { show } = useChatTabParam();
  const { company } = recruiter;
  const openChat = useOpenChatStatus(eventId, recruiter.openChat);
  // Either way of asking ends in picking a free slot: without one it could not succeed, and the text says why.
  const noFreeSlot = recruiter.nextFreeSlot === null;
  const askingDescription = noFreeSlot ? `${headingId} ${freeId}` : headingId;
  // The waitlist offers a freed time to whoever could take it at once: a chat waiting for a time, or no chat yet
  // with a recruiter who books directly.
  const mayWait =
    noFreeSlot &&
    asking !== null &&
    (openChat
      ? openChat.status === 'in_scheduling' || openChat.status === 'invited'
      : recruiter.bookingMode === 'direct');
  return (
    <Card component="article" aria-labelledby={headingId} withBorder padding="lg" h="100%">
      <Stack gap="md" h="100%">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <Avatar name={recruiter.name} color="initials" radius="xl" aria-hidden />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Title order={3} fz="lg" id={headingId}>
              {recruiter.name}
            </Title>
            <Text size="sm" c="dark.6">
              {company.name}
              {company.booth && ` · ${company.booth}`}
            </Text>
          </div>
          <FavouriteButton eventId={eventId} recruiter={recruiter} />
          <PersonSafetyMenu eventId={eventId} person={recruiter} />
        </Group>
        <RecruiterDetails details={recruiter.details} />
        <NextFreeSlot recruiter={recruiter} timeZone={timeZone} id={freeId} />
        <FreeSlotsPerDay days={recruiter.days} />
        <Group justify="flex-end" mt="auto" gap="sm">
          {mayWait && (
            <WaitlistControl
              eventId={eventId}
              owner={{ kind: 'recruiter', id: recruiter.id, name: recruiter.name }}
              describedBy={headingId}
            />
          )}
          {openChat ? (
            <>
              <OpenChatBadge status={openChat.status} />
              <Button
                variant="subtle"
                aria-describedby={headingId}
                onClick={() => show(openChat.tab, { scroll: true })}
              >
                {t('talent.recruiter.viewChat')}
              </Button>
            </>
          ) : (
            asking &&
            (recruiter.bookingMode === 'direct' ? (
              <BookChatButton
                eventId={eventId}
                recruiter={recruiter}
                describedBy={askingDescription}
                disabled={asking.disabled || noFreeSlot}
              />
            ) : (
              <RequestChatButton
                eventId={eventId}
                recruiter={recruiter}
                describedBy={askingDescription}
                disabled={asking.disabled || noFreeSlot}
              />
            ))
          )}
        </Group>
      </Stack>
    </Card>
  );
}
