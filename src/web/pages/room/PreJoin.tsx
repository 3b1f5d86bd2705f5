import { Alert, Button, Container, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconVideo } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { RoomInfo } from '../../../shared/schemas/rooms.schemas';
import { useUser } from '../../app/session';
import { formatDay, formatTime, viewerTimeZone, zoneName } from '../../time';
import { DeviceFields } from './media/DeviceFields';
import type { LocalMedia, LocalMediaState } from './media/localMedia';
import { CameraToggle, MicToggle } from './media/MediaToggles';
import { MicLevelMeter } from './MicLevelMeter';
import { RoomHeader } from './RoomHeading';
import { VideoTile } from './VideoTile';

function presentText(present: RoomInfo['present']): string {
  if (present.length === 0) return 'Nobody is in the room yet.';
  const names = present.map((person) => person.name);
  return `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} in the room.`;
}

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
                  Ready to join?
                </Title>
                {state.cameraProblem && (
                  <Alert color="orange" variant="light" title="Camera">
                    {state.cameraProblem}
                  </Alert>
                )}
                {state.microphoneProblem && (
                  <Alert color="orange" variant="light" title="Microphone">
                    {state.microphoneProblem}
                  </Alert>
                )}
                <DeviceFields media={media} state={state} />
                <MicLevelMeter track={state.microphone} />
                {waiting ? (
                  <Alert color="indigo" variant="light" title="The room is not open yet">
                    It opens at {formatTime(room.opensAt, zone)} ({zoneName(zone)} time) on{' '}
                    {formatDay(room.opensAt, zone)}, ten minutes before the chat starts. This page lets you in
                    then.
                  </Alert>
                ) : (
                  <Text size="sm">{presentText(room.present)}</Text>
                )}
                <Button
                  size="md"
                  leftSection={<IconVideo size={18} aria-hidden />}
                  onClick={onJoin}
                  disabled={waiting || !state.ready}
                >
                  Join now
                </Button>
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
