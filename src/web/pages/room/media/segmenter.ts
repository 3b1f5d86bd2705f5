import type { Results, SelfieSegmentation } from '@mediapipe/selfie_segmentation';

/**
 * The person/background segmentation model of `@mediapipe/selfie_segmentation`, served by our own server under
 * `/mediapipe/` (copied there from node_modules by vite.config.ts): nothing is fetched from elsewhere.
 *
 * The package is not an ES module: its script defines `window.SelfieSegmentation`. The model's results are GPU
 * canvases valid only inside the results callback, so callers draw from them there.
 */
const ASSETS = '/mediapipe/';

declare global {
  interface Window {
    SelfieSegmentation?: typeof SelfieSegmentation;
  }
}

export interface Segmenter {
  /** Segments one frame; `draw` is called with the results before the promise settles. */
  segment(image: HTMLVideoElement, draw: (results: Results) => void): Promise<void>;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

async function createSegmenter(): Promise<Segmenter> {
  await loadScript(`${ASSETS}selfie_segmentation.js`);
  const Model = window.SelfieSegmentation;
  if (!Model) throw new Error('The segmentation script did not define SelfieSegmentation.');
  const model = new Model({ locateFile: (file) => `${ASSETS}${file}` });
  // The landscape model is the lighter of the two, made for video calls.
  model.setOptions({ modelSelection: 1 });
  let draw: ((results: Results) => void) | undefined;
  model.onResults((results) => draw?.(results));
  await model.initialize();
  // One frame at a time: the model has a single results callback.
  let queue = Promise.resolve();
  return {
    segment(image, drawResults) {
      const run = queue.then(async () => {
        draw = drawResults;
        try {
          await model.send({ image });
        } finally {
          draw = undefined;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

let shared: Promise<Segmenter> | undefined;

/**
 * The page's one model instance, loaded on first use and kept: MediaPipe's solutions share global state, and a
 * second instance after closing the first is not reliable.
 */
export function loadSegmenter(): Promise<Segmenter> {
  shared ??= createSegmenter().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
