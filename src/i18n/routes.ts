/**
 * URL paths per language. Ids are language-neutral and fixed (`gdpr`); the
 * path segment a reader sees is translated (`/fr/rgpd/`, `/en/gdpr/`). Every
 * internal link goes through these helpers so that a sub-path deployment
 * (BASE_PATH=/visage-public/) keeps working.
 *
 * @example chapterPath('gdpr', 'fr') // '/fr/rgpd/' (with the base prefixed)
 */
import { CHAPTER_IDS, type ChapterId } from '../schemas/chapter';
import { byLocaleAll, DEFAULT_LOCALE, LOCALES, sourceLocale, type Locale } from './locales';
import type en from './en/routes.json';
import { dictionaryFiles } from './files';

type Segments = typeof en;
// The pseudo-locale lives at its source language's addresses (URL segments stay readable).
const real: Record<string, Segments> = {};
for (const [path, json] of Object.entries(dictionaryFiles)) {
  const m = /^\.\/([^/]+)\/routes\.json$/.exec(path);
  if (m) real[m[1]!] = json as Segments;
}
/** The URL segments of one language (src/i18n/<locale>/routes.json). */
export const segments = (lang: Locale): Segments => real[sourceLocale(lang)]!;

const table = <T>(f: (s: Segments) => T): Record<Locale, T> => byLocaleAll((l) => f(segments(l)));

export const chapterSegments = Object.fromEntries(CHAPTER_IDS.map((id) => [id, table((s) => s.chapter[id])])) as Record<ChapterId, Record<Locale, string>>;

export type PageId = keyof Segments['page'];
export const pageSegments = Object.fromEntries((Object.keys(real.en!.page) as PageId[]).map((id) => [id, table((s) => s.page[id])])) as Record<PageId, Record<Locale, string>>;

