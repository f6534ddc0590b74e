/**
 * Test data in every language the code knows of, from a French and an
 * English text: the pseudo-locale gets its source language's text, as it is
 * (no test here draws it). `Locale` includes the pseudo-locale, so a bare
 * `{ fr, en }` literal no longer types as `Localized`.
 *
 * @example texts('Amende', 'Fine') // { fr: 'Amende', en: 'Fine', qps: 'Fine' }
 */
import { byLocaleAll, sourceLocale, type Locale } from '../../src/i18n/locales';

export const texts = (fr: string, en: string): Record<Locale, string> =>
  byLocaleAll((l) => ({ fr, en })[sourceLocale(l)]);
