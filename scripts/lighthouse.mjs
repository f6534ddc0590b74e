#!/usr/bin/env node
/**
 * Lighthouse (mobile, default config) on a few representative pages of the
 * built site, served by scripts/serve.mjs on a free port. Prints the four
 * category scores per page and exits non-zero when one is under target.
 *
 *   astro build && node scripts/lighthouse.mjs
 *   CHROME_PATH=/path/to/chrome node scripts/lighthouse.mjs
 *   LIGHTHOUSE_BIN=/tmp/lh/node_modules/.bin/lighthouse node scripts/lighthouse.mjs
 *   LIGHTHOUSE_RUNS=3 node scripts/lighthouse.mjs   # median of 3 runs per page
 *   LIGHTHOUSE_PORT=4700 …                          # first port tried (default 4600)
 *
 * Lighthouse is not a project dependency (about 130 packages, 110 MB that
 * nothing else needs): it runs through `npx --yes lighthouse@12.2.3`, or
 * through LIGHTHOUSE_BIN when a copy is installed elsewhere. Reports are
 * written to reports/lighthouse-<name>.json (the last run's, with several).
 *
 * The performance score simulates a slow phone from the time the page takes
 * on this machine's CPU, so a busy machine lowers it; LIGHTHOUSE_RUNS takes
 * the median of several runs, as Lighthouse's own docs advise.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeFlags, chromePath } from './lib/chromium.mjs';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const paths = ['/', '/fr/', '/fr/affaire-clearview/', '/en/clearview-case/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const targets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const flags = ['--headless=new', ...chromeFlags];

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
    env: { ...process.env, PORT: String(port), BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with code ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Serving')) resolve(child);
    });
  });
}

/** Runs the Lighthouse CLI on one URL; resolves with its JSON report. */
function lighthouse(url, outputPath) {
  const args = [
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-flags=${flags.join(" ")}`,
    `--only-categories=${categories.join(',')}`,
    '--quiet',
  ];
  const [command, commandArgs] = process.env.LIGHTHOUSE_BIN
    ? [process.env.LIGHTHOUSE_BIN, args]
    : ['npx', ['--yes', LIGHTHOUSE, ...args]];
  const env = { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with code ${code} on ${url}`));
      resolve(JSON.parse(readFileSync(outputPath, 'utf8')));
    });
  });
}

/** Audits that cost points in a category: id, title and score. */
function lostPoints(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

const nameOf = (path) => path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'landing';

mkdirSync('reports', { recursive: true });
const port = await freePort(Number(process.env.LIGHTHOUSE_PORT ?? 4600));
const server = await serve(port);
const rows = [];
const failures = [];
try {
  for (const path of paths) {
    const url = `http://localhost:${port}${path}`;
    console.error(`Lighthouse ${url}${runs > 1 ? ` (${runs} runs)` : ''} …`);
    const samples = [];
    let report;
    for (let run = 0; run < runs; run += 1) {
      report = await lighthouse(url, `reports/lighthouse-${nameOf(path)}.json`);
      samples.push(Object.fromEntries(categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])));
    }
    const scores = Object.fromEntries(categories.map((c) => [c, median(samples.map((s) => s[c]))]));
    rows.push({ path, ...scores });
    for (const c of categories) {
      if (scores[c] < targets[c]) failures.push({ path, category: c, score: scores[c], audits: lostPoints(report, c) });
    }
  }
} finally {
  server.kill();
}

const header = ['page', ...categories];
const table = [header, ...rows.map((r) => [r.path, ...categories.map((c) => String(r[c]))])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(line(['target', ...categories.map((c) => `≥${targets[c]}`)]));

if (failures.length > 0) {
  console.log('\nUnder target:');
  for (const f of failures) {
    console.log(`  ${f.path} ${f.category} ${f.score} < ${targets[f.category]}`);
    for (const audit of f.audits) console.log(`    - ${audit}`);
  }
  process.exitCode = 1;
} else {
  console.log('\nEvery score meets its target.');
}
