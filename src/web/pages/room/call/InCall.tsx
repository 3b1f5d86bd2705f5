import { ActionIcon, Alert, Badge, Box, Button, Group, Paper, Tooltip } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconDoorExit, IconLifebuoy, IconSettings } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import type { RoomInfo } from '../../../../shared/schemas/rooms.schemas';
import { useUser } from '../../../app/session';
import { useNarrowScreen } from '../../../components/useNarrowScreen';
import { type MessageKey, useT } from '../../../i18n/i18n';
import { SupportChatDrawer } from '../../../support/SupportChatDrawer';
import { backgroundNoticeMessages, type LocalMedia, type LocalMediaState } from '../media/localMedia';
import { CameraToggle, MicToggle } from '../media/MediaToggles';
import { RoomHeading } from '../RoomHeading';
import { RoomRefused } from '../RoomRefused';
import { VideoTile } from '../VideoTile';
import { BackgroundsMenu } from './BackgroundsMenu';
import { CallStage } from './CallStage';
import type { PersonInRoom } from './PeopleList';
import { SettingsDialog } from './SettingsDialog';
import { SidePanel } from './SidePanel';
import { useRoomMesh } from './useRoomMesh';

const connectionStatus: Partial<Record<RTCPeerConnectionState, MessageKey>> = {
  new: 'room.call.connecting',
  connecting: 'room.call.connecting',
  disconnected: 'room.call.restoring',
  failed: 'room.call.restoring',
};

/** How much of the side panel (its tabs) shows below the call on a narrower screen. */
const PANEL_PEEK = 44;
const STACKED_PANEL_HEIGHT = 480;

/** Where the heading, the stage, the controls and the side panel (`Chat`, `People`, a recruiter's `Notes`) go. */
const callLayouts = {
  /** A wide screen: the panel on the right of the call. */
  wide: {
    columns: 'minmax(0, 1fr) 360px',
    rows: 'auto minmax(0, 1fr) auto',
    areas: '"header panel" "stage panel" "controls panel"',
    height: '100dvh',
  },
  /** A phone on its side: the stage takes the whole height beside the heading and the panel. */
  sideways: {
    columns: 'minmax(0, 1fr) minmax(240px, 36%)',
    rows: 'auto minmax(0, 1fr) auto',
    areas: '"stage header" "stage panel" "controls panel"',
    height: '100dvh',
  },
  /** Upright or narrow: the call fills the screen but for a strip where the panel's tabs show; the panel follows. */
  stacked: {
    columns: 'minmax(0, 1fr)',
    rows: `auto minmax(0, 1fr) auto ${PANEL_PEEK}px ${STACKED_PANEL_HEIGHT - PANEL_PEEK}px`,
    areas: '"header" "stage" "controls" "panel" "panel"',
    height: `calc(100dvh + ${STACKED_PANEL_HEIGHT - PANEL_PEEK}px)`,
  },
} as const;

