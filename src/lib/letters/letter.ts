/**
 * The request letters, words bound: the API for build time and tests.
 * (The browser element uses compose.ts with words read from the page.)
 * The words are src/i18n/<lang>/letter.json's `wording`, with the date
 * format of src/i18n/locales.json and ui.json's `date.firstDay` (« 1er »).
 *
 *   letterText({
 *     right: 'access', letterLang: 'en', date: '2026-11-26',
 *     controller: { name: 'Example Inc.', email: 'privacy@example.com' },
 *     requester: { name: 'Ada Martin', address: '1 rue de l’Exemple\n75001 Paris' },
 *   }) // → "Ada Martin\n1 rue de l’Exemple\n75001 Paris\n\nExample Inc.\n…"
 *   letterTemplate('erasure', 'fr')      // the no-JS template, blanks in brackets
 *   letterFileName('access', 'en', '2026-11-26') // 'request-access-2026-11-26.txt'
 */
import { byLocale, strings, type Locale } from '../../i18n';
import { dayWordsOf } from '../format';
import * as c from './compose';
import type { LetterWording, Right } from './wording';

export { RIGHTS, type LetterWording, type Right } from './wording';
export type { LetterInput, LetterLang, Party } from './compose';

/** The words of the letter in one language (typed: letter.json must fit LetterWording). */
export function wording(lang: Locale): LetterWording {
  const { tag, firstDay } = dayWordsOf(lang);
  return { dateLocale: tag, firstDay, ...strings('letter', lang).wording };
}

/** Every letter language's words, as <vp-letter> reads them from data-wording. */
export const WORDING: Record<Locale, LetterWording> = byLocale(wording);

/** The letter for one right, in its letter language, filled with the reader's details. */
export const letterText = (input: c.LetterInput): string => c.letterText(input, WORDING[input.letterLang]);

/** The printable template shown without JavaScript. */
export const letterTemplate = (right: Right, lang: c.LetterLang): string => c.letterTemplate(right, lang, WORDING[lang]);

/** The date in words, in the letter's language ("26 November 2026", « 1er décembre 2026 »). */
export const letterDate = (iso: string, lang: c.LetterLang): string => c.letterDate(iso, WORDING[lang]);

/** The download's file name. */
export const letterFileName = (right: Right, lang: c.LetterLang, iso: string): string => c.letterFileName(right, WORDING[lang], iso);
