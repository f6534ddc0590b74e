#!/usr/bin/env node
/**
 * A benchmark for the face lab (issue 15), not a test and not part of the
 * site: does @vladmandic/face-api run under the site's CSP, in this
 * machine's headless Chromium, on the committed sample, and how fast?
 *
 *   node scripts/facelab-smoke.mjs            # WebGL backend (SwiftShader here)
 *   BACKEND=cpu node scripts/facelab-smoke.mjs
 *
 * It writes a one-page test site into a temporary directory (face-api's
 * browser ESM build, the three models copied by scripts/face-models.mjs,
 * public/lab/astronaut.jpg, an HTML page and its module script), serves it
 * on 127.0.0.1 with the site's own CSP (`script-src 'self'`, no
 * 'unsafe-eval'; images also from blob: for the derived fixtures), and
 * prints one JSON report: faces found, template length and norm, time to
 * the first template, the distances between the sample and itself, its
 * mirrored copy, a crop, and a side-by-side pair; the requests the page
 * made; any CSP violation or console error. Nothing leaves 127.0.0.1: any
 * other request is aborted and reported.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { copyModels } from './face-models.mjs';
import { chromePath } from './lib/chromium.mjs';
import { MODEL_DIR } from '../src/lib/facelab/models.ts';

const BACKEND = process.env.BACKEND ?? 'webgl';
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
  "connect-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'",
].join('; ');

const dir = mkdtempSync(join(tmpdir(), 'vp-facelab-smoke-'));
const pkg = dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json'));
copyFileSync(join(pkg, 'dist', 'face-api.esm.js'), join(dir, 'face-api.esm.js'));
copyModels(dir);
copyFileSync('public/lab/astronaut.jpg', join(dir, 'astronaut.jpg'));
writeFileSync(join(dir, 'index.html'), [
  '<!doctype html>',
  '<meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
  '<title>facelab-smoke</title>',
  '<script type="module" src="./main.js"></script>',
].join('\n'));

/* The page's script: runs in the browser. */
function main(BACKEND, MODELS) {
  const report = { backend: null, steps: {}, violations: [] };
  document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const image = (src) => new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`image ${src} did not load`));
    img.src = src;
  });
  /** A canvas drawn from the sample: mirrored, cropped, or the sample and its mirror side by side. */
  function derived(img, kind) {
    const c = document.createElement('canvas');
    const ctx = c.getContext('2d');
    if (kind === 'mirror') {
      c.width = img.width; c.height = img.height;
      ctx.translate(img.width, 0); ctx.scale(-1, 1); ctx.drawImage(img, 0, 0);
    } else if (kind === 'crop') {
      // The upper middle of the photo, face included: 320 × 320 from (96, 0).
      c.width = 320; c.height = 320;
      ctx.drawImage(img, 96, 0, 320, 320, 0, 0, 320, 320);
    } else if (kind === 'no-face') {
      // The lower right corner: suit and flag, no face.
      c.width = 200; c.height = 200;
      ctx.drawImage(img, 312, 312, 200, 200, 0, 0, 200, 200);
    } else if (kind === 'pair') {
      c.width = img.width * 2; c.height = img.height;
      ctx.drawImage(img, 0, 0);
      ctx.translate(img.width * 2, 0); ctx.scale(-1, 1); ctx.drawImage(img, 0, 0);
    }
    return c;
  }
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
  window.runSmoke = async () => {
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
writeFileSync(join(dir, 'main.js'), `(${main.toString()})(${JSON.stringify(BACKEND)}, './${MODEL_DIR}/');\n`);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.bin': 'application/octet-stream', '.jpg': 'image/jpeg' };
const requests = [];
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
  requests.push({ method: req.method, path });
  try {
    const body = readFileSync(join(dir, path));
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const args = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // WebGL in a headless Chromium without a GPU: ANGLE on SwiftShader.
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];
const browser = await chromium.launch({ ...(chromePath ? { executablePath: chromePath } : {}), args });
const problems = [];
try {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    problems.push(`other origin: ${route.request().url()}`);
    return route.abort();
  });
  const t = Date.now();
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => typeof window.runSmoke === 'function');
  const report = await page.evaluate(() => window.runSmoke());
  report.wallMs = Date.now() - t;
  report.webgl = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : null;
  });
  report.requests = requests;
  report.problems = problems;
  console.log(JSON.stringify(report, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v), 1));
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
