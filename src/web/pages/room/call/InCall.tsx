import { ActionIcon, Alert, Badge, Box, Button, Group, Paper, SimpleGrid, Tooltip } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconDoorExit, IconLifebuoy, IconSettings } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import type { RoomInfo } from '../../../../shared/schemas/rooms.schemas';
import { useUser } from '../../../app/session';
import { SupportChatDrawer } from '../../../support/SupportChatDrawer';
import type { LocalMedia, LocalMediaState } from '../media/localMedia';
import { CameraToggle, MicToggle } from '../media/MediaToggles';
import { RoomHeading } from '../RoomHeading';
import { RoomRefused } from '../RoomRefused';
import { VideoTile } from '../VideoTile';
import { BackgroundsMenu } from './BackgroundsMenu';
import type { PersonInRoom } from './PeopleList';
import { SettingsDialog } from './SettingsDialog';
import { SidePanel } from './SidePanel';
import { useRoomMesh } from './useRoomMesh';

const connectionStatus: Partial<Record<RTCPeerConnectionState, string>> = {
  new: 'Connecting…',
  connecting: 'Connecting…',
  disconnected: 'Connection lost, restoring…',
  failed: 'Connection lost, restoring…',
};

const phaseStatus = { joining: 'Joining…', reconnecting: 'Reconnecting…' } as const;

/** The call: everyone's tiles, the controls at the bottom, the chat on the right. */
export function InCall({
  room,
  media,
  state,
  onEnded,
  onLeave,
}: {
  room: RoomInfo;
  media: LocalMedia;
  state: LocalMediaState;
  onEnded: () => void;
  onLeave: () => void;
}) {
  const user = useUser();
  const mesh = useRoomMesh(room.chat.id, room.iceServers, media);
  const [settingsOpened, settings] = useDisclosure(false);
  const [supportOpened, support] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 62em)', true);
  const ownVideo = useMemo(
    () => (state.outgoingVideo ? new MediaStream([state.outgoingVideo]) : null),
    [state.outgoingVideo],
  );

  const ended = mesh.refusal?.code === 'rooms.ended';
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);
  if (mesh.refusal && !ended) return <RoomRefused refusal={mesh.refusal} />;

  const people: PersonInRoom[] = [
    {
      key: 'self',
      name: `${user.name} (you)`,
      company: user.company?.name ?? null,
      audio: state.micOn,
      video: state.outgoingVideo !== null,
    },
    ...mesh.peers.map((peer) => ({
      key: peer.peerId,
      name: peer.name,
      company: peer.companyName,
      audio: peer.audio,
      video: peer.video,
    })),
  ];
  const status = mesh.phase === 'joining' || mesh.phase === 'reconnecting' ? phaseStatus[mesh.phase] : null;

  return (
    <Box
      h={wide ? '100dvh' : undefined}
      style={{
        display: 'grid',
        gridTemplateColumns: wide ? 'minmax(0, 1fr) 360px' : 'minmax(0, 1fr)',
        gridTemplateRows: wide ? 'auto minmax(0, 1fr) auto' : 'auto auto auto 480px',
        gridTemplateAreas: wide
          ? '"header panel" "stage panel" "controls panel"'
          : '"header" "stage" "controls" "panel"',
      }}
    >
      <Group component="header" justify="space-between" p="sm" style={{ gridArea: 'header' }} wrap="nowrap">
        <RoomHeading chat={room.chat} />
        {status && (
          <Badge role="status" color="orange" size="lg" variant="light">
            {status}
          </Badge>
        )}
      </Group>
      <Box component="main" bg="dark.8" p="md" style={{ gridArea: 'stage', overflow: 'auto' }}>
        {state.backgroundNotice && (
          <Alert
            role="alert"
            color="yellow"
            title="Background turned off"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => media.dismissBackgroundNotice()}
            mb="md"
          >
            {state.backgroundNotice}
          </Alert>
        )}
        {mesh.phase === 'joined' && mesh.peers.length === 0 && (
          <Alert color="indigo" variant="light" mb="md">
            Nobody else is here yet. They will appear as soon as they join.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, xl: mesh.peers.length > 3 ? 3 : 2 }} spacing="md">
          {mesh.peers.map((peer) => (
            <VideoTile
              key={peer.peerId}
              name={peer.name}
              company={peer.companyName}
              stream={peer.stream}
              videoOn={peer.video}
              micOn={peer.audio}
              speakerId={state.speakerId}
              status={connectionStatus[peer.connection] ?? null}
            />
          ))}
          <VideoTile
            name={user.name}
            company={user.company?.name ?? null}
            self
            stream={ownVideo}
            videoOn={ownVideo !== null}
            micOn={state.micOn}
          />
        </SimpleGrid>
      </Box>
      <Group
        component="nav"
        aria-label="Call controls"
        justify="center"
        gap="md"
        p="md"
        bg="dark.7"
        style={{ gridArea: 'controls' }}
      >
        <CameraToggle media={media} state={state} />
        <MicToggle media={media} state={state} />
        <Tooltip label="Settings">
          <ActionIcon size="xl" radius="xl" variant="default" aria-label="Settings" onClick={settings.open}>
            <IconSettings aria-hidden />
          </ActionIcon>
        </Tooltip>
        <BackgroundsMenu media={media} state={state} />
        <Tooltip label="Technical support">
          <ActionIcon
            size="xl"
            radius="xl"
            variant="default"
            aria-label="Technical support"
            onClick={support.open}
          >
            <IconLifebuoy aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Button
          color="red"
          radius="xl"
          size="md"
          leftSection={<IconDoorExit size={18} aria-hidden />}
          onClick={onLeave}
        >
          Leave
        </Button>
      </Group>
      <Paper radius={0} withBorder style={{ gridArea: 'panel', minHeight: 0 }}>
        <SidePanel chatId={room.chat.id} people={people} />
      </Paper>
      <SettingsDialog opened={settingsOpened} onClose={settings.close} media={media} state={state} />
      <SupportChatDrawer
        opened={supportOpened}
        onClose={support.close}
        eventId={room.chat.eventId}
        chatId={room.chat.id}
      />
    </Box>
  );
}
