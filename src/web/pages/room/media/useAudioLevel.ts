import { useEffect, useRef, useState } from 'react';

const SAMPLE_EVERY_MS = 100;
/** Levels from −60 dBFS (silence, for the meter) to 0 dBFS (the loudest) fill the bar. */
const FLOOR_DB = -60;

/**
 * One audio context for the page: each context runs an audio thread of its own, and a call measures every tile's
 * voice at once.
 */
let sharedContext: AudioContext | null = null;
function audioContext(): AudioContext {
  if (!sharedContext || sharedContext.state === 'closed') sharedContext = new AudioContext();
  return sharedContext;
}

/**
 * Hands `onLevel` a voice's loudness from 0 to 100 (one's microphone, or the sound of someone in the room), sampled
 * ten times a second with the Web Audio API. Returns whether the browser holds audio back until the person clicks
 * or types on the page.
 */
function useLevelSamples(track: MediaStreamTrack | null, onLevel: (level: number) => void): boolean {
  const [waiting, setWaiting] = useState(false);
  const listener = useRef(onLevel);
  listener.current = onLevel;
  useEffect(() => {
    listener.current(0);
    setWaiting(false);
    if (!track || typeof AudioContext === 'undefined') return;
    const context = audioContext();
    const showState = () => setWaiting(context.state === 'suspended');
    context.addEventListener('statechange', showState);
    showState();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    const source = context.createMediaStreamSource(new MediaStream([track]));
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const rms = Math.sqrt(samples.reduce((sum, sample) => sum + sample * sample, 0) / samples.length);
      const db = rms > 0 ? 20 * Math.log10(rms) : FLOOR_DB;
      listener.current(Math.round(Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB)) * 100));
    }, SAMPLE_EVERY_MS);
    const resume = () => void context.resume();
    window.addEventListener('pointerdown', resume);
    window.addEventListener('keydown', resume);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', resume);
      window.removeEventListener('keydown', resume);
      context.removeEventListener('statechange', showState);
      source.disconnect();
    };
  }, [track]);
  return waiting;
}

/** The loudness of `track` from 0 to 100 for a meter, and whether the browser still holds audio back. */
export function useAudioLevel(track: MediaStreamTrack | null): { level: number; waiting: boolean } {
  const [level, setLevel] = useState(0);
  const waiting = useLevelSamples(track, setLevel);
  return { level, waiting };
}

/** Loud enough to count as speaking: about −40 dBFS, above a quiet room's hum. */
const SPEAKING_LEVEL = 33;
/** Speech has short pauses; the outline stays through them instead of flickering. */
const SPEAKING_HOLD_MS = 600;

/** Whether someone is speaking on `track` now, for outlining their tile; renders only when that changes. */
export function useSpeaking(track: MediaStreamTrack | null): boolean {
  const [loud, setLoud] = useState(false);
  useLevelSamples(track, (level) => setLoud(level >= SPEAKING_LEVEL));
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
