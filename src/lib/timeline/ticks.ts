/**
 * Tick labels through Intl, in the reader's language, as precise as the
 * ticks are: "2021" on a year boundary, "févr." or "Feb" on a month (with the
 * year on the first tick and in January), "18 janv." on a day.
 *
 * @example tickLabel(new Date('2021-01-01'), 'fr') // '2021'
 * @example tickLabel(new Date('2020-02-01'), 'en') // 'Feb'
 */
import { isPseudo, localeInfo, type Locale } from '../../i18n/locales';
import { pseudo } from '../../i18n/pseudo';

// Intl speaks the pseudo-locale's source language; its month names are then transformed like the rest.
const out = (lang: Locale, s: string) => (isPseudo(lang) ? pseudo(s) : s);
const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(opts)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(localeInfo(lang).intl, { ...opts, timeZone: 'UTC' })));
  return f;
}

/** The label of one tick; `first` adds the year to a month tick. */
export function tickLabel(date: Date, lang: Locale, first = false): string {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (month === 0 && day === 1) return fmt(lang, { year: 'numeric' }).format(date);
  if (day === 1) return out(lang, fmt(lang, first ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(date));
  return out(lang, fmt(lang, { day: 'numeric', month: 'short' }).format(date));
}
