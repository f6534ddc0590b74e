/**
 * Spelling with cspell-lib, one language at a time, over many small texts at
 * once: the texts are joined into one document per language (one call to
 * spellCheckDocument, a few seconds, instead of one per page) and each unknown
 * word is traced back to the text it came from.
 *
 * The French check loads the French dictionary only, so an English word left
 * in a French field is unknown there (and the reverse). The project's words
 * are in tests/fixtures/words-{common,fr,en}.txt: proper names, legal and
 * technical terms, each list short and reviewed.
 *
 * @example await unknownWords('fr', [{ origin: 'x', text: 'Une erreure' }]) // [{ origin: 'x', word: 'erreure' }]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spellCheckDocument } from 'cspell-lib';

export type SpellLang = 'fr' | 'en';
export interface Text { origin: string; text: string }
export interface Unknown { origin: string; word: string }

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const words = (name: string) =>
  readFileSync(here(`../fixtures/${name}`), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);

const DICT: Record<SpellLang, { locale: string; ext: string }> = {
  fr: { locale: 'fr', ext: '@cspell/dict-fr-fr/cspell-ext.json' },
  en: { locale: 'en-GB', ext: '@cspell/dict-en-gb/cspell-ext.json' },
};

/** Patterns that are not words of a language: addresses, slots, ids, acronyms, numbers. */
const IGNORE = [
  String.raw`/\b(?:https?:\/\/|mailto:|www\.)\S+/g`,
  String.raw`/[\w.+-]+@[\w-]+\.[\w.]+/g`,
  String.raw`/\{[\w-]+\}/g`,
  String.raw`/\b[\p{L}\d]+(?:-[\p{L}\d]+){2,}\b/gu`,
  String.raw`/\b\p{Lu}[\p{Lu}\d]+s?\b/gu`,
  String.raw`/\b\w*\d\w*\b/gu`,
];

export async function unknownWords(lang: SpellLang, texts: Text[]): Promise<Unknown[]> {
  const starts: number[] = [];
  let doc = '';
  for (const t of texts) { starts.push(doc.length); doc += t.text.replace(/\u00a0|\u202f/g, ' ') + '\n\n'; }
  const d = DICT[lang];
  const result = await spellCheckDocument(
    { uri: `file:///spelling-${lang}.txt`, text: doc, languageId: 'plaintext', locale: d.locale },
    { noConfigSearch: true },
    {
      import: [fileURLToPath(import.meta.resolve(d.ext))],
      language: d.locale,
      words: [...words('words-common.txt'), ...words(`words-${lang}.txt`)],
      ignoreRegExpList: IGNORE,
      minWordLength: 3,
      allowCompoundWords: false,
    },
  );
  if (result.errors?.length) throw new Error(`cspell: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.issues.map((i) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= i.offset) lo = mid; else hi = mid - 1; }
    return { origin: texts[lo]!.origin, word: i.text };
  });
}
