/**
 * Every word of the interface, one folder per language: src/i18n/<locale>/
 * holds one JSON file per area (`ui.json` for the site's frame, then
 * `teachers.json`, `results.json`…), the same files with the same keys in
 * every language. Values are strings, or objects and lists of strings;
 * `{name}` slots are filled by `fill()` / `t()`. Importing this module throws
 * when a language lacks a file, a key, or a slot of the reference language
 * (English), so a missing translation fails the build loudly.
 *
 * The pseudo-locale (VP_PSEUDO=1, src/i18n/locales.ts) has no files: its
 * dictionaries are its source language's, passed through `pseudo()`.
 *
 * @example
 *   const t = useT('fr');
 *   t('chapter.label', { n: 2 })          // 'Chapitre 2'
 *   strings('teachers', 'en').title       // 'For teachers'
 */
import { byLocaleAll, isPseudo, sourceLocale, type Locale, type RealLocale, REAL_LOCALES, LOCALES, localeInfo, otherLocales, isLocale } from './locales';
import { pseudoDeep } from './pseudo';
import { dictionaryProblems, REFERENCE } from './check';
import { dictionaryFiles } from './files';
import type ui from './en/ui.json';
import type teachers from './en/teachers.json';
import type results from './en/results.json';
import type module from './en/module.json';
import type progress from './en/progress.json';
import type offline from './en/offline.json';
import type corrections from './en/corrections.json';
import type og from './en/og.json';
import type letter from './en/letter.json';
import type crawl from './en/crawl.json';
import type charts from './en/charts.json';
import type law from './en/law.json';
import type biometrics from './en/biometrics.json';
import type facelab from './en/facelab.json';
import type timeline from './en/timeline.json';
import type routes from './en/routes.json';
import type scorm from './en/scorm.json';
import type lms from './en/lms.json';

export { LOCALES, REAL_LOCALES, isLocale, localeInfo, otherLocales, type Locale, type RealLocale };
export { byLocale, DEFAULT_LOCALE, isPseudo, sourceLocale, PSEUDO_BUILD } from './locales';

/** The areas of the interface, typed from the reference language's files. */
export interface Areas {
  ui: typeof ui;
  teachers: typeof teachers;
  results: typeof results;
  module: typeof module;
  progress: typeof progress;
  offline: typeof offline;
  corrections: typeof corrections;
  og: typeof og;
  letter: typeof letter;
  crawl: typeof crawl;
  charts: typeof charts;
  law: typeof law;
  biometrics: typeof biometrics;
  facelab: typeof facelab;
  timeline: typeof timeline;
  routes: typeof routes;
  scorm: typeof scorm;
  lms: typeof lms;
}
export type Area = keyof Areas;
export type UIKey = keyof Areas['ui'];

export { dictionaryProblems, flatten, REFERENCE } from './check';

const files = dictionaryFiles as Record<string, Record<string, unknown>>;

/** dictionaries.fr.teachers, dictionaries.en.ui… for the real languages. */
export const dictionaries = {} as Record<RealLocale, Record<string, Record<string, unknown>>>;
for (const [path, json] of Object.entries(files)) {
  const m = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!m || !(REAL_LOCALES as string[]).includes(m[1]!)) continue;
  ((dictionaries[m[1] as RealLocale] ??= {}) as Record<string, unknown>)[m[2]!] = json;
}

/** Every problem of every real language against the reference (what `npm run i18n:missing` prints). */
export function allDictionaryProblems(): string[] {
  const problems: string[] = [];
  for (const lang of REAL_LOCALES) {
    if (lang === REFERENCE) continue;
    if (!dictionaries[lang]) { problems.push(`${lang}: no folder src/i18n/${lang}/`); continue; }
    problems.push(...dictionaryProblems(dictionaries[REFERENCE], dictionaries[lang], lang));
  }
  return problems;
}

const drift = allDictionaryProblems();
if (drift.length) throw new Error(`UI dictionaries differ from src/i18n/${REFERENCE}/:\n  ${drift.join('\n  ')}`);

const pseudoCache = new Map<string, unknown>();

/** The words of one area in one language (the pseudo-locale's are made from its source). */
export function strings<A extends Area>(area: A, lang: Locale): Areas[A] {
  if (isPseudo(lang)) {
    const key = `${lang}/${area}`;
    if (!pseudoCache.has(key)) {
      const src = dictionaries[sourceLocale(lang)][area];
      // URL segments stay readable ASCII: a pseudo page lives at its source's addresses.
      pseudoCache.set(key, area === 'routes' ? src : pseudoDeep(src));
    }
    return pseudoCache.get(key) as Areas[A];
  }
  const dict = dictionaries[lang as RealLocale]?.[area];
  if (!dict) throw new Error(`No src/i18n/${lang}/${area}.json`);
  return dict as Areas[A];
}

// The one fill() (src/i18n/fill.ts; lib code imports it from here, never the reverse).
export { fill } from './fill';
import { fill } from './fill';

/** A translator for the `ui` area; `{name}` placeholders are filled from `vars`. */
export function useT(lang: Locale) {
  const dict = strings('ui', lang) as Record<string, string>;
  return (key: UIKey | `chapter.${string}.title` | `source.kind.${string}` | `chapter.level.${string}`, vars: Record<string, string | number> = {}) => {
    const s = dict[key];
    if (s === undefined) throw new Error(`Missing UI string "${key}" (${lang})`);
    return fill(s, vars);
  };
}

/** The other language of a two-language build (kept for two-language pages such as the landing page). */
export const otherLocale = (lang: Locale): Locale => otherLocales(lang)[0] ?? lang;

/** BCP 47 tags used for hreflang / lang and for Intl, from src/i18n/locales.json. */
export const htmlLang = byLocaleAll((l) => localeInfo(l).htmlLang);
export const intlLocale = byLocaleAll((l) => localeInfo(l).intl);
