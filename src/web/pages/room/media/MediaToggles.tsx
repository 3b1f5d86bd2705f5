import { ActionIcon, Tooltip } from '@mantine/core';
import { IconMicrophone, IconMicrophoneOff, IconVideo, IconVideoOff } from '@tabler/icons-react';
import type { LocalMedia, LocalMediaState } from './localMedia';

interface ToggleProps {
  media: LocalMedia;
  state: LocalMediaState;
  size?: 'lg' | 'xl';
}

/** Named by what a press does (`Turn off camera`), and red while the camera is off. */
export function CameraToggle({ media, state, size = 'xl' }: ToggleProps) {
  const label = state.cameraOn ? 'Turn off camera' : 'Turn on camera';
  return (
    <Tooltip label={label}>
      <ActionIcon
        size={size}
        radius="xl"
        variant={state.cameraOn ? 'default' : 'filled'}
        color={state.cameraOn ? undefined : 'red'}
        aria-label={label}
        onClick={() => media.setCameraOn(!state.cameraOn)}
        disabled={!state.ready}
      >
        {state.cameraOn ? <IconVideo aria-hidden /> : <IconVideoOff aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}

export function MicToggle({ media, state, size = 'xl' }: ToggleProps) {
  const label = state.micOn ? 'Mute microphone' : 'Unmute microphone';
  return (
    <Tooltip label={label}>
      <ActionIcon
        size={size}
        radius="xl"
        variant={state.micOn ? 'default' : 'filled'}
        color={state.micOn ? undefined : 'red'}
        aria-label={label}
        onClick={() => media.setMicOn(!state.micOn)}
        disabled={!state.ready || !state.microphone}
      >
        {state.micOn ? <IconMicrophone aria-hidden /> : <IconMicrophoneOff aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
