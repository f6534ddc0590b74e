#!/usr/bin/env node
/**
 * Size report: gzip bytes of HTML, CSS and JS per built page.
 *   npm run size            # reads dist/
 *   DIST=dist-sub BASE_PATH=/visage-public/ npm run size
 *   npm run size -- --baseline tests/fixtures/js-baseline-issue7.json
 *                           # adds JS before (the baseline's bytes) and the change
 */
import { existsSync, readFileSync } from 'node:fs';
import { measureSite } from './lib/page-weight.mjs';

const dist = process.env.DIST ?? 'dist';
if (!existsSync(dist)) {
  console.error(`${dist}/ not found: run "npm run build" first.`);
  process.exit(1);
}
const rows = measureSite(dist, process.env.BASE_PATH ?? '/');
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const at = process.argv.indexOf('--baseline');
const before = at > 0 ? JSON.parse(readFileSync(process.argv[at + 1], 'utf8')).pages : undefined;
const w = Math.max(...rows.map((r) => r.page.length), 4) + 2;
const extra = (r) => {
  if (!before) return '';
  const b = before[r.page];
  return b === undefined ? `${lpad('new', 12)}${lpad('', 10)}` : `${lpad(kb(b), 12)}${lpad(`${r.js >= b ? '+' : ''}${((r.js - b) / 1024).toFixed(2)}`, 10)}`;
};
console.log(`${pad('page', w)}${lpad('html', 10)}${lpad('css', 10)}${lpad('js', 10)}${lpad('css+js', 10)}${before ? `${lpad('js before', 12)}${lpad('change', 10)}` : ''}`);
for (const r of rows) {
  console.log(`${pad(r.page, w)}${lpad(kb(r.html), 10)}${lpad(kb(r.css), 10)}${lpad(kb(r.js), 10)}${lpad(kb(r.css + r.js), 10)}${extra(r)}`);
}
if (before) {
  const known = rows.filter((r) => before[r.page] !== undefined);
  const worst = known.reduce((m, r) => (r.js - before[r.page] > m.d ? { d: r.js - before[r.page], page: r.page } : m), { d: -Infinity, page: '' });
  console.log(`\nLargest JS increase over the baseline: ${(worst.d / 1024).toFixed(2)} KB (${worst.page}).`);
}
console.log(`\n${rows.length} pages; gzip level 9. JS files seen: ${[...new Set(rows.flatMap((r) => r.jsFiles))].join(', ') || 'none'}`);
