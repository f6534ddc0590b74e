/**
 * Number and name formats the charts need beyond src/lib/format.ts, all
 * through Intl so that French and English differ only in data, never in code.
 *
 * @example formatEurosShort(8_908_390, 'fr') // '8,91 M €' (narrow no-break spaces)
 * @example formatEurosShort(8_908_390, 'en') // '€8.91m'
 * @example regionName('GB', 'fr') // 'Royaume-Uni'
 */
import { isPseudo, localeInfo, type Locale } from '../../i18n/locales';
import { pseudo } from '../../i18n/pseudo';

const tag = (lang: Locale) => localeInfo(lang).intl;
// Intl speaks the pseudo-locale's source language; its words are then transformed like the rest.
const out = (lang: Locale, s: string) => (isPseudo(lang) ? pseudo(s) : s);

/** Euros in a short form, three significant digits at most: for axis ticks and bar labels. */
export function formatEurosShort(euros: number, lang: Locale): string {
  return out(lang, new Intl.NumberFormat(tag(lang), {
    style: 'currency', currency: 'EUR', notation: 'compact', maximumSignificantDigits: 3,
  }).format(euros));
}

/** A number of images in billions, as a plain number: 60000000000 → '60', 2500000000 → '2,5' (fr). */
export function formatBillions(images: number, lang: Locale): string {
  return new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 1 }).format(images / 1e9);
}

/** An exchange rate as "0,84783 £GB" (fr) or "£0.84783" (en): as many decimals as the source gives. */
export function formatRate(perEuro: number, currency: string, lang: Locale): string {
  return out(lang, new Intl.NumberFormat(tag(lang), { style: 'currency', currency, maximumFractionDigits: 6 }).format(perEuro));
}

/** The country of an ISO 3166 code (GB; US-IL → US; EU too), in the reader's language. */
export function regionName(jurisdiction: string, lang: Locale): string {
  const code = jurisdiction.split('-')[0]!;
  return out(lang, new Intl.DisplayNames([tag(lang)], { type: 'region' }).of(code) ?? code);
}

/** A year in the reader's locale (the same digits in both, but never assumed). */
export function formatYear(year: number, lang: Locale): string {
  return new Intl.DateTimeFormat(tag(lang), { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 6, 1));
}
