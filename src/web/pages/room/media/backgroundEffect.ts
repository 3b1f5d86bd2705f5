import type { Results } from '@mediapipe/selfie_segmentation';
import { type BackgroundId, backgroundImageUrl, blurShare } from './backgrounds';
import { FrameTiming } from './frameTiming';
import { loadSegmenter } from './segmenter';

/** A frame every 40 ms at most (25 fps): the camera rarely gives more, and the model's time is the limit anyway. */
const FRAME_INTERVAL_MS = 40;

export interface BackgroundEffectEvents {
  /** The first processed frame is on the canvas: its track can replace the camera's. */
  onFirstFrame(): void;
  /** The machine cannot keep up (see FrameTiming), or the model could not run: the effect has stopped. */
  onFailure(reason: 'too_slow' | 'unavailable'): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

/** Draws `image` to fill the canvas, cropping what overflows, as CSS `object-fit: cover` does. */
function drawCover(context: CanvasRenderingContext2D, image: HTMLImageElement): void {
  const { width, height } = context.canvas;
  const scale = Math.max(width / image.naturalWidth, height / image.naturalHeight);
  const drawnWidth = image.naturalWidth * scale;
  const drawnHeight = image.naturalHeight * scale;
  context.drawImage(image, (width - drawnWidth) / 2, (height - drawnHeight) / 2, drawnWidth, drawnHeight);
}

/**
 * Replaces or blurs what is behind the person on camera: each camera frame is segmented and composed on a canvas,
 * whose captured track is what peers receive (the camera track itself stays untouched, for the preview).
 */
export class BackgroundEffect {
  readonly track: MediaStreamTrack;
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private readonly video = document.createElement('video');
  private readonly timing = new FrameTiming();
  private choice: BackgroundId;
  private image: HTMLImageElement | null = null;
  private running = true;
  private drewFirstFrame = false;

  constructor(
    camera: MediaStreamTrack,
    choice: BackgroundId,
    private readonly events: BackgroundEffectEvents,
  ) {
    this.choice = choice;
    const settings = camera.getSettings();
    this.canvas.width = settings.width ?? 640;
    this.canvas.height = settings.height ?? 480;
    this.context = this.canvas.getContext('2d')!;
    this.track = this.canvas.captureStream().getVideoTracks()[0]!;
    this.video.muted = true;
    this.video.playsInline = true;
    this.video.srcObject = new MediaStream([camera]);
    void this.video.play().catch(() => undefined);
    void this.setChoice(choice);
    void this.loop();
  }

  /** Milliseconds per frame over the last seconds, for tests and diagnostics. */
  averageFrameMs(): number | null {
    return this.timing.averageMs();
  }

  /** Switches between blur strengths and images without reloading the model. */
  async setChoice(choice: BackgroundId): Promise<void> {
    this.choice = choice;
    const url = backgroundImageUrl(choice);
    const image = url ? await loadImage(url).catch(() => null) : null;
    if (this.choice === choice) this.image = image;
  }

  stop(): void {
    this.running = false;
    this.track.stop();
    this.video.srcObject = null;
  }

  private async loop(): Promise<void> {
    let segmenter: Awaited<ReturnType<typeof loadSegmenter>>;
    try {
      segmenter = await loadSegmenter();
    } catch {
      this.fail('unavailable');
      return;
    }
    while (this.running) {
      if (this.video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
        await sleep(FRAME_INTERVAL_MS);
        continue;
      }
      const started = performance.now();
      try {
        await segmenter.segment(this.video, (results) => this.draw(results));
      } catch {
        this.fail('unavailable');
        return;
      }
      const finished = performance.now();
      this.timing.record(finished - started, finished);
      if (this.timing.tooSlow(finished)) {
        this.fail('too_slow');
        return;
      }
      await sleep(Math.max(0, FRAME_INTERVAL_MS - (finished - started)));
    }
  }

  private fail(reason: 'too_slow' | 'unavailable'): void {
    if (!this.running) return;
    this.stop();
    this.events.onFailure(reason);
  }

  private draw(results: Results): void {
    if (!this.running) return;
    const { context, canvas } = this;
    const { width, height } = canvas;
    context.save();
    context.clearRect(0, 0, width, height);
    // The person: the mask (softened at its edge), then the camera image kept only where the mask is.
    context.filter = 'blur(2px)';
    context.drawImage(results.segmentationMask, 0, 0, width, height);
    context.filter = 'none';
    context.globalCompositeOperation = 'source-in';
    context.drawImage(results.image, 0, 0, width, height);
    // Behind the person: the chosen image, or the camera image blurred.
    context.globalCompositeOperation = 'destination-over';
    const share = blurShare(this.choice);
    if (this.image) drawCover(context, this.image);
    else if (share !== null) {
      context.filter = `blur(${Math.round(width * share)}px)`;
      context.drawImage(results.image, 0, 0, width, height);
    } else context.drawImage(results.image, 0, 0, width, height);
    context.restore();
    if (!this.drewFirstFrame) {
      this.drewFirstFrame = true;
      this.events.onFirstFrame();
    }
  }
}