/** The configured base, always with one trailing slash. */
export function base(): string {
  const b = import.meta.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** Prefixes a site-relative path (no leading slash needed) with the base. */
export function withBase(path: string): string {
  return base() + path.replace(/^\//, '');
}

export const homePath = (lang: Locale) => withBase(`${lang}/`);
export const chapterPath = (id: ChapterId, lang: Locale) => withBase(`${lang}/${chapterSegments[id][lang]}/`);
export const pagePath = (id: PageId, lang: Locale) => withBase(`${lang}/${pageSegments[id][lang]}/`);

/** The figures page (the fines and claims charts), an Astro page rather than MDX. */
export const figuresSegments = table((s) => s.figures);
export const figuresPath = (lang: Locale) => withBase(`${lang}/${figuresSegments[lang]}/`);

/** The case timeline, an Astro page rather than MDX (src/pages/{fr/chronologie,en/timeline}.astro). */
export const timelineSegments = table((s) => s.timeline);
export const timelinePath = (lang: Locale) => withBase(`${lang}/${timelineSegments[lang]}/`);

/** The glossary, an Astro page built from content/glossary/ (src/pages/{fr/glossaire,en/glossary}.astro). */
export const glossarySegments = table((s) => s.glossary);
export const glossaryPath = (lang: Locale) => withBase(`${lang}/${glossarySegments[lang]}/`);
/** One entry of the glossary: its anchor is `term-<id>` in both languages. */
export const glossaryEntryPath = (id: string, lang: Locale) => `${glossaryPath(lang)}#term-${id}`;

/**
 * The sources page, an Astro page built from content/sources/ (src/pages/{fr,en}/sources.astro).
 * One entry's anchor is `source-<id>`, distinct from a chapter's own list (`#src-<id>`).
 */
export const sourcesSegments = table((s) => s.sources);
export const sourcesPath = (lang: Locale) => withBase(`${lang}/${sourcesSegments[lang]}/`);
export const sourceEntryPath = (id: string, lang: Locale) => `${sourcesPath(lang)}#source-${id}`;

/** The search page (Pagefind, one index per language): src/pages/{fr/recherche,en/search}.astro. */
export const searchSegments = table((s) => s.search);
export const searchPath = (lang: Locale) => withBase(`${lang}/${searchSegments[lang]}/`);

/** An absolute URL on the deployed site, for hreflang, canonical and downloads. */
export function absolute(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The language of a page from its URL (`/visage-public/fr/rgpd/` → fr). */
export function langFromUrl(url: URL): Locale {
  const first = url.pathname.slice(base().length).split('/')[0];
  return LOCALES.find((l) => l === first) ?? DEFAULT_LOCALE;
}

/**
 * Quiz pages hang under the chapter's translated segment:
 * /fr/quiz/affaire-clearview/, its worksheet /fr/quiz/affaire-clearview/fiche/
 * and answer key /fr/quiz/affaire-clearview/corrige/ (en: worksheet, answer-key).
 */
export type SheetKind = keyof Segments['sheet'];
export const sheetSegments = Object.fromEntries((Object.keys(real.en!.sheet) as SheetKind[]).map((k) => [k, table((s) => s.sheet[k])])) as Record<SheetKind, Record<Locale, string>>;

export const quizPath = (id: ChapterId, lang: Locale) => withBase(`${lang}/quiz/${chapterSegments[id][lang]}/`);
export const sheetPath = (id: ChapterId, lang: Locale, kind: SheetKind) =>
  withBase(`${lang}/quiz/${chapterSegments[id][lang]}/${sheetSegments[kind][lang]}/`);
/**
 * Moodle GIFT export of one chapter's quiz, or of every quiz (`all`):
 * `<id>.gift` for every Moodle (ordering questions as matching), and with
 * `'ordering'` `<id>.moodle44.gift` for Moodle 4.4 and later (ordering type).
 */
export const giftPath = (id: ChapterId | 'all', lang: Locale, ordering: 'ordering' | 'matching' = 'matching') =>
  withBase(`downloads/quizzes/${lang}/${id}${ordering === 'ordering' ? '.moodle44' : ''}.gift`);

/** The GIFT pieces the module builder joins in the browser (src/pages/downloads/builder/[lang].json.ts). */
export const builderGiftPath = (lang: Locale) => withBase(`downloads/builder/${lang}.json`);

/**
 * A chapter's SCORM 1.2 package (issue 16), made after the build by
 * scripts/scorm-packages.mjs from its launch page (src/pages/[lang]/scorm/):
 * the language-neutral id in the file name, like the GIFT files.
 *
 * @example scormPath('clearview-case', 'fr') // '/downloads/scorm/fr/clearview-case.zip'
 */
export const scormPath = (id: ChapterId, lang: Locale) => withBase(`downloads/scorm/${lang}/${id}.zip`);
/**
 * The template a teacher's module package is cut from in the browser (the module
 * builder's "SCORM package"; src/lib/scorm/module-package.ts), one per language.
 *
 * @example scormModulePath('fr') // '/downloads/scorm/fr/module.json'
 */
export const scormModulePath = (lang: Locale) => withBase(`downloads/scorm/${lang}/module.json`);
/** The launch page the build renders for a package, then removes from the site (it lives in the zip only). */
export const scormLaunchPath = (id: ChapterId, lang: Locale) => withBase(`${lang}/scorm/${id}/`);

/**
 * Issue 7 pages (each an Astro page per language over a shared component):
 * the teachers' hub and, under it, the module builder and the results page
 * where a teacher pastes a class's result codes; the student's module page
 * (its state in the URL fragment, never sent to a server) with its combined
 * worksheet and answer key; the learner's progress page; the page on using
 * the site offline (also the service worker's fallback).
 */
export const teachersSegments = table((s) => s.teachers);
export const teachersPath = (lang: Locale) => withBase(`${lang}/${teachersSegments[lang]}/`);
export const builderSegments = table((s) => s.builder);
/** The module builder: /fr/enseignants/module/, /en/teachers/module/. */
export const builderPath = (lang: Locale) => `${teachersPath(lang)}${builderSegments[lang]}/`;
export const resultsSegments = table((s) => s.results);
/** Where a teacher pastes result codes: /fr/enseignants/resultats/, /en/teachers/results/. */
export const resultsPath = (lang: Locale) => `${teachersPath(lang)}${resultsSegments[lang]}/`;
/** A student's module: /fr/module/#v1.…, /en/module/#v1.… (the fragment is the module, module-state.ts). */
export const moduleSegments = table((s) => s.module);
export const modulePath = (lang: Locale, state = '') => `${withBase(`${lang}/${moduleSegments[lang]}/`)}${state ? `#${state}` : ''}`;
/** The module's combined worksheet or answer key: /fr/module/fiche/#v1.…, /en/module/answer-key/#v1.… */
export const moduleSheetPath = (lang: Locale, kind: SheetKind, state = '') =>
  `${withBase(`${lang}/${moduleSegments[lang]}/${sheetSegments[kind][lang]}/`)}${state ? `#${state}` : ''}`;
export const progressSegments = table((s) => s.progress);
export const progressPath = (lang: Locale) => withBase(`${lang}/${progressSegments[lang]}/`);
export const offlineSegments = table((s) => s.offline);
export const offlinePath = (lang: Locale) => withBase(`${lang}/${offlineSegments[lang]}/`);
/** The Atom feed of corrections, one per language: /fr/corrections.xml, /en/corrections.xml. */
export const feedPath = (lang: Locale) => withBase(`${lang}/corrections.xml`);
/** A chapter's Open Graph image (1200 × 630 PNG made at build time): /og/fr/rgpd.png. */
export const ogImagePath = (id: ChapterId, lang: Locale) => withBase(`og/${lang}/${chapterSegments[id][lang]}.png`);

/**
 * getStaticPaths() of a page that lives at one address per language: the
 * route file is src/pages/[lang]/[...<param>].astro, and `path` gives its
 * address (`timelinePath`). One route file per page keeps each page's own
 * stylesheets on it alone.
 *
 * @example viewPaths('timeline', timelinePath) // [{ params: { lang: 'fr', timeline: 'chronologie' } }, …]
 */
export function viewPaths<P extends string>(param: P, path: (lang: Locale) => string) {
  const prefix = withBase('');
  return LOCALES.map((lang) => ({
    // '/visage-public/fr/enseignants/module/' → 'enseignants/module'
    params: { lang, [param]: path(lang).slice(prefix.length + lang.length + 1).replace(/\/$/, '') } as { lang: Locale } & Record<P, string>,
  }));
}
