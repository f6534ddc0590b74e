/**
 * Where the Open Graph images live. Chapters: ogImagePath() in
 * src/i18n/routes.ts (/og/fr/rgpd.png). Every other page of a language shares
 * that language's card (/og/fr.png, /og/en.png); the bilingual landing page
 * has its own (/og/site.png).
 */
import { withBase } from '../../i18n/routes';
import type { Locale } from '../../schemas/localized';

export const OG_DEFAULT_NAMES = ['fr', 'en', 'site'] as const;
export type OgDefaultName = (typeof OG_DEFAULT_NAMES)[number];

export const ogDefaultPath = (lang: Locale | undefined) => withBase(`og/${lang ?? 'site'}.png`);
