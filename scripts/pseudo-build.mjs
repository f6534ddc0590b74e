#!/usr/bin/env node
/**
 * The pseudo-locale build (a test, never deployed): proves that a language
 * is data. It copies content/ to .pseudo/content/, adds the pseudo-locale's
 * chapters and pages as copies of its source language's (frontmatter text
 * transformed here, prose by scripts/lib/markdown-pseudo.mjs), then builds the
 * site with VP_PSEUDO=1 into dist-qps/. Nothing names the pseudo-locale but
 * src/i18n/locales.json: routes, switcher, hreflang, sitemap, Pagefind and
 * exports pick it up from the locale list like any other language, and its
 * dictionaries are made from the source language's by pseudo().
 * tests/e2e-pseudo/ then fails on any page text that was not transformed.
 *
 *   node scripts/pseudo-build.mjs            # → dist-qps/
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, stringify } from 'yaml';
import locales from '../src/i18n/locales.json' with { type: 'json' };
import { pseudo } from '../src/i18n/pseudo.ts';

const SRC = 'content';
const DEST = '.pseudo/content';
const OUT = process.env.OUT_DIR ?? './dist-qps';
// Frontmatter fields that are words (the rest are ids, numbers and dates).
const TEXT_FIELDS = ['title', 'description', 'objectives'];
// No brackets here: the schemas bound some lengths (a description ≤ 200 characters).
const accents = (s) => pseudo(s).slice(1, -1);

export function pseudoFrontmatter(mdx) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error('no frontmatter');
  const data = parse(m[1]);
  for (const f of TEXT_FIELDS) {
    if (typeof data[f] === 'string') data[f] = accents(data[f]);
    else if (Array.isArray(data[f])) data[f] = data[f].map(accents);
  }
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${mdx.slice(m[0].length)}`;
}

export function preparePseudoContent(src = SRC, dest = DEST) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(src, dest, { recursive: true });
  for (const [code, info] of Object.entries(locales.pseudo)) {
    for (const kind of ['chapters', 'pages']) {
      const from = join(src, kind, info.from);
      const to = join(dest, kind, code);
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(from).filter((x) => x.endsWith('.mdx'))) {
        writeFileSync(join(to, f), pseudoFrontmatter(readFileSync(join(from, f), 'utf8')));
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  preparePseudoContent();
  const r = spawnSync('node_modules/.bin/astro', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, VP_PSEUDO: '1', CONTENT_DIR: `./${DEST}`, OUT_DIR: OUT, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  process.exit(r.status ?? 1);
}
