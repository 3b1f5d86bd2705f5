import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useId } from 'react';
import type { Booth } from '../../../../../shared/schemas/booths.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBooths, useJoinOrLeaveQueue } from '../../../../api/booths';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';

type Translate = ReturnType<typeof useT>['t'];

/** `Estimated wait: about 1 hour 5 minutes`, or `any moment now`. */
function waitText(minutes: number, t: Translate): string {
  if (minutes <= 0) return t('talent.booths.waitNow');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('talent.booths.waitMinutes', { minutes: rest });
  if (rest === 0) return t('talent.booths.waitHours', { hours });
  return t('talent.booths.waitHoursMinutes', { hours, minutes: rest });
}

/**
 * The walk-in queues of an in-person day, while it is under way: the talent queues at booths from their phone, sees
 * their place and estimated wait, and is told prominently when it's their turn. Shown only while queues are open.
 */
export function BoothQueues({ event }: { event: Event }) {
  const { t } = useT();
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
          title={t('talent.booths.calledTitle', { company: booth.companyName })}
        >
          {booth.location
            ? t('talent.booths.findThem', { location: booth.location })
            : t('talent.booths.recruiterWaiting')}
        </Alert>
      ))}
      <div>
        <Title order={2} id="booth-queues-heading">
          {t('talent.booths.title')}
        </Title>
        <Text c="dark.6">{t('talent.booths.intro')}</Text>
      </div>
      <ApiErrorAlert error={change.error} title={t('talent.booths.changeFailed')} />
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
  const { t } = useT();
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
            {[booth.location, t('talent.booths.waiting', { count: booth.waiting })]
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
          {entry ? t('talent.booths.leave') : t('talent.booths.join')}
        </Button>
      </Group>
      {entry?.state === 'waiting' && entry.position !== null && (
        <Stack gap={0} mt="xs" aria-live="polite">
          <Text fw={600}>{t('talent.booths.position', { position: entry.position })}</Text>
          {entry.waitMinutes !== null && <Text size="sm">{waitText(entry.waitMinutes, t)}</Text>}
        </Stack>
      )}
      {entry?.state === 'called' && (
        <Text fw={600} mt="xs" c="green.9">
          {t('talent.booths.yourTurn')}
        </Text>
      )}
    </Card>
  );
}
