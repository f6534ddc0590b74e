/**
 * Where the Open Graph images live. Chapters: ogImagePath() in
 * src/i18n/routes.ts (/og/fr/rgpd.png). Every other page of a language shares
 * that language's card (/og/fr.png, /og/en.png); the bilingual landing page
 * has its own (/og/site.png).
 */
import { LOCALES, type Locale } from '../../i18n';
import { withBase } from '../../i18n/routes';

export type OgDefaultName = Locale | 'site';
export const OG_DEFAULT_NAMES: readonly OgDefaultName[] = [...LOCALES, 'site'];

export const ogDefaultPath = (lang: Locale | undefined) => withBase(`og/${lang ?? 'site'}.png`);
