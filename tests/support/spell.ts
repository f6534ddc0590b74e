/**
 * Spelling with cspell-lib, one language at a time, over many small texts at
 * once: the texts are joined into one document per language (one call to
 * spellCheckDocument, a few seconds, instead of one per page) and each unknown
 * word is traced back to the text it came from.
 *
 * The French check loads the French dictionary only, so an English word left
 * in a French field is unknown there (and the reverse). The project's words
 * are in tests/fixtures/words-{common,fr,en}.txt: proper names, legal and
 * technical terms, each list short and reviewed. A line of several words
 * (or a hyphenated one) is a name known only as a whole: "Upper Tribunal"
 * lets the court's name pass in French, not "Upper" on its own.
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
const lines = (name: string) =>
  readFileSync(here(`../fixtures/${name}`), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
const words = (names: string[]) => names.flatMap(lines).filter((l) => !/[\s-]/.test(l));
/** Names of several words, as patterns for the whole name (any white space between its words). */
const phrases = (names: string[]) =>
  names.flatMap(lines).filter((l) => /[\s-]/.test(l)).map((l) =>
    `/(?<![\\p{L}\\d])${l.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+')}(?![\\p{L}\\d])/gu`);

const DICT: Record<SpellLang, { locale: string; ext: string }> = {
  fr: { locale: 'fr', ext: '@cspell/dict-fr-fr/cspell-ext.json' },
  en: { locale: 'en-GB', ext: '@cspell/dict-en-gb/cspell-ext.json' },
};

/** Patterns that are not words of a language: addresses, slots, ids, acronyms, numbers. */
const IGNORE = [
  String.raw`/\b(?:https?:\/\/|mailto:|www\.)\S+/g`,
  // Host and file names shown as text (chirp.example, next.ink, eurofxref-hist.csv),
  // a top-level domain alone (.example) and paths (/u/bram/photos).
  String.raw`/\b[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,}\b(?:\/[^\s)]*)?/g`,
  String.raw`/(?<=^|[\s(«])\.[a-z]{2,}\b/g`,
  String.raw`/(?<=^|[\s(«])\/[\w.~%-][\w.~%/-]*/gu`,
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
  const lists = ['words-common.txt', `words-${lang}.txt`];
  const result = await spellCheckDocument(
    { uri: `file:///spelling-${lang}.txt`, text: doc, languageId: 'plaintext', locale: d.locale },
    { noConfigSearch: true },
    {
      import: [fileURLToPath(import.meta.resolve(d.ext))],
      language: d.locale,
      words: words(lists),
      ignoreRegExpList: [...IGNORE, ...phrases(lists)],
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
