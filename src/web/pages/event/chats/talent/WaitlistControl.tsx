import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { useSetWaitlisted, useWaitlists, type WaitlistOwner } from '../../../../api/chats';
import { useT } from '../../../../i18n/i18n';

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
  const { t } = useT();
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
              ? t('talent.waitlist.joined', { name: owner.name })
              : t('talent.waitlist.left', { name: owner.name }),
          ),
        onError: () => setAnnouncement(t('talent.waitlist.failed', { name: owner.name })),
      },
    );
  };
  return (
    <>
      {entry ? (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('talent.waitlist.position', { position: entry.position })}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-describedby={describedBy}
            loading={setWaitlisted.isPending}
            onClick={() => change(false)}
          >
            {t('talent.waitlist.leave')}
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
          {t('talent.waitlist.join')}
        </Button>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