const phaseStatus: Record<'joining' | 'reconnecting', MessageKey> = {
  joining: 'room.call.joining',
  reconnecting: 'room.call.reconnecting',
};

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
  const { t } = useT();
  const user = useUser();
  const mesh = useRoomMesh(room.chat.id, room.iceServers, media);
  const [settingsOpened, settings] = useDisclosure(false);
  const [supportOpened, support] = useDisclosure(false);
  const wide = useMediaQuery('(min-width: 62em)', true);
  const narrow = useNarrowScreen();
  // A phone on its side: too short for the heading, the stage and the controls one above the other.
  const short = useMediaQuery('(max-height: 31.25em) and (orientation: landscape)', false, {
    getInitialValueInEffect: false,
  });
  const compact = narrow || short;
  const layout = short ? callLayouts.sideways : wide ? callLayouts.wide : callLayouts.stacked;
  const ownVideo = useMemo(
    () => (state.outgoingVideo ? new MediaStream([state.outgoingVideo]) : null),
    [state.outgoingVideo],
  );

  const ended = mesh.refusal?.code === 'rooms.ended';
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);
  if (mesh.refusal && !ended) return <RoomRefused refusal={mesh.refusal} />;

  const peerStatus = (connection: RTCPeerConnectionState) => {
    const key = connectionStatus[connection];
    return key ? t(key) : null;
  };
  const people: PersonInRoom[] = [
    {
      key: 'self',
      name: t('room.you', { name: user.name }),
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
  const status =
    mesh.phase === 'joining' || mesh.phase === 'reconnecting' ? t(phaseStatus[mesh.phase]) : null;

  const stage = (
    <Box
      component="main"
      bg="dark.8"
      p={compact ? 'xs' : 'md'}
      style={{
        gridArea: 'stage',
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        overflow: 'hidden',
      }}
    >
      {state.backgroundNotice && (
        <Alert
          role="alert"
          color="yellow"
          title={t('room.call.backgroundOff')}
          withCloseButton
          closeButtonLabel={t('room.call.dismiss')}
          onClose={() => media.dismissBackgroundNotice()}
          mb="md"
        >
          {t(backgroundNoticeMessages[state.backgroundNotice])}
        </Alert>
      )}
      {mesh.phase === 'joined' && mesh.peers.length === 0 && (
        <Alert color="indigo" variant="light" mb="md">
          {t('room.call.nobodyElse')}
        </Alert>
      )}
      <CallStage
        compact={compact}
        others={mesh.peers.map((peer) => (
          <VideoTile
            key={peer.peerId}
            fill
            name={peer.name}
            company={peer.companyName}
            stream={peer.stream}
            voice={peer.stream.getAudioTracks()[0] ?? null}
            videoOn={peer.video}
            micOn={peer.audio}
            speakerId={state.speakerId}
            status={peerStatus(peer.connection)}
          />
        ))}
        own={
          <VideoTile
            key="self"
            fill
            small={compact && mesh.peers.length > 0}
            name={user.name}
            company={user.company?.name ?? null}
            self
            stream={ownVideo}
            voice={state.micOn ? state.microphone : null}
            videoOn={ownVideo !== null}
            micOn={state.micOn}
          />
        }
      />
    </Box>
  );
  const controls = (
    <Group
      component="nav"
      aria-label={t('room.call.controls')}
      justify="center"
      gap={compact ? 'xs' : 'md'}
      p={compact ? 'xs' : 'md'}
      bg="dark.7"
      style={{ gridArea: 'controls' }}
    >
      <CameraToggle media={media} state={state} />
      <MicToggle media={media} state={state} />
      <Tooltip label={t('room.call.settings')}>
        <ActionIcon
          size="xl"
          radius="xl"
          variant="default"
          aria-label={t('room.call.settings')}
          onClick={settings.open}
        >
          <IconSettings aria-hidden />
        </ActionIcon>
      </Tooltip>
      <BackgroundsMenu media={media} state={state} />
      <Tooltip label={t('support.title')}>
        <ActionIcon
          size="xl"
          radius="xl"
          variant="default"
          aria-label={t('support.title')}
          onClick={support.open}
        >
          <IconLifebuoy aria-hidden />
        </ActionIcon>
      </Tooltip>
      {compact ? (
        <Tooltip label={t('room.call.leave')}>
          <ActionIcon size="xl" radius="xl" color="red" aria-label={t('room.call.leave')} onClick={onLeave}>
            <IconDoorExit aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : (
        <Button
          color="red"
          radius="xl"
          size="md"
          leftSection={<IconDoorExit size={18} aria-hidden />}
          onClick={onLeave}
        >
          {t('room.call.leave')}
        </Button>
      )}
    </Group>
  );
  const header = (
    <Group component="header" justify="space-between" p="sm" style={{ gridArea: 'header' }} wrap="nowrap">
      <RoomHeading chat={room.chat} />
      {status && (
        <Badge role="status" color="orange" size="lg" variant="light" style={{ flexShrink: 0 }}>
          {status}
        </Badge>
      )}
    </Group>
  );

  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: layout.columns,
        gridTemplateRows: layout.rows,
        gridTemplateAreas: layout.areas,
        height: layout.height,
      }}
    >
      {header}
      {stage}
      {controls}
      <Paper radius={0} withBorder style={{ gridArea: 'panel', minHeight: 0 }}>
        <SidePanel chat={room.chat} people={people} />
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
