import { type MessageKey, t } from '../../../i18n/i18n';
import { BackgroundEffect } from './backgroundEffect';
import type { BackgroundId } from './backgrounds';

interface DeviceOption {
  id: string;
  label: string;
}

export interface LocalMediaState {
  /** The first attempt to open the camera and microphone is over (whatever came of it). */
  ready: boolean;
  /** The camera as captured, for the preview and the background effect; null while the camera is off. */
  camera: MediaStreamTrack | null;
  /** The microphone; kept open while muted (the track is disabled), so unmuting is instant. */
  microphone: MediaStreamTrack | null;
  /** What the others receive: the camera, or the background effect's canvas; null while the camera is off. */
  outgoingVideo: MediaStreamTrack | null;
  cameraOn: boolean;
  micOn: boolean;
  cameraId: string | null;
  microphoneId: string | null;
  /** `''` is the system's default output. */
  speakerId: string;
  cameras: DeviceOption[];
  microphones: DeviceOption[];
  speakers: DeviceOption[];
  background: BackgroundId;
  /** Why the camera or the microphone is missing (`mediaProblemMessages` says it in words for the person). */
  cameraProblem: MediaProblem | null;
  microphoneProblem: MediaProblem | null;
  /** Why a background effect turned itself off (`backgroundNoticeMessages`). */
  backgroundNotice: BackgroundFailure | null;
}

/** Why getUserMedia failed: the page is not secure, the browser was not allowed, no device, in use, other. */
type MediaProblem = 'insecure' | 'not_allowed' | 'not_found' | 'in_use' | 'failed';
type BackgroundFailure = 'too_slow' | 'failed';

export const mediaProblemMessages: Record<
  'cameraProblem' | 'microphoneProblem',
  Record<MediaProblem, MessageKey>
> = {
  cameraProblem: {
    insecure: 'room.problem.camera.insecure',
    not_allowed: 'room.problem.camera.notAllowed',
    not_found: 'room.problem.camera.notFound',
    in_use: 'room.problem.camera.inUse',
    failed: 'room.problem.camera.failed',
  },
  microphoneProblem: {
    insecure: 'room.problem.microphone.insecure',
    not_allowed: 'room.problem.microphone.notAllowed',
    not_found: 'room.problem.microphone.notFound',
    in_use: 'room.problem.microphone.inUse',
    failed: 'room.problem.microphone.failed',
  },
};

export const backgroundNoticeMessages: Record<BackgroundFailure, MessageKey> = {
  too_slow: 'room.backgrounds.tooSlow',
  failed: 'room.backgrounds.failed',
};

type Kind = 'video' | 'audio';

const initialState: LocalMediaState = {
  ready: false,
  camera: null,
  microphone: null,
  outgoingVideo: null,
  cameraOn: true,
  micOn: true,
  cameraId: null,
  microphoneId: null,
  speakerId: '',
  cameras: [],
  microphones: [],
  speakers: [],
  background: 'none',
  cameraProblem: null,
  microphoneProblem: null,
  backgroundNotice: null,
};

const problemField = { video: 'cameraProblem', audio: 'microphoneProblem' } as const;

/** Why getUserMedia failed, for the person to read. */
function problemOf(error: unknown): MediaProblem {
  // Browsers offer cameras to secure pages only (https, or localhost).
  if (!navigator.mediaDevices) return 'insecure';
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError') return 'not_allowed';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'not_found';
  if (name === 'NotReadableError') return 'in_use';
  return 'failed';
}

/** `exact` for a device just chosen (fail if it is gone); otherwise a preference the browser may not meet. */
function constraints(kind: Kind, deviceId: string | null, exact = false): MediaTrackConstraints {
  const chosen = deviceId ? { deviceId: exact ? { exact: deviceId } : { ideal: deviceId } } : {};
  // A modest picture: in a mesh every participant sends one copy per other participant.
  return kind === 'video' ? { width: { ideal: 640 }, height: { ideal: 480 }, ...chosen } : chosen;
}

