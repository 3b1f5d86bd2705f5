import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RecruiterQueueEntry } from '../../../../../shared/schemas/booths.schemas';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useAnswerCall, useBoothQueue, useCallNext } from '../../../../api/booths';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';
import { clockText, gapText, waitedText } from './boothQueueText';

const minutesSince = (iso: string, now: number) => Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));

/**
 * `Manage 1-1 Chats` on an in-person day under way: the company's booth queue, shared by colleagues. `Call next`
 * calls the first waiting talent; a called talent gets `Start chat` (a walk-in chat in the recruiter's gap) or `Not
 * here`. Shown only while the queue is open.
 */
export function BoothQueuePanel({ event }: { event: Event }) {
  const { t } = useT();
  const queue = useBoothQueue(event.id);
  const callNext = useCallNext(event.id);
  const answer = useAnswerCall(event.id);
  // "Waiting for N minutes" moves on while the panel is open.
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const data = queue.data;
  if (!data?.open) return null;
  const zone = event.timeZone;
  return (
    <Card withBorder component="section" aria-labelledby="booth-queue-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} id="booth-queue-heading">
              {t('recruiter.boothQueue.title')}
            </Title>
            <Text size="sm" c="dark.6">
              {[data.companyName, data.location].filter(Boolean).join(' · ')}
            </Text>
            {data.gap && <Text fw={600}>{gapText(data.gap, zone)}</Text>}
          </div>
          <Button
            onClick={() => callNext.mutate()}
            loading={callNext.isPending}
            disabled={data.waiting.length === 0}
          >
            {t('recruiter.boothQueue.callNext')}
          </Button>
        </Group>
        <ApiErrorAlert error={callNext.error ?? answer.error} title={t('recruiter.boothQueue.failed')} />
        {data.called.map((entry) => (
          <CalledTalent
            key={entry.id}
            entry={entry}
            zone={zone}
            busy={answer.isPending && answer.variables?.entryId === entry.id}
            onAnswer={(choice) => answer.mutate({ entryId: entry.id, answer: choice })}
          />
        ))}
        {data.waiting.length === 0 ? (
          <Text c="dark.6">{t('recruiter.boothQueue.nobody')}</Text>
        ) : (
          <List type="ordered" aria-label={t('recruiter.boothQueue.waitingList')} spacing="xs">
            {data.waiting.map((entry) => (
              <List.Item key={entry.id}>
                <Text span fw={600}>
                  {entry.talent.name}
                </Text>
                {entry.talent.headline && <Text span>{` · ${entry.talent.headline}`}</Text>}
                <Text span c="dark.6">{` · ${waitedText(minutesSince(entry.joinedAt, now))}`}</Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

function CalledTalent({
  entry,
  zone,
  busy,
  onAnswer,
}: {
  entry: RecruiterQueueEntry;
  zone: string;
  busy: boolean;
  onAnswer: (answer: 'start_chat' | 'not_here') => void;
}) {
  const { t } = useT();
  const nameId = `called-${entry.id}`;
  const by = entry.calledBy?.name;
  const at = entry.calledAt ? clockText(entry.calledAt, zone) : undefined;
  return (
    <Card withBorder bg="green.0" component="article" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Text fw={600} id={nameId}>
            {entry.talent.name}
          </Text>
          {entry.talent.headline && <Text size="sm">{entry.talent.headline}</Text>}
          <Text size="sm" c="dark.6">
            {by && at
              ? t('recruiter.boothQueue.calledByAt', { name: by, time: at })
              : by
                ? t('recruiter.boothQueue.calledBy', { name: by })
                : at
                  ? t('recruiter.boothQueue.calledAt', { time: at })
                  : t('recruiter.boothQueue.called')}
          </Text>
        </div>
        <Group gap="xs">
          <Button aria-describedby={nameId} loading={busy} onClick={() => onAnswer('start_chat')}>
            {t('recruiter.boothQueue.startChat')}
          </Button>
          <Button
            variant="default"
            aria-describedby={nameId}
            disabled={busy}
            onClick={() => onAnswer('not_here')}
          >
            {t('recruiter.boothQueue.notHere')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
