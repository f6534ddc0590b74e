/**
 * The site's languages: one list (src/i18n/locales.json), read by the Astro
 * config (i18n routing), the routes, the switcher, hreflang, the sitemap,
 * Pagefind and the exports. Nothing else names a language.
 *
 * `LOCALES` are the languages of this build: the real ones, plus the
 * pseudo-locale `qps` when VP_PSEUDO=1 (a test-only build whose every string
 * is its source language's, transformed by `pseudo()`, so that any word left
 * untransformed on its pages is a hard-coded string).
 *
 * @example
 *   LOCALES            // ['fr', 'en'] (['fr', 'en', 'qps'] with VP_PSEUDO=1)
 *   sourceLocale('qps') // 'en'
 */
import info from './locales.json' with { type: 'json' };

export type RealLocale = keyof typeof info.locales;
export type PseudoLocale = keyof typeof info.pseudo;
/** Every language the code knows of; a build has `LOCALES` of them. */
export type Locale = RealLocale | PseudoLocale;

interface LocaleInfo {
  /** BCP 47 tag of the `lang` attribute and hreflang. */
  htmlLang: string;
  /** BCP 47 tag for Intl (dates, numbers, lists). */
  intl: string;
  /** Open Graph locale (language_TERRITORY). */
  og: string;
  /** Pseudo-locale only: the language whose strings it transforms. */
  from?: RealLocale;
}

const all: Record<Locale, LocaleInfo> = { ...info.locales, ...(info.pseudo as Record<PseudoLocale, LocaleInfo>) };

/** True in the test-only pseudo-locale build (VP_PSEUDO=1). */
export const PSEUDO_BUILD = typeof process !== 'undefined' && process.env?.VP_PSEUDO === '1';

/** The languages whose text is written by people (content/ holds each of them). */
export const REAL_LOCALES = Object.keys(info.locales) as RealLocale[];
export const PSEUDO_LOCALES = Object.keys(info.pseudo) as PseudoLocale[];
/** The languages of this build, in display order. */
export const LOCALES: readonly Locale[] = PSEUDO_BUILD ? [...REAL_LOCALES, ...PSEUDO_LOCALES] : REAL_LOCALES;
/** The landing page's and the fallback language. */
export const DEFAULT_LOCALE = info.default as RealLocale;

export const localeInfo = (lang: Locale): LocaleInfo => all[lang];
export const isPseudo = (lang: Locale): lang is PseudoLocale => Boolean(all[lang].from);
/** The real language a locale's text comes from: itself, or a pseudo-locale's source. */
export const sourceLocale = (lang: Locale): RealLocale => (all[lang].from ?? lang) as RealLocale;

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The other languages of this build, for the language switcher. */
export const otherLocales = (lang: Locale): Locale[] => LOCALES.filter((l) => l !== lang);

/** `{ fr: f('fr'), en: f('en') }` for the languages of this build (alternates, paths by language). */
export function byLocale<T>(f: (lang: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
}

/** The same over every language the code knows of, built or not (tables of tags). */
export function byLocaleAll<T>(f: (lang: Locale) => T): Record<Locale, T> {
  return Object.fromEntries((Object.keys(all) as Locale[]).map((l) => [l, f(l)])) as Record<Locale, T>;
}
