import { Button, Modal, Stack } from '@mantine/core';
import { useT } from '../../../i18n/i18n';
import { DeviceFields } from '../media/DeviceFields';
import type { LocalMedia, LocalMediaState } from '../media/localMedia';
import { MicLevelMeter } from '../MicLevelMeter';

/** Switching devices mid-call: the new camera or microphone replaces the sent track, nobody has to reconnect. */
export function SettingsDialog({
  opened,
  onClose,
  media,
  state,
}: {
  opened: boolean;
  onClose: () => void;
  media: LocalMedia;
  state: LocalMediaState;
}) {
  const { t } = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('room.call.settings')} centered>
      <Stack>
        <DeviceFields media={media} state={state} />
        <MicLevelMeter track={opened ? state.microphone : null} />
        <Button onClick={onClose} style={{ alignSelf: 'flex-end' }}>
          {t('room.settings.done')}
        </Button>
      </Stack>
    </Modal>
  );
}
