#!/usr/bin/env node
/**
 * `npm test`: every check, in order, on builds made once.
 *   1. Node is the pinned one (the `node` package's binary, ≥ 22.12);
 *   2. `astro check` (types, strict);
 *   3. build at the root (dist/), under a sub-path (dist-sub/, /visage-public/)
 *      and with the test-only pseudo-locale (dist-qps/, scripts/pseudo-build.mjs);
 *   4. Vitest: schemas, dictionaries, content integrity, exports, HTML validity,
 *      internal links of both builds, byte budgets;
 *   5. Playwright in Chromium over every page: errors, requests, CSP, axe,
 *      languages, no-JavaScript rendering, theme, print;
 *   6. a size report, and one closing line "N passed, N failed".
 * Stops at the first failing step (a broken build makes later steps moot).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.NO_COLOR; // Playwright sets FORCE_COLOR; both together make Node warn
const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
/** Names of the failed tests, printed again just above the closing line (a CI log often keeps only its tail). */
const failures = [];

function step(title, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

function finish(code) {
  if (failures.length) {
    console.log(`\nFailed (${failures.length}):`);
    for (const f of failures.slice(0, 40)) console.log(`  ✘ ${f}`);
    if (failures.length > 40) console.log(`  … and ${failures.length - 40} more`);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.version} is too old for Astro 7: run through npm (npm test) so that node_modules/.bin/node (Node 24) comes first.`);
  failed++;
  finish(1);
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const simple = [
  ['Type check (astro check)', bin('astro'), ['check']],
  ['Build at the site root → dist/', bin('astro'), ['build'], {}],
  ['Build under a sub-path → dist-sub/ (BASE_PATH=/visage-public/)', bin('astro'), ['build'], { BASE_PATH: '/visage-public/', OUT_DIR: './dist-sub' }],
  // A language is data: the test-only pseudo-locale, for tests/e2e/pseudo.spec.ts.
  ['Build with the pseudo-locale → dist-qps/ (VP_PSEUDO=1)', 'node', ['scripts/pseudo-build.mjs'], { OUT_DIR: './dist-qps' }],
];
for (const [title, cmd, args, extra] of simple) {
  if (step(title, cmd, args, extra)) passed++;
  else { failed++; failures.push(title); finish(1); }
}

let code = 0;
const unitOk = step('Vitest: units, content, exports, HTML, links, budgets', bin('vitest'), ['run'], { VITEST_JSON: '1' });
if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  for (const file of v.testResults ?? []) {
    const name = String(file.name ?? '').replace(`${process.cwd()}/`, '');
    const bad = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of bad) failures.push(`Vitest ${name} › ${a.fullName ?? a.title}`);
    // A file that fails before its tests run (an import error) has no failed assertion.
    if (!bad.length && file.status === 'failed') failures.push(`Vitest ${name}: ${String(file.message ?? 'failed').split('\n')[0]}`);
  }
} else if (!unitOk) { failed++; failures.push('Vitest (no report written)'); }
if (!unitOk) code = 1;

const e2eOk = step('Playwright: every page in Chromium (JS on and off)', bin('playwright'), ['test']);
if (existsSync('reports/playwright.json')) {
  const s = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats ?? {};
  passed += s.expected ?? 0;
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
  const walk = (suite, path) => {
    const here = suite.title && !suite.title.endsWith('.ts') ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected' || t.status === 'flaky') {
          const last = (t.results ?? []).at(-1);
          const why = String(last?.error?.message ?? last?.errors?.[0]?.message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0].slice(0, 200);
          failures.push(`Playwright [${t.projectName}] ${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')}${t.status === 'flaky' ? ' (flaky)' : ''}${why ? ` — ${why}` : ''}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of JSON.parse(readFileSync('reports/playwright.json', 'utf8')).suites ?? []) walk(suite, []);
} else if (!e2eOk) { failed++; failures.push('Playwright (no report written)'); }
if (!e2eOk) code = 1;

step('Size report (gzip bytes per page, JS against the issue 13 baseline)', 'node', ['scripts/size.mjs', '--baseline', 'tests/fixtures/js-baseline-issue13.json']);
finish(code);
