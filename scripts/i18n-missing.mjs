#!/usr/bin/env node
/**
 * A translator's to-do list: what each language of src/i18n/locales.json
 * still lacks against English, in the interface (src/i18n/<locale>/*.json:
 * files, keys, {slots}) and in content/ (chapters and pages to write, and
 * every `{ fr, en }` field of the YAML data without the language's key).
 * Exits 1 while anything is missing.
 *
 *   npm run i18n:missing            # every language
 *   npm run i18n:missing -- it      # one language (also one not yet in locales.json)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import locales from '../src/i18n/locales.json' with { type: 'json' };
import { dictionaryProblems, REFERENCE } from '../src/i18n/check.ts';

const I18N = 'src/i18n';
const CONTENT = process.env.CONTENT_DIR ?? 'content';

const readArea = (lang) => {
  const dir = join(I18N, lang);
  if (!existsSync(dir)) return null;
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]));
};

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith('.yaml') ? [p] : [];
  });
}

/** Paths inside a YAML value of the `{ en: … }` objects that lack `lang`. */
function missingText(value, lang, path = '') {
  if (Array.isArray(value)) return value.flatMap((v, i) => missingText(v, lang, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const here = REFERENCE in value && Object.keys(value).every((k) => k.length <= 3 || k.includes('-')) && !(lang in value) ? [path || '(top)'] : [];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => (k.length <= 3 ? [] : missingText(v, lang, path ? `${path}.${k}` : k)))];
}

export function missingFor(lang) {
  const out = [];
  const ref = readArea(REFERENCE);
  const mine = readArea(lang);
  if (!mine) out.push(`interface: no folder ${I18N}/${lang}/ (copy ${I18N}/${REFERENCE}/ and translate the values)`);
  else out.push(...dictionaryProblems(ref, mine, lang).map((p) => `interface: ${p.slice(lang.length + 2)}`));
  if (!(lang in locales.locales)) out.push(`locales: "${lang}" is not in ${I18N}/locales.json`);
  for (const kind of ['chapters', 'pages']) {
    for (const f of readdirSync(join(CONTENT, kind, REFERENCE))) {
      if (!existsSync(join(CONTENT, kind, lang, f))) out.push(`content: write ${CONTENT}/${kind}/${lang}/${f}`);
    }
  }
  for (const f of yamlFiles(CONTENT)) {
    for (const p of missingText(parse(readFileSync(f, 'utf8')), lang)) out.push(`content: ${f} › ${p}.${lang}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const langs = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(locales.locales).filter((l) => l !== REFERENCE);
  let total = 0;
  for (const lang of langs) {
    const items = missingFor(lang);
    total += items.length;
    console.log(`${lang}: ${items.length ? `${items.length} missing` : 'complete'}`);
    for (const i of items.slice(0, 400)) console.log(`  ${i}`);
    if (items.length > 400) console.log(`  … and ${items.length - 400} more`);
  }
  process.exit(total ? 1 : 0);
}
