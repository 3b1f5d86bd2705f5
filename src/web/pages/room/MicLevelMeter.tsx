import { Box, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';

const SAMPLE_EVERY_MS = 100;
/** Levels from −60 dBFS (silence, for the meter) to 0 dBFS (the loudest) fill the bar. */
const FLOOR_DB = -60;

/**
 * The microphone's loudness from 0 to 100, sampled ten times a second with the Web Audio API; `waiting` while the
 * browser holds audio back until the person clicks or types on the page.
 */
function useMicLevel(track: MediaStreamTrack | null): { level: number; waiting: boolean } {
  const [level, setLevel] = useState(0);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    setLevel(0);
    setWaiting(false);
    if (!track || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const showState = () => setWaiting(context.state === 'suspended');
    context.addEventListener('statechange', showState);
    showState();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const rms = Math.sqrt(samples.reduce((sum, sample) => sum + sample * sample, 0) / samples.length);
      const db = rms > 0 ? 20 * Math.log10(rms) : FLOOR_DB;
      setLevel(Math.round(Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB)) * 100));
    }, SAMPLE_EVERY_MS);
    const resume = () => void context.resume();
    window.addEventListener('pointerdown', resume);
    window.addEventListener('keydown', resume);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', resume);
      window.removeEventListener('keydown', resume);
      void context.close();
    };
  }, [track]);
  return { level, waiting };
}

/** A bar that moves with the voice, so a person sees their microphone works before anyone hears it. */
export function MicLevelMeter({ track }: { track: MediaStreamTrack | null }) {
  const { level, waiting } = useMicLevel(track);
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        Microphone level
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
          Click anywhere on the page to see your microphone's level.
        </Text>
      )}
    </Stack>
  );
}
