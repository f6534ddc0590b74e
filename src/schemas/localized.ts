/**
 * A string that must exist in every language of the site.
 *
 * Language-neutral data (events, sources, glossary terms, quizzes) carries its
 * human text as `{ fr, en }` (one key per language of src/i18n/locales.json),
 * so that a date or an amount lives once and only the words are translated.
 * Every key is required and must not be blank: a missing English string fails
 * the build with the file and the field named. In the pseudo-locale build
 * (VP_PSEUDO=1) each parsed value also gains the pseudo-locale's text, made
 * from its source language by `pseudo()`.
 *
 * @example localized.parse({ fr: 'Amende', en: 'Fine' }) // { fr: 'Amende', en: 'Fine' }
 */
import { z } from 'astro/zod';
import { LOCALES, PSEUDO_LOCALES, PSEUDO_BUILD, REAL_LOCALES, sourceLocale, type Locale, type RealLocale } from '../i18n/locales';
import { pseudo } from '../i18n/pseudo';

export { LOCALES, type Locale };

// For authors' messages: "the English string ("en")", the language named by Intl.
const named = (lang: RealLocale) => `${new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang} string ("${lang}")`;
const text = (lang: RealLocale) =>
  z
    .string({ error: `missing the ${named(lang)}` })
    .trim()
    .min(1, { error: `the ${named(lang)} is empty` });

const withPseudo = <T>(v: Record<RealLocale, T>, f: (x: T) => T): Record<Locale, T> => {
  if (!PSEUDO_BUILD) return v as Record<Locale, T>;
  const out = { ...v } as Record<Locale, T>;
  for (const p of PSEUDO_LOCALES) out[p] = f(v[sourceLocale(p)]);
  return out;
};

/** One required, non-blank string per language. */
export const localized = z
  .strictObject(Object.fromEntries(REAL_LOCALES.map((l) => [l, text(l)])) as Record<RealLocale, ReturnType<typeof text>>)
  .transform((v) => withPseudo(v as Record<RealLocale, string>, pseudo));
export type Localized = Record<Locale, string>;

/** A list of strings per language (for instance learning objectives). */
export const localizedList = z
  .strictObject(Object.fromEntries(REAL_LOCALES.map((l) => [l, z.array(text(l)).min(1)])) as Record<RealLocale, z.ZodArray<ReturnType<typeof text>>>)
  .transform((v) => withPseudo(v as Record<RealLocale, string[]>, (xs) => xs.map(pseudo)));

/**
 * An identifier per language that is not a word to read (a heading anchor,
 * `#deux-sortes-derreurs`): required for every language like `localized`, but
 * the pseudo-locale takes its source language's value unchanged, since its
 * pages keep their source's anchors (scripts/lib/markdown-pseudo.mjs).
 */
export const localizedId = z
  .strictObject(Object.fromEntries(REAL_LOCALES.map((l) => [l, text(l)])) as Record<RealLocale, ReturnType<typeof text>>)
  .transform((v) => withPseudo(v as Record<RealLocale, string>, (x) => x));

/** A list of identifiers per language (heading anchors), with the same pseudo-locale rule as `localizedId`. */
export const localizedIdList = z
  .strictObject(Object.fromEntries(REAL_LOCALES.map((l) => [l, z.array(text(l)).min(1)])) as Record<RealLocale, z.ZodArray<ReturnType<typeof text>>>)
  .transform((v) => withPseudo(v as Record<RealLocale, string[]>, (xs) => xs));
