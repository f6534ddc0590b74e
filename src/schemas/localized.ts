/**
 * A string that must exist in every language of the site.
 *
 * Language-neutral data (events, sources, glossary terms, quizzes) carries its
 * human text as `{ fr, en }`, so that a date or an amount lives once and only
 * the words are translated. Both keys are required and must not be blank:
 * a missing English string fails the build with the file and the field named.
 *
 * @example localized.parse({ fr: 'Amende', en: 'Fine' })
 */
import { z } from 'astro/zod';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const text = (lang: Locale) =>
  z
    .string({ error: `missing the ${lang === 'fr' ? 'French' : 'English'} string ("${lang}")` })
    .trim()
    .min(1, { error: `the ${lang === 'fr' ? 'French' : 'English'} string ("${lang}") is empty` });

export const localized = z.strictObject({
  /** French text. Required. */
  fr: text('fr'),
  /** English text. Required. */
  en: text('en'),
});
export type Localized = z.infer<typeof localized>;

/** A list of strings per language (for instance learning objectives). */
export const localizedList = z.strictObject({
  fr: z.array(text('fr')).min(1),
  en: z.array(text('en')).min(1),
});
