/**
 * Dates and numbers through Intl, per language, keeping a date's precision:
 * "2020-05" is "mai 2020", never "1 mai 2020". One function per precision
 * (formatDay, formatMonth, formatYear), formatDate choosing among them, and
 * dated() for a phrase whose words depend on the precision (« le 1er octobre
 * 2021 », « en janvier 2020 »).
 *
 * @example formatDate('2021-11-26', 'fr') // '26 novembre 2021'
 * @example formatAmount({ value: 7552800, currency: 'GBP' }, 'en') // '£7,552,800'
 */
import { precisionOf, type DatePrecision } from '../schemas/dates';
import { fill, intlLocale, isPseudo, sourceLocale, strings, type Locale } from '../i18n';
import { pseudo } from '../i18n/pseudo';
import { dayWords, type DayWords } from './day-words';

const tags = intlLocale;
// Intl speaks the pseudo-locale's source language; its words are then transformed like the rest.
const out = (lang: Locale, s: string) => (isPseudo(lang) ? pseudo(s) : s);

/** `2021-11-26` as a UTC Date (a month or a year as its first day), never shifted by a time zone. */
function utc(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

const intl = (lang: Locale, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(tags[lang], { ...opts, timeZone: 'UTC' });

/**
 * A day, bare: « 1er octobre 2021 », "1 October 2021". The first day of a
 * month is written the language's way (`date.firstDay` in ui.json: « 1er »
 * in French), which Intl does not do.
 *
 * @example formatDay('2021-10-01', 'fr') // '1er octobre 2021'
 */
export function formatDay(iso: string, lang: Locale): string {
  const { firstDay } = dayWordsOf(lang);
  return out(lang, dayWords(intl(lang, { day: 'numeric', month: 'long', year: 'numeric' }), utc(iso), firstDay));
}

/**
 * What a browser element needs to write a day as formatDay() does (its Intl
 * tag and `date.firstDay`), for a data-* attribute: the element then calls
 * dayWords() from ./day-words, which bundles no dictionary. (The pseudo-locale
 * gets its source language's word: the browser does not transform dates.)
 *
 * @example dayWordsOf('fr') // { tag: 'fr-FR', firstDay: '1er' }
 */
export function dayWordsOf(lang: Locale): DayWords {
  // src/i18n checks at import that every language has every key, date.firstDay included.
  return { tag: tags[lang], firstDay: strings('ui', sourceLocale(lang))['date.firstDay'] };
}

/** A month, bare: « janvier 2020 », "January 2020". */
export function formatMonth(iso: string, lang: Locale): string {
  return out(lang, intl(lang, { month: 'long', year: 'numeric' }).format(utc(iso)));
}

/** A year, bare: « 2020 ». */
export function formatYear(iso: string, lang: Locale): string {
  return out(lang, intl(lang, { year: 'numeric' }).format(utc(iso)));
}

const byPrecision = { day: formatDay, month: formatMonth, year: formatYear } as const;

/**
 * A date at the precision its string carries, bare, for a place whose words
 * are already around it (a table cell, « ({date}) »): '2020-05' is « mai 2020 »,
 * never « 1 mai 2020 ».
 *
 * @example formatDate('2020-01', 'fr') // 'janvier 2020'
 */
export function formatDate(iso: string, lang: Locale): string {
  const precision = precisionOf(iso);
  if (!precision) throw new Error(`formatDate: "${iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return byPrecision[precision](iso, lang);
}

/** A phrase in three forms, one per precision ({ day: 'publié le {date}', month: 'publié en {date}', … }). */
export type DatedForms = Record<DatePrecision, string>;

/**
 * A phrase around a date, its form chosen by the date's precision, so that
 * a month never follows « le » nor a day « en »: `forms` is an object of
 * an i18n file (`{ day, month, year }`) or the prefix of three flat ui.json
 * keys (`source.published` → `source.published.day`, `.month`, `.year`).
 * `{date}` receives the bare date; `vars` fill the other slots.
 *
 * @example dated('source.published', '2020-01', 'fr') // 'publié en janvier 2020'
 * @example dated('date.on', '2021-10-01', 'fr')        // 'le 1er octobre 2021'
 * @example dated('date.on', '2020', 'en')              // 'in 2020'
 */
export function dated(forms: string | DatedForms, iso: string, lang: Locale, vars: Record<string, string | number> = {}): string {
  const precision = precisionOf(iso);
  if (!precision) throw new Error(`dated: "${iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  let text: string | undefined;
  if (typeof forms === 'string') {
    text = (strings('ui', lang) as Record<string, string>)[`${forms}.${precision}`];
    if (text === undefined) throw new Error(`Missing UI string "${forms}.${precision}" (${lang})`);
  } else text = forms[precision];
  return fill(text, { ...vars, date: formatDate(iso, lang) });
}

/** The date with its preposition: « le 1er octobre 2021 », « en janvier 2020 », "in 2020". */
export const dateOn = (iso: string, lang: Locale): string => dated('date.on', iso, lang);

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
