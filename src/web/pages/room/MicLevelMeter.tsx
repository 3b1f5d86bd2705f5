import { Box, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import { useAudioLevel } from './media/useAudioLevel';

/** A bar that moves with the voice, so a person sees their microphone works before anyone hears it. */
export function MicLevelMeter({ track }: { track: MediaStreamTrack | null }) {
  const { t } = useT();
  const { level, waiting } = useAudioLevel(track);
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('room.micLevel.label')}
      </Text>
      <Box
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={level}
        h={10}
        bg="gray.3"
        style={{ borderRadius: 5, overflow: 'hidden' }}
      >
        <Box
          h="100%"
          w={`${level}%`}
          bg={level > 85 ? 'orange.6' : 'teal.6'}
          style={{ transition: 'width 90ms linear' }}
        />
      </Box>
      {/* Browsers start audio only after a click or key press on the page: the first one wakes the meter. */}
      {waiting && (
        <Text size="xs" c="dimmed">
          {t('room.micLevel.wake')}
        </Text>
      )}
    </Stack>
  );
}
