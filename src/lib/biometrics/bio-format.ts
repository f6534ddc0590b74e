/**
 * Numbers of the biometrics explorables, per page language, shared by the
 * build (Astro components) and the browser (custom elements), so the server
 * HTML and the live outputs always read the same. Each function takes the
 * page's Intl locale (`intlLocale[lang]` from src/i18n, which the components
 * also hand to the browser as data-intl); the few words it needs
 * (`formatShare`) come from src/i18n/<locale>/biometrics.json, passed in.
 *
 * @example
 *   formatCount(3000, 'fr-FR')     // '3 000' (narrow no-break space)
 *   formatPercent(0.632, 'en-GB')  // '63.2%'
 */

/** A BCP 47 tag for Intl ('fr-FR', 'en-GB'); undefined for the runtime's default. */
export type IntlTag = string | undefined;

/** A count: whole above 100, else three significant digits (0.06, 6, 63.2). */
export function formatCount(x: number, locale: IntlTag): string {
  const opts: Intl.NumberFormatOptions = x >= 100 || x === 0 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(locale, opts).format(x);
}

/**
 * A probability as a percentage: one decimal, more significant digits for
 * tiny values, and never "100%": above 99.9% it reads `above` filled with
 * "99.9%" ("more than {p}" from the dictionary; "> {p}" by default). A false
 * match is never certain, even when 1 − e^−3000 rounds to 1 in a double.
 */
export function formatPercent(p: number, locale: IntlTag, above = '> {p}'): string {
  const pct = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, { style: 'percent', ...o });
  if (p > 0.999) return above.replace('{p}', pct({ maximumFractionDigits: 1 }).format(0.999));
  if (p > 0 && p < 0.001) return pct({ maximumSignificantDigits: 2 }).format(p);
  return pct({ maximumFractionDigits: 1 }).format(p);
}

/** "1 in 1,000" style odds for a small rate (≤ 1 in 10): the rounded reciprocal. For any rate, use formatShare. */
export function formatOdds(rate: number, locale: IntlTag): string {
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(1 / rate);
}

/** The words of `formatShare`: the `share` object of src/i18n/<locale>/biometrics.json. */
export interface ShareWords {
  /** At a rate of 0 ("no"). */
  none: string;
  /** At a rate of 1 ("all"). */
  all: string;
  /** From 95 % ("almost all"). */
  most: string;
  /** A rounded share, "{k} in {n}" after "about". */
  about: string;
  /** An exact share or odds: "{k} in {n}". */
  odds: string;
}

/**
 * How many of a group a rate picks out, in words a reader says aloud:
 * "1 in 1,000" and "1 in 13 billion" while the rate is at most 1 in 10
 * (the reciprocal, two significant digits, in words from a million up);
 * "about 9 in 10" or "1 in 2" between 1 in 10 and 95 %, "almost all" from
 * 95 %, "all" at 1 and "no" at 0, in the words `w` of the page's language.
 * Never "1 in 1.1", which is what a bare reciprocal gives for large rates.
 *
 * @example
 *   const en = strings('biometrics', 'en').share;
 *   formatShare(1e-3, 'en-GB', en)   // '1 in 1,000'
 *   formatShare(0.91, 'en-GB', en)   // 'about 9 in 10'
 *   formatShare(0.5, 'fr-FR', fr)    // '1 sur 2'
 */
export function formatShare(rate: number, locale: IntlTag, w: ShareWords): string {
  const fill = (s: string, k: string, n: string) => s.replace('{k}', k).replace('{n}', n);
  if (!(rate > 0)) return w.none;
  if (rate >= 1) return w.all;
  if (rate >= 0.95) return w.most;
  if (rate > 0.1 + 1e-9) {
    const k = Math.round(rate * 10);
    const exact = Math.abs(rate * 10 - k) < 0.05;
    const [a, b] = k === 5 ? ['1', '2'] : [String(k), '10'];
    return fill(exact ? w.odds : w.about, a, b);
  }
  const n = 1 / rate;
  const big = n >= 1e6 ? { notation: 'compact', compactDisplay: 'long' } as const : {};
  return fill(w.odds, '1', new Intl.NumberFormat(locale, { maximumSignificantDigits: 2, ...big }).format(n));
}

/** A threshold score, two decimals: 0.62 / 0,62. */
export function formatScore(t: number, locale: IntlTag): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(t);
}

/** A gallery size in words-ish: 60 billion → "60 billion" / "60 milliards". */
export function formatGallery(n: number, locale: IntlTag): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(n);
}

/** A rate as a power of ten with superscripts: 1e-6 → "10⁻⁶", 1 → "1" (any language). */
export function formatRate(rate: number): string {
  const e = Math.round(Math.log10(rate));
  if (e === 0) return '1';
  return `10${String(e).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d)}`;
}
