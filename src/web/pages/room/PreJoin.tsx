import { Alert, Button, Container, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconVideo } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { RoomInfo } from '../../../shared/schemas/rooms.schemas';
import { useUser } from '../../app/session';
import { type MessageKey, useT } from '../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone, zoneName } from '../../time';
import { DeviceFields } from './media/DeviceFields';
import { type LocalMedia, type LocalMediaState, mediaProblemMessages } from './media/localMedia';
import { CameraToggle, MicToggle } from './media/MediaToggles';
import { MicLevelMeter } from './MicLevelMeter';
import { RoomHeader } from './RoomHeading';
import { VideoTile } from './VideoTile';

function PresentText({ present }: { present: RoomInfo['present'] }) {
  const { t } = useT();
  if (present.length === 0) return <Text size="sm">{t('room.preJoin.nobodyYet')}</Text>;
  const names = present.map((person) => person.name).join(', ');
  return <Text size="sm">{t('room.preJoin.present', { count: present.length, names })}</Text>;
}

const problemTitles: Record<'cameraProblem' | 'microphoneProblem', MessageKey> = {
  cameraProblem: 'room.preJoin.cameraProblem',
  microphoneProblem: 'room.preJoin.microphoneProblem',
};

/** Before entering: see and hear oneself, choose devices, decide camera and microphone on or off. */
export function PreJoin({
  room,
  media,
  state,
  onJoin,
}: {
  room: RoomInfo;
  media: LocalMedia;
  state: LocalMediaState;
  onJoin: () => void;
}) {
  const { t } = useT();
  const user = useUser();
  const preview = useMemo(
    () => (state.outgoingVideo ? new MediaStream([state.outgoingVideo]) : null),
    [state.outgoingVideo],
  );
  const zone = viewerTimeZone();
  const waiting = room.status === 'waiting';
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <RoomHeader chat={room.chat} />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <VideoTile
                name={user.name}
                company={user.company?.name ?? null}
                self
                stream={preview}
                videoOn={state.cameraOn && preview !== null}
                micOn={state.micOn}
              />
              <Group justify="center">
                <CameraToggle media={media} state={state} />
                <MicToggle media={media} state={state} />
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="lg">
              <Stack>
                <Title order={2} size="h4">
                  {t('room.preJoin.title')}
                </Title>
                {(['cameraProblem', 'microphoneProblem'] as const).map((field) => {
                  const problem = state[field];
                  return (
                    problem && (
                      <Alert key={field} color="orange" variant="light" title={t(problemTitles[field])}>
                        {t(mediaProblemMessages[field][problem])}
                      </Alert>
                    )
                  );
                })}
                <DeviceFields media={media} state={state} />
                <MicLevelMeter track={state.microphone} />
                {waiting ? (
                  <Alert color="indigo" variant="light" title={t('room.preJoin.notOpenTitle')}>
                    {t('room.preJoin.notOpen', {
                      time: formatTime(room.opensAt, zone),
                      zone: zoneName(zone),
                      day: formatDay(room.opensAt, zone),
                    })}
                  </Alert>
                ) : (
                  <PresentText present={room.present} />
                )}
                <Button
                  size="md"
                  leftSection={<IconVideo size={18} aria-hidden />}
                  onClick={onJoin}
                  disabled={waiting || !state.ready}
                >
                  {t('room.preJoin.join')}
                </Button>
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
