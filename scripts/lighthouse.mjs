#!/usr/bin/env node
/**
 * Lighthouse 12 (mobile, simulated slow 4G: its default) on one page of every
 * template in both languages, over the built site served by scripts/serve.mjs
 * on a free port. Prints the four category scores and FCP, LCP, Speed Index, TBT and CLS per page.
 * It builds nothing: run `npm run build` first.
 *
 *   npm run lighthouse
 *   DIST=dist-x npm run lighthouse               # another build (served at /)
 *   npm run lighthouse -- chapter quiz           # only these templates
 *   LIGHTHOUSE_RUNS=3 npm run lighthouse         # median of 3 runs per page
 *   LIGHTHOUSE_PORT=4700 npm run lighthouse      # first port tried (default 4600)
 *
 * A benchmark, not a test: it never fails on a score. The performance score
 * simulates a slow phone from the time the page takes on this machine's CPU,
 * so a busy machine lowers it; LIGHTHOUSE_RUNS takes the median of several
 * runs, as Lighthouse's own docs advise. Full reports: reports/lighthouse/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './lib/chromium.mjs';

const dist = process.env.DIST ?? 'dist';
/** One page per template: [template, French path, English path] (the landing page and 404 speak both). */
const templates = [
  ['landing', '/', null],
  ['home', '/fr/', '/en/'],
  ['chapter', '/fr/affaire-clearview/', '/en/clearview-case/'],
  ['quiz', '/fr/quiz/affaire-clearview/', '/en/quiz/clearview-case/'],
  ['worksheet', '/fr/quiz/affaire-clearview/fiche/', '/en/quiz/clearview-case/worksheet/'],
  ['timeline', '/fr/chronologie/', '/en/timeline/'],
  ['glossary', '/fr/glossaire/', '/en/glossary/'],
  ['sources', '/fr/sources/', '/en/sources/'],
  ['figures', '/fr/chiffres/', '/en/figures/'],
  ['page', '/fr/a-propos/', '/en/about/'],
  ['lab', '/fr/labo-visage/', '/en/face-lab/'],
  ['teachers', '/fr/enseignants/', '/en/teachers/'],
  ['builder', '/fr/enseignants/module/', '/en/teachers/module/'],
  ['module', '/fr/module/', '/en/module/'],
  ['results', '/fr/enseignants/resultats/', '/en/teachers/results/'],
  ['progress', '/fr/progression/', '/en/progress/'],
  ['offline', '/fr/hors-ligne/', '/en/offline/'],
  ['search', '/fr/recherche/', '/en/search/'],
  // Served as a file (status 200): Lighthouse stops on a 404 status.
  ['404', '/404.html', null],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const short = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const only = process.argv.slice(2);

const pages = templates
  .filter(([name]) => only.length === 0 || only.includes(name))
  .flatMap(([name, fr, en]) => [fr, en].filter(Boolean).map((path) => ({ name, path })));
const fileOf = (path) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const missing = pages.filter((p) => !existsSync(fileOf(p.path)));
if (!existsSync(dist) || missing.length > 0) {
  console.error(`Not built: ${missing.map((p) => fileOf(p.path)).join(', ') || dist}. Run "npm run build" first.`);
  process.exit(1);
}

/** The first port from `start` on which nothing listens. */
async function freePort(start) {
  for (let port = start; port < start + 100; port += 1) {
    const free = await new Promise((done) => {
      const probe = createServer().once('error', () => done(false)).once('listening', () => probe.close(() => done(true)));
      probe.listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${start}–${start + 99}`);
}

/** Starts scripts/serve.mjs and resolves once it prints its address. */
function serve(port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), DIST: dist, BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with code ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Serving')) resolve(child);
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const nameOf = (path) => path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'landing';

mkdirSync('reports/lighthouse', { recursive: true });
const port = await freePort(Number(process.env.LIGHTHOUSE_PORT ?? 4600));
const server = await serve(port);
const rows = [];
let chrome;
try {
  // Inside the try: if Chromium cannot start, the server still stops (it holds this process's stdout).
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  for (const { name, path } of pages) {
    const url = `http://localhost:${port}${path}`;
    console.error(`Lighthouse ${url}${runs > 1 ? ` (${runs} runs)` : ''} …`);
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      writeFileSync(`reports/lighthouse/${nameOf(path)}.json`, result.report);
      samples.push({
        ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        // Lighthouse 12.2's render-blocking audit errors on this Chromium's trace; count stylesheets instead.
        si: lhr.audits['speed-index'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        css: (lhr.audits['network-requests'].details?.items ?? []).filter((i) => i.resourceType === 'Stylesheet').length,
      });
    }
    const pick = (key) => median(samples.map((s) => s[key]));
    rows.push({ name, path, ...Object.fromEntries([...categories, 'fcp', 'lcp', 'si', 'tbt', 'cls', 'css'].map((k) => [k, pick(k)])) });
  }
} finally {
  await chrome?.kill();
  server.kill();
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const header = ['template', 'page', ...categories.map((c) => short[c]), 'FCP', 'LCP', 'SI', 'TBT', 'CLS', 'CSS files'];
const table = [header, ...rows.map((r) => [r.name, r.path, ...categories.map((c) => String(r[c])), seconds(r.fcp), seconds(r.lcp), seconds(r.si), `${Math.round(r.tbt)} ms`, r.cls.toFixed(3), String(r.css)])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
const under = rows.filter((r) => categories.some((c) => r[c] < 100));
console.log(`\n${rows.length} pages, ${runs} run(s) each (median); ${under.length} under 100 in some category. "CSS files": stylesheets requested (each blocks the first paint). Scores vary with this machine's load.`);
