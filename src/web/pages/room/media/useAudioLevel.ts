import { useEffect, useState } from 'react';

const SAMPLE_EVERY_MS = 100;
/** Levels from −60 dBFS (silence, for the meter) to 0 dBFS (the loudest) fill the bar. */
const FLOOR_DB = -60;

/**
 * A voice's loudness from 0 to 100 (one's microphone, or the sound of someone in the room), sampled ten times a
 * second with the Web Audio API; `waiting` while the browser holds audio back until the person clicks or types.
 */
export function useAudioLevel(track: MediaStreamTrack | null): { level: number; waiting: boolean } {
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

/** Loud enough to count as speaking: about −40 dBFS, above a quiet room's hum. */
const SPEAKING_LEVEL = 33;
/** Speech has short pauses; the outline stays through them instead of flickering. */
const SPEAKING_HOLD_MS = 600;

/** Whether someone is speaking on `track` now, for outlining their tile. */
export function useSpeaking(track: MediaStreamTrack | null): boolean {
  const loud = useAudioLevel(track).level >= SPEAKING_LEVEL;
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (loud) {
      setSpeaking(true);
      return;
    }
    const timer = setTimeout(() => setSpeaking(false), SPEAKING_HOLD_MS);
    return () => clearTimeout(timer);
  }, [loud]);
  return speaking;
}
