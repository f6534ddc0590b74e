#!/usr/bin/env node
/**
 * Benchmark (not a test): what the SCORM packages weigh and how long the
 * largest module takes to make in the browser (issue 16).
 *
 *   npm run build && npm run bench:scorm          # dist/, port 4420, 5 runs per language
 *   DIST=dist-x RUNS=3 npm run bench:scorm
 *
 * Prints, per language: each chapter package's zip bytes and the gzip bytes
 * of its JavaScript; the module template's bytes (raw and gzip, what the
 * builder fetches); then, in headless Chromium on this machine, the time
 * from the click on "Make a SCORM package of this module" to the download
 * for the whole course (every chapter, every question: the largest module),
 * the first run (template fetched, worker started) and the next ones
 * (template kept by the worker), with the zip's size.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { chromium } from '@playwright/test';
import { chromeFlags, chromePath } from './lib/chromium.mjs';

const DIST = process.env.DIST ?? 'dist';
const PORT = Number(process.env.PORT ?? 4420);
const RUNS = Number(process.env.RUNS ?? 5);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const routes = (lang) => JSON.parse(readFileSync(join('src/i18n', lang, 'routes.json'), 'utf8'));

for (const lang of ['fr', 'en']) {
  const dir = join(DIST, 'downloads', 'scorm', lang);
  console.log(`\n${lang}: chapter packages (zip · JavaScript gzip)`);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.zip')).sort()) {
    const zip = readFileSync(join(dir, f));
    const files = unzipSync(new Uint8Array(zip));
    const js = Object.entries(files).filter(([p]) => /\.m?js$/.test(p)).reduce((n, [, b]) => n + gz(b), 0);
    console.log(`  ${f.padEnd(28)} ${kb(zip.length).padStart(9)} · ${kb(js).padStart(8)}`);
  }
  const tpl = readFileSync(join(dir, 'module.json'));
  console.log(`  module.json (template)       ${kb(tpl.length)} raw, ${kb(gz(tpl))} gzip`);
}

const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, DIST, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ ...(chromePath ? { executablePath: chromePath } : {}), args: chromeFlags });
try {
  for (const lang of ['fr', 'en']) {
    const r = routes(lang);
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`http://localhost:${PORT}/${lang}/${r.teachers}/${r.builder}/`);
    for (const box of await page.locator('input.mb-take').all()) await box.check();
    await page.locator('form.mb-form button[type="submit"]').click();
    await page.locator('.mb-scorm-make').waitFor({ state: 'visible' });
    const times = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.mb-scorm-make').click()]);
      size = readFileSync(await download.path()).length;
      times.push(Date.now() - t0);
    }
    const rest = times.slice(1).sort((a, b) => a - b);
    console.log(`\n${lang}: the whole course as one module, ${kb(size)} zip: first ${times[0]} ms (fetch + worker + zip), then median ${rest[Math.floor(rest.length / 2)] ?? '–'} ms (zip), runs ${times.join(', ')} ms`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