/** A device's name; before permission is given browsers tell none, and it is `Camera 1`. */
const fallbackNames: Record<'videoinput' | 'audioinput' | 'audiooutput', MessageKey> = {
  videoinput: 'room.devices.cameraNumber',
  audioinput: 'room.devices.microphoneNumber',
  audiooutput: 'room.devices.speakerNumber',
};

function options(devices: MediaDeviceInfo[], kind: MediaDeviceKind): DeviceOption[] {
  return devices
    .filter((device) => device.kind === kind && device.deviceId)
    .map((device, index) => ({
      id: device.deviceId,
      label: device.label || t(fallbackNames[kind], { number: index + 1 }),
    }));
}

/**
 * The person's own camera and microphone for a room, from the pre-join screen through the call: on/off, device
 * choice, background effect. Operations run one after another, so a quick double click or React's double effects
 * in development cannot leave a camera running. Subscribe with `useSyncExternalStore`.
 */
export class LocalMedia {
  private state: LocalMediaState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private effect: BackgroundEffect | null = null;
  private active = false;

  /** `initial`: devices and on/off states remembered from an earlier visit. */
  constructor(
    initial: Partial<
      Pick<LocalMediaState, 'cameraOn' | 'micOn' | 'cameraId' | 'microphoneId' | 'speakerId'>
    > = {},
  ) {
    this.state = { ...initialState, ...initial };
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getSnapshot = () => this.state;

  /** Opens the camera and microphone (one permission prompt for both) and lists the devices. */
  start(): void {
    this.active = true;
    this.run(async () => {
      if (!this.active) return;
      navigator.mediaDevices?.addEventListener('devicechange', this.refreshDevices);
      let camera: MediaStreamTrack | null = null;
      let microphone: MediaStreamTrack | null = null;
      try {
        const stream = await navigator.mediaDevices.getUserMedia({
          video: this.state.cameraOn ? constraints('video', this.state.cameraId) : false,
          audio: constraints('audio', this.state.microphoneId),
        });
        camera = stream.getVideoTracks()[0] ?? null;
        microphone = stream.getAudioTracks()[0] ?? null;
      } catch {
        // One of the two may still work on its own: ask for each, to say which one failed.
        if (this.state.cameraOn) camera = await this.open('video', this.state.cameraId);
        microphone = await this.open('audio', this.state.microphoneId);
      }
      if (!this.active) {
        camera?.stop();
        microphone?.stop();
        return;
      }
      if (microphone) microphone.enabled = this.state.micOn;
      // The device lists first: the page is laid out once, not shifted under a pointer about to click `Join now`.
      await this.refreshDevices();
      this.update({
        ready: true,
        camera,
        microphone,
        outgoingVideo: camera,
        cameraOn: this.state.cameraOn && camera !== null,
        micOn: this.state.micOn && microphone !== null,
        cameraId: camera?.getSettings().deviceId ?? this.state.cameraId,
        microphoneId: microphone?.getSettings().deviceId ?? this.state.microphoneId,
      });
      this.applyBackground();
    });
  }

  /** Releases everything: the camera light goes off. */
  stop(): void {
    this.active = false;
    this.run(async () => {
      navigator.mediaDevices?.removeEventListener('devicechange', this.refreshDevices);
      this.stopEffect();
      this.state.camera?.stop();
      this.state.microphone?.stop();
      this.update({ camera: null, microphone: null, outgoingVideo: null, ready: false });
    });
  }

  /** Off closes the camera (its light goes off) and sends no video; on opens it again. */
  setCameraOn(on: boolean): void {
    this.run(async () => {
      if (!on) {
        this.stopEffect();
        this.state.camera?.stop();
        this.update({ cameraOn: false, camera: null, outgoingVideo: null });
        return;
      }
      if (this.state.camera) return;
      const camera = await this.open('video', this.state.cameraId);
      if (!this.active) {
        camera?.stop();
        return;
      }
      this.update({ cameraOn: camera !== null, camera, outgoingVideo: camera });
      this.applyBackground();
    });
  }

  /** Muting disables the track: it sends silence, and unmuting needs no new permission. */
  setMicOn(on: boolean): void {
    this.run(async () => {
      const { microphone } = this.state;
      if (!microphone) return;
      microphone.enabled = on;
      this.update({ micOn: on });
    });
  }

  selectCamera(deviceId: string): void {
    this.run(async () => {
      if (deviceId === this.state.cameraId) return;
      if (!this.state.cameraOn) {
        this.update({ cameraId: deviceId });
        return;
      }
      const camera = await this.open('video', deviceId, true);
      if (!camera || !this.active) {
        camera?.stop();
        return;
      }
      const previous = this.state.camera;
      this.stopEffect();
      this.update({ camera, outgoingVideo: camera, cameraId: deviceId });
      previous?.stop();
      this.applyBackground();
    });
  }

  selectMicrophone(deviceId: string): void {
    this.run(async () => {
      if (deviceId === this.state.microphoneId) return;
      const microphone = await this.open('audio', deviceId, true);
      if (!microphone || !this.active) {
        microphone?.stop();
        return;
      }
      microphone.enabled = this.state.micOn;
      const previous = this.state.microphone;
      this.update({ microphone, microphoneId: deviceId });
      previous?.stop();
    });
  }

  selectSpeaker(deviceId: string): void {
    this.update({ speakerId: deviceId });
  }

  setBackground(background: BackgroundId): void {
    this.run(async () => {
      this.update({ background, backgroundNotice: null });
      this.applyBackground();
    });
  }

  dismissBackgroundNotice(): void {
    this.update({ backgroundNotice: null });
  }

  /** The background effect's milliseconds per frame, or null when none runs. */
  backgroundFrameMs(): number | null {
    return this.effect?.averageFrameMs() ?? null;
  }

  /**
   * Starts, retunes or stops the effect for the current camera and choice. Until the effect's first frame the
   * camera itself is sent, so video never pauses while the model loads.
   */
  private applyBackground(): void {
    const { camera, background } = this.state;
    if (!camera || background === 'none') {
      this.stopEffect();
      return;
    }
    if (this.effect) {
      void this.effect.setChoice(background);
      return;
    }
    const effect = new BackgroundEffect(camera, background, {
      onFirstFrame: () => {
        if (this.effect === effect) this.update({ outgoingVideo: effect.track });
      },
      onFailure: (reason) => {
        if (this.effect !== effect) return;
        this.effect = null;
        this.update({
          background: 'none',
          outgoingVideo: this.state.camera,
          backgroundNotice: reason === 'too_slow' ? 'too_slow' : 'failed',
        });
      },
    });
    this.effect = effect;
  }

  private stopEffect(): void {
    if (!this.effect) return;
    const effect = this.effect;
    this.effect = null;
    // The camera goes out first, so the others never receive a stopped track.
    if (this.state.outgoingVideo === effect.track) this.update({ outgoingVideo: this.state.camera });
    effect.stop();
  }

  /** Opens one device; a failure is told to the person (and a success clears the earlier failure). */
  private async open(kind: Kind, deviceId: string | null, exact = false): Promise<MediaStreamTrack | null> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        [kind]: constraints(kind, deviceId, exact),
      });
      this.update({ [problemField[kind]]: null });
      return stream.getTracks()[0] ?? null;
    } catch (error) {
      this.update({ [problemField[kind]]: problemOf(error) });
      return null;
    }
  }

  private readonly refreshDevices = async () => {
    const devices = (await navigator.mediaDevices?.enumerateDevices().catch(() => [])) ?? [];
    this.update({
      cameras: options(devices, 'videoinput'),
      microphones: options(devices, 'audioinput'),
      speakers: options(devices, 'audiooutput'),
    });
  };

  private run(operation: () => Promise<void>): void {
    this.queue = this.queue.then(operation).catch((error: unknown) => console.error(error));
  }

  private update(change: Partial<LocalMediaState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
