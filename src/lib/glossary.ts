/**
 * Orders and groups glossary entries for one language, for the glossary page
 * (src/components/glossary/GlossaryPage.astro). Pure, so it is unit-tested
 * without a build. Sorting uses Intl.Collator, so « Écran » sorts with E and
 * « données » before « Droit » whatever the case; the A–Z jump list uses the
 * first letter with its accents removed.
 *
 * @example
 *   groupByInitial([{ id: 'x', term: { fr: 'Écran', en: 'Screen' } }], 'fr')
 *   // [{ letter: 'E', entries: [{ id: 'x', … }] }]
 */
import { localeInfo, type Locale } from '../i18n/locales';

export interface Named { id: string; term: Record<Locale, string> }
export interface LetterGroup<T extends Named> { letter: string; entries: T[] }

const collators: Partial<Record<Locale, Intl.Collator>> = {};
const collator = (lang: Locale) =>
  (collators[lang] ??= new Intl.Collator(localeInfo(lang).intl, { sensitivity: 'base', numeric: true, ignorePunctuation: true }));

/** Entries sorted by their term in `lang` (ties broken by id, so the order is stable). */
export function sortTerms<T extends Named>(entries: readonly T[], lang: Locale): T[] {
  const c = collator(lang);
  return [...entries].sort((a, b) => c.compare(a.term[lang], b.term[lang]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const fold = (s: string) => s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();

/**
 * The letters of a language's jump list, from its dictionary
 * (`glossary.alphabet` in src/i18n/<lang>/ui.json); anything that is not a
 * letter is dropped.
 *
 * @example alphabetOf('ABC') // ['A', 'B', 'C']
 */
export const alphabetOf = (letters: string): string[] => [...letters].filter((c) => /\p{L}/u.test(c));

/**
 * The jump-list letter of a term: the letter of `alphabet` its first letter
 * is, accents removed and upper-cased; '#' for digits, symbols and letters
 * outside the alphabet.
 */
export function initial(term: string, alphabet: readonly string[] = ALPHABET): string {
  const first = fold(term);
  return alphabet.find((l) => fold(l) === first) ?? '#';
}

/** Sorted entries grouped by initial, in alphabetical order of the letters ('#' first). */
export function groupByInitial<T extends Named>(entries: readonly T[], lang: Locale, alphabet: readonly string[] = ALPHABET): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const e of sortTerms(entries, lang)) {
    const letter = initial(e.term[lang], alphabet);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(e);
    else groups.push({ letter, entries: [e] });
  }
  // Sorting by collator already puts groups in order, except '#' (digits sort before letters anyway).
  return groups;
}

/** The 26 letters A–Z: the default jump list (pages pass their language's, `glossary.alphabet`). */
export const ALPHABET = alphabetOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
