/**
 * Words printed on the Open Graph cards and in the og:image:alt text, one
 * dictionary per language with the same keys. `{title}` and `{n}` are filled
 * by the caller.
 */
import type { Locale } from '../../schemas/localized';

const fr = {
  footer: 'L’affaire Clearview AI et le RGPD, pas à pas',
  siteKicker: 'Un cours ouvert et bilingue',
  siteTitle: 'L’affaire Clearview AI, le moissonnage du web et le RGPD',
  siteFooter: 'Huit chapitres, des quiz, une chronologie et toutes les sources',
  chapterAlt: 'Visage public, chapitre {n}\u00a0: {title}',
  siteAlt: 'Visage public\u00a0: l’affaire Clearview AI, le moissonnage du web et le RGPD',
} as const;

const en: Record<keyof typeof fr, string> = {
  footer: 'The Clearview AI case and the GDPR, step by step',
  siteKicker: 'An open, bilingual course',
  siteTitle: 'The Clearview AI case, web scraping and the GDPR',
  siteFooter: 'Eight chapters, quizzes, a timeline and every source',
  chapterAlt: 'Public Face, chapter {n}: {title}',
  siteAlt: 'Public Face: the Clearview AI case, web scraping and the GDPR',
};

export type OgKey = keyof typeof fr;
export const ogStrings: Record<Locale, Record<OgKey, string>> = { fr, en };

/** The alt text of the landing page's bilingual card. */
export const siteCardAlt = 'Visage public · Public Face — L’affaire Clearview AI et le RGPD · The Clearview AI case and the GDPR';
