#!/usr/bin/env node
/**
 * A benchmark for the face lab (issue 15), not a test and not part of the
 * site: does @vladmandic/face-api run under the site's CSP, in this
 * machine's headless Chromium, on the committed sample, and how fast?
 *
 *   node scripts/facelab-smoke.mjs            # WebGL backend (SwiftShader here)
 *   BACKEND=cpu node scripts/facelab-smoke.mjs
 *
 * It writes a one-page test site into a temporary directory
 * (scripts/lib/facelab-page.mjs, shared with scripts/facelab-sample.mjs:
 * face-api's browser ESM build, the three models copied by
 * scripts/face-models.mjs, public/lab/astronaut.jpg, an HTML page and its
 * module script), serves it
 * on 127.0.0.1 with the site's own CSP (`script-src 'self'`, no
 * 'unsafe-eval'; images also from blob: for the derived fixtures), and
 * prints one JSON report: faces found, template length and norm, time to
 * the first template, the distances between the sample and itself, its
 * mirrored copy, a crop, and a side-by-side pair; the requests the page
 * made; any CSP violation or console error. Nothing leaves 127.0.0.1: any
 * other request is aborted and reported.
 */
import { runFacelabPage } from './lib/facelab-page.mjs';

const BACKEND = process.env.BACKEND ?? 'webgl';

/* The page's script: runs in the browser. */
function main(BACKEND, MODELS) {
  const report = { backend: null, steps: {}, violations: [] };
  document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const { image, derived } = window.VP_FACELAB;
  const stats = (d) => {
    const a = Array.from(d);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    return {
      length: a.length,
      norm: Math.hypot(...a),
      min: Math.min(...a), max: Math.max(...a), mean,
      sd: Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length),
    };
  };
  window.runFacelab = async () => {
    const faceapi = await import('./face-api.esm.js');
    const t0 = performance.now();
    await faceapi.tf.setBackend(BACKEND);
    await faceapi.tf.ready();
    report.backend = faceapi.tf.getBackend();
    report.tfjs = faceapi.tf.version_core;
    report.faceapi = faceapi.version;
    await Promise.all([
      faceapi.nets.tinyFaceDetector.loadFromUri(MODELS),
      faceapi.nets.faceLandmark68TinyNet.loadFromUri(MODELS),
      faceapi.nets.faceRecognitionNet.loadFromUri(MODELS),
    ]);
    const tModels = performance.now();
    const img = await image('./astronaut.jpg');
    const options = new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 });
    const detect = async (input) => {
      const t = performance.now();
      const faces = await faceapi.detectAllFaces(input, options).withFaceLandmarks(true).withFaceDescriptors();
      return { ms: performance.now() - t, faces };
    };
    const first = await detect(img);
    const tFirst = performance.now();
    report.steps = {
      modelsLoadedMs: tModels - t0,
      firstTemplateMs: tFirst - t0,
      firstInferenceMs: first.ms,
    };
    const again = await detect(img);
    report.steps.warmInferenceMs = again.ms;
    const out = {};
    for (const kind of ['mirror', 'crop', 'no-face', 'pair']) out[kind] = await detect(derived(img, kind));
    const d0 = first.faces[0]?.descriptor;
    const face = (f) => ({
      score: f.detection.score,
      box: ['x', 'y', 'width', 'height'].map((k) => Math.round(f.detection.box[k])),
      descriptor: stats(f.descriptor),
      distanceToSample: d0 ? faceapi.euclideanDistance(d0, f.descriptor) : null,
    });
    report.sample = { faces: first.faces.length, ...first.faces.map(face)[0], values: d0 ? Array.from(d0) : [] };
    report.sameTwice = again.faces.length && d0 ? faceapi.euclideanDistance(d0, again.faces[0].descriptor) : null;
    report.derived = Object.fromEntries(Object.entries(out).map(([k, r]) => [k, { faces: r.faces.length, ms: r.ms, each: r.faces.map(face).map(({ descriptor, ...rest }) => ({ ...rest, norm: descriptor.norm })) }]));
    report.memory = faceapi.tf.memory().numTensors;
    return report;
  };
}
const { report, requests, problems, webgl, wallMs } = await runFacelabPage(main, [BACKEND], 'vp-facelab-smoke-');
Object.assign(report, { wallMs, webgl, requests, problems });
console.log(JSON.stringify(report, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v), 1));
