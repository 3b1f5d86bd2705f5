import { Avatar, Box, Button, Group, Loader, Text } from '@mantine/core';
import { IconMicrophone, IconMicrophoneOff } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { canChooseSpeaker } from './media/DeviceFields';
import { useSpeaking } from './media/useAudioLevel';

export interface VideoTileProps {
  name: string;
  company: string | null;
  /** The person's own tile: mirrored like a mirror, and silent (nobody wants to hear themselves). */
  self?: boolean;
  stream: MediaStream | null;
  videoOn: boolean;
  micOn: boolean;
  /** Where remote sound plays (`''`: the system's default). */
  speakerId?: string;
  /** A remote connection still being set up, or lost and being restored. */
  status?: string | null;
  /** The person's voice: while they speak, the tile is outlined. */
  voice?: MediaStreamTrack | null;
  /** Fill the box it is placed in (the call's stage) rather than keep the camera's 4:3 shape. */
  fill?: boolean;
  /** A small picture (one's own view over the others' on a phone): smaller initials. */
  small?: boolean;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** One person in the room: their video (or initials while their camera is off), name, company and microphone. */
export function VideoTile({
  name,
  company,
  self = false,
  stream,
  videoOn,
  micOn,
  speakerId = '',
  status,
  voice = null,
  fill = false,
  small = false,
}: VideoTileProps) {
  const { t } = useT();
  const speaking = useSpeaking(voice);
  const video = useRef<HTMLVideoElement>(null);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const play = useCallback(() => {
    // After a reload nobody has clicked the page yet, and browsers may refuse to play sound until someone does.
    video.current
      ?.play()
      .then(() => setSoundBlocked(false))
      .catch((error: unknown) =>
        setSoundBlocked(error instanceof DOMException && error.name === 'NotAllowedError'),
      );
  }, []);
  useEffect(() => {
    if (!video.current || video.current.srcObject === stream) return;
    video.current.srcObject = stream;
    if (stream) play();
  }, [stream, play]);
  useEffect(() => {
    if (!self && canChooseSpeaker && video.current)
      void video.current.setSinkId(speakerId).catch(() => undefined);
  }, [self, speakerId]);
  const label = self ? t('room.you', { name }) : name;
  return (
    <Box
      role="group"
      aria-label={label}
      pos="relative"
      bg="dark.6"
      data-speaking={speaking || undefined}
      style={{
        ...(fill ? { width: '100%', height: '100%' } : { aspectRatio: '4 / 3' }),
        borderRadius: 12,
        overflow: 'hidden',
        // Inside the tile, so neighbours and the stage's edge never cut it off.
        outline: speaking ? '3px solid var(--mantine-color-teal-4)' : 'none',
        outlineOffset: -3,
      }}
    >
      {/* The element stays while the camera is off: it also plays the person's voice. */}
      <video
        ref={video}
        autoPlay
        playsInline
        muted={self}
        style={{
          width: '100%',
          height: '100%',
          objectFit: 'cover',
          transform: self ? 'scaleX(-1)' : undefined,
          visibility: videoOn ? 'visible' : 'hidden',
        }}
      />
      {!videoOn && (
        <Avatar
          size={small ? 48 : 96}
          radius={999}
          color="indigo"
          variant="filled"
          pos="absolute"
          top="50%"
          left="50%"
          style={{ transform: 'translate(-50%, -50%)' }}
          role="img"
          aria-label={t('room.media.cameraOff')}
        >
          {initials(name)}
        </Avatar>
      )}
      {soundBlocked && (
        <Button
          pos="absolute"
          top="50%"
          left="50%"
          style={{ transform: 'translate(-50%, -50%)' }}
          onClick={play}
        >
          {t('room.tile.playSound', { name })}
        </Button>
      )}
      {status && (
        <Group
          gap="xs"
          pos="absolute"
          top={8}
          px="xs"
          bg="rgba(0,0,0,0.6)"
          style={{ borderRadius: 6, insetInlineStart: 8 }}
        >
          <Loader size="xs" color="white" aria-hidden />
          <Text size="xs" c="white">
            {status}
          </Text>
        </Group>
      )}
      <Group
        gap={6}
        wrap="nowrap"
        pos="absolute"
        bottom={8}
        px="xs"
        py={2}
        bg="rgba(0,0,0,0.6)"
        style={{ borderRadius: 6, insetInlineStart: 8, maxWidth: 'calc(100% - 16px)' }}
      >
        {micOn ? (
          <IconMicrophone size={16} color="white" role="img" aria-label={t('room.media.microphoneOn')} />
        ) : (
          <IconMicrophoneOff
            size={16}
            color="var(--mantine-color-red-4)"
            role="img"
            aria-label={t('room.media.microphoneOff')}
          />
        )}
        <Text size="sm" c="white" fw={600} truncate>
          {label}
        </Text>
        {company && (
          <Text size="xs" c="gray.3" truncate>
            {company}
          </Text>
        )}
      </Group>
    </Box>
  );
}
