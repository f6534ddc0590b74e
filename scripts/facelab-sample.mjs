#!/usr/bin/env node
/**
 * The face lab's precomputed sample (issue 15): what the no-JavaScript
 * walkthrough (src/components/facelab/FaceLab.astro) shows, computed once
 * by face-api itself and committed as src/data/facelab-sample.json.
 *
 * RUN BY HAND, NOT BY THE BUILD: the build only reads the JSON (it has no
 * browser, and the numbers must not change from one build to the next).
 * Re-run it after a change of face-api's version, its models, the sample
 * photo or the fixtures below, and commit the JSON with that change:
 *
 *   CHROME_PATH=/usr/bin/chromium node scripts/facelab-sample.mjs
 *   BACKEND=cpu node scripts/facelab-sample.mjs     # another backend, for comparison
 *
 * It runs face-api 1.7.15's browser build in headless Chromium under the
 * site's CSP, on public/lab/astronaut.jpg, with the lab's options (tiny
 * face detector at input size 416, score threshold 0.5; the 68-point tiny
 * landmark net; the recognition net), through the page machinery shared
 * with scripts/facelab-smoke.mjs (scripts/lib/facelab-page.mjs). It keeps:
 * the image size; the face's detection box and score; its 68 landmarks;
 * the aligned box face-api crops for the recognition net; the 128-number
 * template; and the distances from that template to the same photo run
 * again, to its mirrored copy and to a crop (the smoke script's fixtures).
 *
 * Deterministic: no date, no timing, no machine name. Numbers are rounded
 * (template to 6 decimals, pixels to 0.1, scores and distances to 6
 * decimals), so a re-run on another machine or backend differs at most by
 * float noise in the last digit. The file says which backend computed it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MODEL_FILES, FACE_API_VERSION } from '../src/lib/facelab/models.ts';
import { runFacelabPage } from './lib/facelab-page.mjs';

const BACKEND = process.env.BACKEND ?? 'webgl';
const OUT = process.env.OUT ?? 'src/data/facelab-sample.json';
const PHOTO = 'public/lab/astronaut.jpg';

/* The page's script: runs in the browser. */
function main(BACKEND, MODELS) {
  const { image, derived } = window.VP_FACELAB;
  window.runFacelab = async () => {
    const faceapi = await import('./face-api.esm.js');
    await faceapi.tf.setBackend(BACKEND);
    await faceapi.tf.ready();
    await Promise.all([
      faceapi.nets.tinyFaceDetector.loadFromUri(MODELS),
      faceapi.nets.faceLandmark68TinyNet.loadFromUri(MODELS),
      faceapi.nets.faceRecognitionNet.loadFromUri(MODELS),
    ]);
    const img = await image('./astronaut.jpg');
    const detector = { inputSize: 416, scoreThreshold: 0.5 };
    const options = new faceapi.TinyFaceDetectorOptions(detector);
    const detect = (input) => faceapi.detectAllFaces(input, options).withFaceLandmarks(true).withFaceDescriptors();
    const box = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
    const faces = await detect(img);
    const again = await detect(img);
    const f = faces[0];
    const others = {};
    for (const kind of ['mirror', 'crop']) others[kind] = await detect(derived(img, kind));
    const nearest = (list) => (list.length && f ? Math.min(...list.map((g) => faceapi.euclideanDistance(f.descriptor, g.descriptor))) : null);
    return {
      faceapi: faceapi.version,
      tfjs: faceapi.tf.version_core,
      backend: faceapi.tf.getBackend(),
      detector,
      image: { width: img.naturalWidth, height: img.naturalHeight },
      faces: faces.length,
      face: f ? {
        score: f.detection.score,
        box: box(f.detection.box),
        alignedBox: f.alignedRect ? box(f.alignedRect.box) : null,
        landmarks: f.landmarks.positions.map((p) => [p.x, p.y]),
        template: Array.from(f.descriptor),
      } : null,
      distances: {
        self: again.length && f ? faceapi.euclideanDistance(f.descriptor, again[0].descriptor) : null,
        mirror: nearest(others.mirror),
        crop: nearest(others.crop),
      },
      derivedFaces: { mirror: others.mirror.length, crop: others.crop.length },
    };
  };
}

const { report, problems } = await runFacelabPage(main, [BACKEND], 'vp-facelab-sample-');
if (problems.length) throw new Error(`facelab-sample: ${problems.join('; ')}`);
if (report.faces !== 1 || !report.face) throw new Error(`facelab-sample: expected 1 face in ${PHOTO}, found ${report.faces}`);
if (report.faceapi !== FACE_API_VERSION) throw new Error(`facelab-sample: face-api ${report.faceapi} ran, models.ts pins ${FACE_API_VERSION}`);

const round = (v, d) => (v === null ? null : Number(v.toFixed(d)) + 0);
const px = (v) => round(v, 1);
const box = (b) => b && { x: px(b.x), y: px(b.y), width: px(b.width), height: px(b.height) };
const template = report.face.template.map((v) => round(v, 6));
const norm = Math.hypot(...template);
const data = {
  // The one writer of this file (run by hand, not by the build).
  generatedBy: 'scripts/facelab-sample.mjs',
  faceApi: report.faceapi,
  tfjs: report.tfjs,
  backend: report.backend,
  models: MODEL_FILES.map((m) => m.name),
  detector: { net: 'tinyFaceDetector', ...report.detector, landmarks: 'faceLandmark68TinyNet', recognition: 'faceRecognitionNet' },
  photo: { path: PHOTO, bytes: readFileSync(PHOTO).length, ...report.image },
  faces: report.faces,
  face: {
    score: round(report.face.score, 6),
    box: box(report.face.box),
    alignedBox: box(report.face.alignedBox),
    landmarks: report.face.landmarks.map(([x, y]) => [px(x), px(y)]),
  },
  template,
  templateNorm: round(norm, 6),
  distances: {
    self: round(report.distances.self, 6),
    mirror: round(report.distances.mirror, 6),
    crop: round(report.distances.crop, 6),
  },
  derivedFaces: report.derivedFaces,
};
// One landmark pair per line and 8 numbers per template line: readable diffs.
const text = JSON.stringify(data, null, 2)
  .replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')
  .replace(/"template": \[([^\]]*)\]/, (_, body) => {
    const nums = body.split(',').map((x) => x.trim());
    const rows = [];
    for (let i = 0; i < nums.length; i += 8) rows.push(`    ${nums.slice(i, i + 8).join(', ')}`);
    return `"template": [\n${rows.join(',\n')}\n  ]`;
  });
writeFileSync(OUT, `${text}\n`);
console.log(`${OUT}: ${report.faces} face, score ${data.face.score}, norm ${data.templateNorm}, self ${data.distances.self}, mirror ${data.distances.mirror}, crop ${data.distances.crop} (${data.backend})`);
