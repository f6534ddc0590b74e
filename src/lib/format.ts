/**
 * Dates and numbers through Intl, per language, keeping a date's precision:
 * "2020-05" is "mai 2020", never "1 mai 2020".
 *
 * @example formatDate('2021-11-26', 'fr') // '26 novembre 2021'
 * @example formatAmount({ value: 7552800, currency: 'GBP' }, 'en') // '£7,552,800'
 */
import { precisionOf } from '../schemas/dates';
import { intlLocale, isPseudo, type Locale } from '../i18n';
import { pseudo } from '../i18n/pseudo';

const tags = intlLocale;
// Intl speaks the pseudo-locale's source language; its words are then transformed like the rest.
const out = (lang: Locale, s: string) => (isPseudo(lang) ? pseudo(s) : s);

export function formatDate(iso: string, lang: Locale): string {
  const precision = precisionOf(iso);
  const [y, m = '01', d = '01'] = iso.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const opts: Intl.DateTimeFormatOptions =
    precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' }
    : precision === 'month' ? { month: 'long', year: 'numeric' }
    : { year: 'numeric' };
  return out(lang, new Intl.DateTimeFormat(tags[lang], { ...opts, timeZone: 'UTC' }).format(date));
}

export function formatAmount(amount: { value: number; currency: string }, lang: Locale): string {
  return out(lang, new Intl.NumberFormat(tags[lang], { style: 'currency', currency: amount.currency, maximumFractionDigits: 0 }).format(amount.value));
}

export function formatNumber(n: number, lang: Locale): string {
  return new Intl.NumberFormat(tags[lang]).format(n);
}

/**
 * A list joined the language's way ("a, b, and c"; « a, b et c »). `tag` is
 * the BCP 47 tag to format with (default: the language's Intl tag); the
 * pseudo-locale transforms the joining words only, the items being already
 * words of the page.
 *
 * @example formatList(['a', 'b', 'c'], 'en', 'en') // 'a, b, and c'
 */
export function formatList(items: string[], lang: Locale, tag: string = tags[lang]): string {
  const parts = new Intl.ListFormat(tag, { type: 'conjunction' }).formatToParts(items);
  return parts.map((p) => (p.type === 'literal' && isPseudo(lang) ? pseudo(p.value).slice(1, -1) : p.value)).join('');
}

/** The name of a language in the reader's language: languageName('it', 'fr') → 'italien'. */
export function languageName(code: string, lang: Locale): string {
  return out(lang, new Intl.DisplayNames([tags[lang]], { type: 'language' }).of(code) ?? code);
}

/** Words in a text, ignoring MDX tags and Markdown punctuation. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`[\]()|-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time at a calm 200 words a minute, at least one minute. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(countWords(mdx) / 200));
}
