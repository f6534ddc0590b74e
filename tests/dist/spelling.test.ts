/**
 * Spelling of every French and English text: (1) the fields of content/ YAML
 * by language and the interface dictionaries src/i18n/<lang>/*.json, (2) each
 * built page's visible text by its language (lang="en" parts of a French page
 * are checked as English; proper names marked translate="no" are skipped).
 * MDX chapter prose is checked through (2), where it is read as rendered.
 * French is checked without the English dictionary, so English left in French
 * fails. Unknown words must be fixed or, if they are names or terms of art,
 * added to the short reviewed lists in tests/fixtures/words-*.txt.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../support/dist';
import { htmlFiles, pageText } from '../support/page-text';
import { unknownWords, type SpellLang, type Text } from '../support/spell';

const LANGS: SpellLang[] = ['fr', 'en'];
const dist = requireBuild(DIST);

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** Every string under a `fr` / `en` key of a YAML value. */
function fields(value: unknown, lang: SpellLang, origin: string, inLang = false, out: Text[] = []): Text[] {
  if (typeof value === 'string') { if (inLang) out.push({ origin, text: value }); }
  else if (Array.isArray(value)) value.forEach((v, i) => fields(v, lang, `${origin}[${i}]`, inLang, out));
  else if (value && typeof value === 'object')
    // `section` holds a heading's anchor (hors-deurope), not words.
    for (const [k, v] of Object.entries(value)) if (k !== 'section') fields(v, lang, `${origin}.${k}`, inLang || k === lang, out);
  return out;
}

function strings(value: unknown, origin: string, out: Text[] = []): Text[] {
  if (typeof value === 'string') out.push({ origin, text: value });
  else if (value && typeof value === 'object')
    // `file` holds download names (letter.json: demande-acces), ASCII slugs, not words.
    for (const [k, v] of Object.entries(value)) if (k !== 'file') strings(v, `${origin}.${k}`, out);
  return out;
}

const sourceTexts = (lang: SpellLang): Text[] => [
  ...files('content', '.yaml').flatMap((f) => fields(parse(readFileSync(f, 'utf8')), lang, f)),
  ...files(`src/i18n/${lang}`, '.json').filter((f) => !f.endsWith('routes.json'))
    .flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')), f)),
];

const pageTexts = (lang: SpellLang): Text[] =>
  htmlFiles(dist).flatMap((file) => {
    const text = pageText(readFileSync(`${dist}/${file}`, 'utf8'), { skipNoTranslate: true })[lang];
    return text?.trim() ? [{ origin: file, text }] : [];
  });

const report = (all: { origin: string; word: string }[]) => {
  const byWord = new Map<string, Set<string>>();
  for (const f of all) (byWord.get(f.word) ?? byWord.set(f.word, new Set()).get(f.word)!).add(f.origin);
  return [...byWord].map(([w, o]) => `${w}  (${[...o].slice(0, 3).join(', ')}${o.size > 3 ? ` +${o.size - 3}` : ''})`);
};

describe.each(LANGS)('spelling in %s', (lang) => {
  it('knows every word of the content fields and the interface dictionaries', async () => {
    const found = report(await unknownWords(lang, sourceTexts(lang)));
    if (process.env.SPELLING_REPORT) writeFileSync(`${process.env.SPELLING_REPORT}-${lang}-sources.txt`, found.join('\n'));
    expect(found, `${found.length} unknown word(s):\n${found.slice(0, 100).join('\n')}`).toEqual([]);
  });
  it('knows every word of the built pages’ visible text in that language', async () => {
    const found = report(await unknownWords(lang, pageTexts(lang)));
    if (process.env.SPELLING_REPORT) writeFileSync(`${process.env.SPELLING_REPORT}-${lang}-pages.txt`, found.join('\n'));
    expect(found, `${found.length} unknown word(s):\n${found.slice(0, 100).join('\n')}`).toEqual([]);
  });
});

describe('the spelling check bites', () => {
  it('on a misspelling and on an English word planted in a French text, and the reverse', async () => {
    const fr = await unknownWords('fr', [{ origin: 'a', text: 'Le responsable du traitement doit répondre.' }, { origin: 'b', text: 'Une erreure, puis the controller.' }]);
    expect(fr.map((u) => `${u.origin}:${u.word}`)).toEqual(expect.arrayContaining(['b:erreure', 'b:controller']));
    expect(fr.some((u) => u.origin === 'a')).toBe(false);
    const en = await unknownWords('en', [{ origin: 'c', text: 'The controller must answer the responsable.' }]);
    expect(en.map((u) => u.word)).toEqual(['responsable']);
  });
  it('on a word of a reviewed name used alone: « Upper Tribunal » passes in French, « Upper » does not', async () => {
    const fr = await unknownWords('fr', [{ origin: 'a', text: 'L’Upper Tribunal a jugé.' }, { origin: 'b', text: 'Le tribunal Upper a jugé.' }]);
    expect(fr.map((u) => `${u.origin}:${u.word}`)).toEqual(['b:Upper']);
  });
});
