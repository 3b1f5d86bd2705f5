import { Select, Stack } from '@mantine/core';
import type { LocalMedia, LocalMediaState } from './localMedia';

/** Whether this browser lets a page choose where sound plays (Chromium does; Firefox and Safari mostly not). */
export const canChooseSpeaker =
  typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/** Camera, microphone and (where the browser allows) speaker choice: before joining and in Settings. */
export function DeviceFields({ media, state }: { media: LocalMedia; state: LocalMediaState }) {
  const toData = (devices: LocalMediaState['cameras']) =>
    devices.map((d) => ({ value: d.id, label: d.label }));
  return (
    <Stack gap="sm">
      <Select
        label="Camera"
        data={toData(state.cameras)}
        value={state.cameraId}
        onChange={(id) => id && media.selectCamera(id)}
        placeholder={state.cameras.length ? 'Choose a camera' : 'No camera found'}
        disabled={!state.cameras.length}
        allowDeselect={false}
      />
      <Select
        label="Microphone"
        data={toData(state.microphones)}
        value={state.microphoneId}
        onChange={(id) => id && media.selectMicrophone(id)}
        placeholder={state.microphones.length ? 'Choose a microphone' : 'No microphone found'}
        disabled={!state.microphones.length}
        allowDeselect={false}
      />
      {canChooseSpeaker && state.speakers.length > 0 && (
        <Select
          label="Speaker"
          data={[{ value: '', label: 'System default' }, ...toData(state.speakers)]}
          value={state.speakerId}
          onChange={(id) => media.selectSpeaker(id ?? '')}
          allowDeselect={false}
        />
      )}
    </Stack>
  );
}
