import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { useSetWaitlisted, useWaitlists, type WaitlistOwner } from '../../../../api/chats';

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * `Join waitlist` for a recruiter with no free slot or a company none of whose recruiters has one, or the talent's
 * place on it with `Leave waitlist`. A freed time is offered to the first one waiting who could book it, and held
 * for them for a while.
 */
export function WaitlistControl({
  eventId,
  owner,
  describedBy,
}: {
  eventId: string;
  owner: WaitlistOwner & { name: string };
  describedBy?: string;
}) {
  const waitlists = useWaitlists(eventId);
  const setWaitlisted = useSetWaitlisted(eventId);
  const [announcement, setAnnouncement] = useState('');
  if (!waitlists.data) return null;
  const entry =
    owner.kind === 'company'
      ? waitlists.data.companyEntries.find((e) => e.companyId === owner.id)
      : waitlists.data.entries.find((e) => e.recruiterId === owner.id);
  const change = (waiting: boolean) => {
    setAnnouncement('');
    setWaitlisted.mutate(
      { owner: { kind: owner.kind, id: owner.id }, waiting },
      {
        onSuccess: () =>
          setAnnouncement(
            waiting
              ? `You joined the waitlist of ${owner.name}. A freed time will be offered to you by email and notification.`
              : `You left the waitlist of ${owner.name}.`,
          ),
        onError: () => setAnnouncement(`Could not change the waitlist of ${owner.name}. Try again.`),
      },
    );
  };
  return (
    <>
      {entry ? (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            {`${ordinal(entry.position)} on the waitlist`}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-describedby={describedBy}
            loading={setWaitlisted.isPending}
            onClick={() => change(false)}
          >
            Leave waitlist
          </Button>
        </Group>
      ) : (
        <Button
          variant="light"
          leftSection={<IconHourglass size={16} aria-hidden />}
          aria-describedby={describedBy}
          loading={setWaitlisted.isPending}
          onClick={() => change(true)}
        >
          Join waitlist
        </Button>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
