import { useEffect, useState, useSyncExternalStore } from 'react';
import { LocalMedia, type LocalMediaState } from './localMedia';
import { loadDevicePreferences, saveDevicePreferences } from './preferences';

/**
 * The person's camera and microphone while the room page is open, released when it closes. The devices chosen are
 * remembered in this browser for the next room.
 */
export function useLocalMedia(initial: { cameraOn: boolean; micOn: boolean }): {
  media: LocalMedia;
  state: LocalMediaState;
} {
  const [media] = useState(() => new LocalMedia({ ...loadDevicePreferences(), ...initial }));
  useEffect(() => {
    media.start();
    return () => media.stop();
  }, [media]);
  const state = useSyncExternalStore(media.subscribe, media.getSnapshot);
  const { ready, cameraId, microphoneId, speakerId } = state;
  useEffect(() => {
    if (ready) saveDevicePreferences({ cameraId, microphoneId, speakerId });
  }, [ready, cameraId, microphoneId, speakerId]);
  return { media, state };
}
