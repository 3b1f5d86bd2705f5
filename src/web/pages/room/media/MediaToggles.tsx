import { ActionIcon, Tooltip } from '@mantine/core';
import { IconMicrophone, IconMicrophoneOff, IconVideo, IconVideoOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../../../i18n/i18n';
import type { LocalMedia, LocalMediaState } from './localMedia';

interface ToggleProps {
  media: LocalMedia;
  state: LocalMediaState;
  size?: 'lg' | 'xl';
}

/** Named by what a press does (`Turn off camera`), and red while the device is off. */
function MediaToggle(props: {
  on: boolean;
  labels: { on: MessageKey; off: MessageKey };
  icons: { on: ReactNode; off: ReactNode };
  onToggle: () => void;
  disabled: boolean;
  size: 'lg' | 'xl';
}) {
  const { t } = useT();
  const label = t(props.on ? props.labels.on : props.labels.off);
  return (
    <Tooltip label={label}>
      <ActionIcon
        size={props.size}
        radius="xl"
        variant={props.on ? 'default' : 'filled'}
        color={props.on ? undefined : 'red'}
        aria-label={label}
        onClick={props.onToggle}
        disabled={props.disabled}
      >
        {props.on ? props.icons.on : props.icons.off}
      </ActionIcon>
    </Tooltip>
  );
}

export function CameraToggle({ media, state, size = 'xl' }: ToggleProps) {
  return (
    <MediaToggle
      on={state.cameraOn}
      labels={{ on: 'room.media.turnOffCamera', off: 'room.media.turnOnCamera' }}
      icons={{ on: <IconVideo aria-hidden />, off: <IconVideoOff aria-hidden /> }}
      onToggle={() => media.setCameraOn(!state.cameraOn)}
      disabled={!state.ready}
      size={size}
    />
  );
}

export function MicToggle({ media, state, size = 'xl' }: ToggleProps) {
  return (
    <MediaToggle
      on={state.micOn}
      labels={{ on: 'room.media.mute', off: 'room.media.unmute' }}
      icons={{ on: <IconMicrophone aria-hidden />, off: <IconMicrophoneOff aria-hidden /> }}
      onToggle={() => media.setMicOn(!state.micOn)}
      disabled={!state.ready || !state.microphone}
      size={size}
    />
  );
}
