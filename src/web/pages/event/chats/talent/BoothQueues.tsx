import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useId } from 'react';
import { ordinal, waitSentence } from '../../../../../shared/booking/walk-in';
import type { Booth } from '../../../../../shared/schemas/booths.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBooths, useJoinOrLeaveQueue } from '../../../../api/booths';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';

const boothName = (booth: Booth) => `${booth.companyName}'s booth`;

/**
 * The walk-in queues of an in-person day, while it is under way: the talent queues at booths from their phone, sees
 * their place and estimated wait, and is told prominently when it's their turn. Shown only while queues are open.
 */
export function BoothQueues({ event }: { event: Event }) {
  const booths = useBooths(event.id);
  const change = useJoinOrLeaveQueue(event.id);
  if (!booths.data?.open) return null;
  const called = booths.data.booths.filter((booth) => booth.entry?.state === 'called');
  return (
    <Stack component="section" aria-labelledby="booth-queues-heading" gap="sm">
      {called.map((booth) => (
        <Alert
          key={booth.companyId}
          color="green"
          variant="filled"
          role="alert"
          icon={<IconBellRinging aria-hidden />}
          title={`It's your turn at ${boothName(booth)} — go to the booth`}
        >
          {booth.location ? `Find them at ${booth.location}.` : 'A recruiter is waiting for you.'}
        </Alert>
      ))}
      <div>
        <Title order={2} id="booth-queues-heading">
          Walk-in queues
        </Title>
        <Text c="dark.6">
          The in-person day is under way: queue at a booth from here, and we tell you when it's your turn.
        </Text>
      </div>
      <ApiErrorAlert error={change.error} title="Could not change your place in the queue" />
      {booths.data.booths.map((booth) => (
        <BoothCard
          key={booth.companyId}
          booth={booth}
          busy={change.isPending && change.variables?.companyId === booth.companyId}
          onChange={(join) => change.mutate({ companyId: booth.companyId, join })}
        />
      ))}
    </Stack>
  );
}

function BoothCard({
  booth,
  busy,
  onChange,
}: {
  booth: Booth;
  busy: boolean;
  onChange: (join: boolean) => void;
}) {
  const nameId = useId();
  const { entry } = booth;
  return (
    <Card withBorder component="article" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Text fw={600} id={nameId}>
            {booth.companyName}
          </Text>
          <Text size="sm" c="dark.6">
            {[booth.location, booth.waiting === 1 ? '1 waiting' : `${booth.waiting} waiting`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Button
          variant={entry ? 'default' : 'filled'}
          loading={busy}
          aria-describedby={nameId}
          onClick={() => onChange(!entry)}
        >
          {entry ? 'Leave queue' : 'Join queue'}
        </Button>
      </Group>
      {entry?.state === 'waiting' && entry.position !== null && (
        <Stack gap={0} mt="xs" aria-live="polite">
          <Text fw={600}>You are {ordinal(entry.position)} in line</Text>
          {entry.waitMinutes !== null && (
            <Text size="sm">Estimated wait: {waitSentence(entry.waitMinutes)}</Text>
          )}
        </Stack>
      )}
      {entry?.state === 'called' && (
        <Text fw={600} mt="xs" c="green.9">
          It's your turn — go to the booth
        </Text>
      )}
    </Card>
  );
}
