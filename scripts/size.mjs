#!/usr/bin/env node
/**
 * Size report: gzip bytes of HTML, CSS and JS per built page.
 *   npm run size            # reads dist/
 *   DIST=dist-sub BASE_PATH=/visage-public/ npm run size
 */
import { existsSync } from 'node:fs';
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
const w = Math.max(...rows.map((r) => r.page.length), 4) + 2;
console.log(`${pad('page', w)}${lpad('html', 10)}${lpad('css', 10)}${lpad('js', 10)}${lpad('css+js', 10)}`);
for (const r of rows) {
  console.log(`${pad(r.page, w)}${lpad(kb(r.html), 10)}${lpad(kb(r.css), 10)}${lpad(kb(r.js), 10)}${lpad(kb(r.css + r.js), 10)}`);
}
console.log(`\n${rows.length} pages; gzip level 9. JS files seen: ${[...new Set(rows.flatMap((r) => r.jsFiles))].join(', ') || 'none'}`);
