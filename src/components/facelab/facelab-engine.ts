/**
 * The face lab's heavy half (issue 15), in a chunk of its own that the page
 * imports only when the reader presses the start button (vp-facelab.ts):
 * @vladmandic/face-api 1.7.15 with its bundled TensorFlow.js, and the three
 * networks' weights, fetched from this site's /models/face-api/1.7.15/ with
 * a byte count for the progress bar. The service worker never precaches
 * this chunk nor the models (scripts/lib/sw-manifest.mjs isPrecached).
 *
 *   const engine = await startEngine(modelsUrl, (loaded, total) => …);
 *   engine.backend                 // 'webgl', or 'cpu' in a browser without WebGL
 *   const faces = await engine.detect(canvas);
 *   faces[0].descriptor            // Float32Array(128): the template
 *
 * The weights are fetched by this module's own `fetch` (same origin, GET,
 * no body), read as a stream to count bytes, and handed to face-api through
 * TensorFlow.js's weightsLoaderFactory, as face-api's loadFromDisk does in
 * Node. face-api then never fetches anything itself.
 */
import * as faceapi from '@vladmandic/face-api';
import { MODEL_BYTES, MODEL_FILES, type ModelNet } from '../../lib/facelab/models';

export interface EngineFace {
  score: number;
  box: { x: number; y: number; width: number; height: number };
  alignedBox: { x: number; y: number; width: number; height: number };
  landmarks: [number, number][];
  descriptor: Float32Array;
}

export interface Engine {
  backend: string;
  /** Every face of the picture, each with its landmarks and template, left to right. */
  detect(input: HTMLCanvasElement): Promise<EngineFace[]>;
}

/** The detector's settings, those of the walkthrough's data (scripts/facelab-sample.mjs). */
const DETECTOR = { inputSize: 416, scoreThreshold: 0.5 };

/** A model file that did not come: its name and the reason (HTTP status or network error). */
export class ModelLoadError extends Error {}

/** True when this browser can give a page a WebGL context. */
function hasWebgl(): boolean {
  try {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Reads a response's body while counting its bytes. */
async function readCounting(res: Response, onBytes: (n: number) => void): Promise<ArrayBuffer> {
  if (!res.body) {
    const buf = await res.arrayBuffer();
    onBytes(buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out.buffer;
}

let started: Promise<string> | null = null;

/** Picks WebGL when the browser has it, the CPU otherwise; once per page. */
function chooseBackend(): Promise<string> {
  started ??= (async () => {
    const tf = faceapi.tf as unknown as { setBackend(b: string): Promise<boolean>; ready(): Promise<void>; getBackend(): string };
    if (!(hasWebgl() && (await tf.setBackend('webgl').catch(() => false)))) await tf.setBackend('cpu');
    await tf.ready();
    return tf.getBackend();
  })();
  return started;
}

/**
 * Loads the library's backend and the three networks, reporting bytes as
 * they arrive. Rejects with ModelLoadError when a file fails; calling it
 * again starts the downloads again (the browser's cache keeps what came).
 */
export async function startEngine(modelsUrl: string, onProgress: (loaded: number, total: number) => void): Promise<Engine> {
  const backend = await chooseBackend();
  let loaded = 0;
  const tick = (n: number) => {
    loaded += n;
    onProgress(loaded, MODEL_BYTES);
  };
  const get = async (url: string): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(url, { credentials: 'same-origin' });
    } catch (e) {
      throw new ModelLoadError(`${url.split('/').pop()}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!res.ok) throw new ModelLoadError(`${url.split('/').pop()}: HTTP ${res.status}`);
    return res;
  };
  onProgress(0, MODEL_BYTES);
  const tf = faceapi.tf as unknown as { io: { weightsLoaderFactory(f: (paths: string[]) => Promise<ArrayBuffer[]>): (manifest: unknown, base: string) => Promise<unknown> } };
  const loader = tf.io.weightsLoaderFactory((paths) => Promise.all(paths.map(async (p) => readCounting(await get(p), tick))));
  const nets: ModelNet[] = ['tinyFaceDetector', 'faceLandmark68TinyNet', 'faceRecognitionNet'];
  await Promise.all(nets.map(async (net) => {
    const manifestFile = MODEL_FILES.find((f) => f.net === net && f.name.endsWith('.json'))!;
    const manifestBytes = await readCounting(await get(modelsUrl + manifestFile.name), tick);
    let manifest: unknown;
    try {
      manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
    } catch {
      throw new ModelLoadError(`${manifestFile.name}: not JSON`);
    }
    let map: unknown;
    try {
      map = await loader(manifest, modelsUrl);
    } catch (e) {
      if (e instanceof ModelLoadError) throw e;
      throw new ModelLoadError(`${net}: ${e instanceof Error ? e.message : String(e)}`);
    }
    (faceapi.nets[net] as unknown as { loadFromWeightMap(m: unknown): void }).loadFromWeightMap(map);
  }));

  const options = new faceapi.TinyFaceDetectorOptions(DETECTOR);
  return {
    backend,
    async detect(input) {
      const found = await faceapi.detectAllFaces(input, options).withFaceLandmarks(true).withFaceDescriptors();
      const box = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
      return found
        .map((f) => ({
          score: f.detection.score,
          box: box(f.detection.box),
          alignedBox: box(f.alignedRect.box),
          landmarks: f.landmarks.positions.map((p) => [p.x, p.y] as [number, number]),
          descriptor: Float32Array.from(f.descriptor),
        }))
        .sort((a, b) => a.box.x - b.box.x);
    },
  };
}
