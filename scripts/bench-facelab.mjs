#!/usr/bin/env node
/**
 * Benchmark (not a test): the live face lab's costs on this machine (issue 15).
 *
 *   npm run build && npm run bench:facelab        # dist/, port 4430, 3 runs per language
 *   DIST=dist-x RUNS=5 npm run bench:facelab
 *
 * Prints, per language: the gzip bytes of JavaScript the lab page runs before
 * its start button (the same measure as `npm run size` and
 * tests/dist/budget-facelab.test.ts); then, in headless Chromium with WebGL
 * on SwiftShader (no GPU here), each run in a fresh context (cold HTTP
 * cache): the bytes fetched for the library chunk and for the models (as
 * Resource Timing reports them, compressed if the server compressed them),
 * the time from the click on "Start" to the models being ready, to the
 * first template of the sample photo (detection, landmarks, recognition),
 * the detection alone, then the synthetic gallery (100,000 templates drawn
 * in the worker) and the brute-force search over it. The numbers are read
 * from what the page itself records (data-* timings on <vp-facelab>), with
 * the longest main-thread task that overlaps no inference (Long Tasks API
 * against the lab's own "facelab:inference" measures).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromePath, webglFlags } from './lib/chromium.mjs';
import { measureSite } from './lib/page-weight.mjs';

const DIST = process.env.DIST ?? 'dist';
const PORT = Number(process.env.PORT ?? 4430);
const RUNS = Number(process.env.RUNS ?? 3);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const routes = (lang) => JSON.parse(readFileSync(join('src/i18n', lang, 'routes.json'), 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sizes = new Map(measureSite(DIST).map((r) => [r.page, r]));
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, DIST, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ ...(chromePath ? { executablePath: chromePath } : {}), args: webglFlags });
try {
  for (const lang of ['fr', 'en']) {
    const path = `/${lang}/${routes(lang).page.lab}/`;
    const js = sizes.get(path);
    console.log(`\n${lang} ${path}: JavaScript before Start ${kb(js.js)} gzip (${js.jsFiles.join(', ')}); budget 12 KB`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      // Long tasks (over 50 ms on the main thread), from the start.
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`http://localhost:${PORT}${path}`);
      await page.locator('[data-action="start"]').click();
      await page.locator('[data-action="sample"]').waitFor({ state: 'visible', timeout: 120_000 });
      await page.locator('[data-action="sample"]').click();
      await page.locator('[data-role="top"] tr').nth(9).waitFor({ timeout: 120_000 });
      const d = await page.evaluate(() => {
        const el = document.querySelector('vp-facelab');
        const res = performance.getEntriesByType('resource');
        const bytes = (re) => res.filter((e) => re.test(e.name)).reduce((n, e) => n + (e.encodedBodySize || 0), 0);
        // Long tasks that overlap no inference (the lab's facelab:inference measures): what the page itself costs.
        const inference = performance.getEntriesByName('facelab:inference').map((m) => [m.startTime, m.startTime + m.duration]);
        const outside = window.__longTasks.filter(([t, d]) => !inference.some(([a, b]) => t < b && t + d > a)).map(([, d]) => d);
        const longestOutside = Math.round(Math.max(0, ...outside));
        return { longestOutside, longCount: window.__longTasks.length, ...el.dataset, strings: undefined, walk: undefined, chunk: bytes(/\/_astro\/facelab-lab\./), worker: bytes(/facelab-gallery-worker/), models: bytes(/\/models\//), modelFiles: res.filter((e) => /\/models\//.test(e.name)).length };
      });
      runs.push(d);
      console.log(`  run ${i + 1}: backend ${d.backend}; library chunk ${kb(d.chunk)}, worker ${kb(d.worker)}, models ${kb(d.models)} in ${d.modelFiles} files; models ready ${Number(d.libraryMs) + Number(d.modelsMs)} ms after the click; first template ${d.firstTemplateMs} ms after the click (detection + landmarks + template ${d.detectMs} ms); gallery of 100,000 drawn in ${d.drawMs} ms, searched in ${d.searchMs} ms; ${d.longCount} long tasks, the longest outside inference ${d.longestOutside} ms`);
      await context.close();
    }
    const m = (k) => median(runs.map((r) => Number(r[k])));
    console.log(`  median: first template ${m('firstTemplateMs')} ms, detection ${m('detectMs')} ms, gallery ${m('drawMs')} ms, search ${m('searchMs')} ms`);
  }
} finally {
  await browser.close();
  server.kill();
}
