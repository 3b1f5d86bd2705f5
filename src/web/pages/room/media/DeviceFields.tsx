import { Select, Stack } from '@mantine/core';
import { useT } from '../../../i18n/i18n';
import type { LocalMedia, LocalMediaState } from './localMedia';

/** Whether this browser lets a page choose where sound plays (Chromium does; Firefox and Safari mostly not). */
export const canChooseSpeaker =
  typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/** Camera, microphone and (where the browser allows) speaker choice: before joining and in Settings. */
export function DeviceFields({ media, state }: { media: LocalMedia; state: LocalMediaState }) {
  const { t } = useT();
  const toData = (devices: LocalMediaState['cameras']) =>
    devices.map((d) => ({ value: d.id, label: d.label }));
  return (
    <Stack gap="sm">
      <Select
        label={t('room.devices.camera')}
        data={toData(state.cameras)}
        value={state.cameraId}
        onChange={(id) => id && media.selectCamera(id)}
        placeholder={t(state.cameras.length ? 'room.devices.chooseCamera' : 'room.devices.noCamera')}
        disabled={!state.cameras.length}
        allowDeselect={false}
      />
      <Select
        label={t('room.devices.microphone')}
        data={toData(state.microphones)}
        value={state.microphoneId}
        onChange={(id) => id && media.selectMicrophone(id)}
        placeholder={t(
          state.microphones.length ? 'room.devices.chooseMicrophone' : 'room.devices.noMicrophone',
        )}
        disabled={!state.microphones.length}
        allowDeselect={false}
      />
      {canChooseSpeaker && state.speakers.length > 0 && (
        <Select
          label={t('room.devices.speaker')}
          data={[{ value: '', label: t('room.devices.systemDefault') }, ...toData(state.speakers)]}
          value={state.speakerId}
          onChange={(id) => media.selectSpeaker(id ?? '')}
          allowDeselect={false}
        />
      )}
    </Stack>
  );
}
