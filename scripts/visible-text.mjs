#!/usr/bin/env node
/**
 * The text a reader gets from each built page: visible text, with the
 * attributes a reader or a screen reader meets (alt, title, aria-label,
 * placeholder, the <title> and the meta description), one line per block.
 * With two folders it diffs them page by page, to show that a refactor
 * changed no word:
 *
 *   node scripts/visible-text.mjs dist/fr/rgpd/index.html     # one page's text
 *   node scripts/visible-text.mjs before-dist/ dist/          # changed pages, with the lines
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg-defs']);
const BLOCK = /^(p|div|li|h[1-6]|tr|td|th|dt|dd|section|article|header|footer|nav|main|aside|figure|figcaption|caption|table|ul|ol|dl|details|summary|form|fieldset|legend|label|option|button|title|br|hr|blockquote|pre)$/;
const ATTRS = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];

/** The reader's text of one HTML document, as lines. */
export function visibleText(html) {
  const lines = [];
  let cur = '';
  let skip = 0;
  const flush = () => { const t = cur.replace(/\s+/g, ' ').trim(); if (t) lines.push(t); cur = ''; };
  const p = new Parser({
    onopentag(name, attrs) {
      if (SKIP.has(name)) skip++;
      if (skip) return;
      if (BLOCK.test(name)) flush();
      for (const a of ATTRS) if (attrs[a]) lines.push(`@${a}: ${attrs[a].replace(/\s+/g, ' ').trim()}`);
      if (name === 'meta' && (attrs.name === 'description' || attrs.property === 'og:image:alt')) lines.push(`@meta ${attrs.name ?? attrs.property}: ${attrs.content}`);
    },
    ontext(t) { if (!skip) cur += t; },
    onclosetag(name) {
      if (SKIP.has(name)) { skip--; return; }
      if (!skip && BLOCK.test(name)) flush();
    },
  }, { decodeEntities: true });
  p.write(html);
  p.end();
  flush();
  return lines;
}

function pages(dir) {
  const out = [];
  const walk = (d) => { for (const f of readdirSync(d)) { const x = join(d, f); if (statSync(x).isDirectory()) walk(x); else if (f.endsWith('.html')) out.push(relative(dir, x)); } };
  walk(dir);
  return out.sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [a, b] = process.argv.slice(2);
  if (!b) { console.log(visibleText(readFileSync(a, 'utf8')).join('\n')); process.exit(0); }
  let changed = 0;
  const all = new Set([...pages(a), ...pages(b)]);
  for (const f of [...all].sort()) {
    const A = existsSync(join(a, f)) ? visibleText(readFileSync(join(a, f), 'utf8')) : null;
    const B = existsSync(join(b, f)) ? visibleText(readFileSync(join(b, f), 'utf8')) : null;
    if (!A || !B) { console.log(`${A ? '−' : '+'} ${f} (${A ? 'only in ' + a : 'only in ' + b})`); changed++; continue; }
    if (A.join('\n') === B.join('\n')) continue;
    changed++;
    console.log(`~ ${f}`);
    const setB = new Set(B), setA = new Set(A);
    for (const l of A) if (!setB.has(l)) console.log(`    − ${l.slice(0, 200)}`);
    for (const l of B) if (!setA.has(l)) console.log(`    + ${l.slice(0, 200)}`);
    if (A.every((l) => setB.has(l)) && B.every((l) => setA.has(l))) console.log('    (same lines, other order)');
  }
  console.log(`${changed} of ${all.size} pages differ in their visible text`);
}
