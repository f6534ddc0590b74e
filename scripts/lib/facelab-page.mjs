/**
 * The face lab's one-page test site, shared by scripts/facelab-smoke.mjs (a
 * benchmark) and scripts/facelab-sample.mjs (the no-JavaScript walkthrough's
 * data): face-api's browser ESM build, the three models copied by
 * scripts/face-models.mjs and public/lab/astronaut.jpg in a temporary
 * directory, served on 127.0.0.1 under the site's CSP (`script-src 'self'`,
 * no 'unsafe-eval'; images also from blob: for derived fixtures), opened in
 * headless Chromium with WebGL on SwiftShader. Any request to another
 * origin is aborted and reported.
 *
 *   const out = await runFacelabPage(main, [BACKEND], 'vp-facelab-smoke-');
 *   // main(BACKEND, MODELS) runs in the page and sets window.runFacelab = async () => report
 *   out.report, out.requests, out.problems, out.webgl, out.wallMs
 *
 * `main` is serialised with toString(): it must use nothing from its Node
 * scope but window.VP_FACELAB (pageHelpers below); its arguments are JSON
 * values, then the models' URL.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { copyModels } from '../face-models.mjs';
import { chromePath, webglFlags } from './chromium.mjs';
import { MODEL_DIR } from '../../src/lib/facelab/models.ts';

export const FACELAB_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
  "connect-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'",
].join('; ');

/**
 * Browser-side helpers, defined in the page as window.VP_FACELAB before
 * `main` runs: image(src) loads an <img>; derived(img, kind) draws the
 * sample's fixtures on a canvas ('mirror', 'crop', 'no-face', 'pair').
 */
function pageHelpers() {
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
  window.VP_FACELAB = { image, derived };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.bin': 'application/octet-stream', '.jpg': 'image/jpeg' };

/**
 * Builds the test site, runs `main` in it and returns what the page's
 * `window.runFacelab()` resolved to, with the requests served and any
 * console error, page error or other-origin request.
 *
 * @param {Function} main the page's script
 * @param {unknown[]} args JSON values passed to main before the models' URL
 * @param {string} prefix the temporary directory's name prefix
 */
export async function runFacelabPage(main, args, prefix = 'vp-facelab-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const pkg = dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json'));
  copyFileSync(join(pkg, 'dist', 'face-api.esm.js'), join(dir, 'face-api.esm.js'));
  copyModels(dir);
  copyFileSync('public/lab/astronaut.jpg', join(dir, 'astronaut.jpg'));
  writeFileSync(join(dir, 'index.html'), [
    '<!doctype html>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${FACELAB_CSP}">`,
    '<title>facelab</title>',
    '<script type="module" src="./main.js"></script>',
  ].join('\n'));
  const argList = [...args.map((a) => JSON.stringify(a)), JSON.stringify(`./${MODEL_DIR}/`)].join(', ');
  writeFileSync(join(dir, 'main.js'), `(${pageHelpers.toString()})();\n(${main.toString()})(${argList});\n`);

  const requests = [];
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
    requests.push({ method: req.method, path });
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': FACELAB_CSP, 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({ ...(chromePath ? { executablePath: chromePath } : {}), args: webglFlags });
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
    await page.waitForFunction(() => typeof window.runFacelab === 'function');
    const report = await page.evaluate(() => window.runFacelab());
    const wallMs = Date.now() - t;
    const webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      const ext = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : null;
    });
    return { report, requests, problems, webgl, wallMs };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
