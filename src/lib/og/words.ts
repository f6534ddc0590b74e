/**
 * What the Open Graph cards say, from src/i18n/<lang>/og.json and the site
 * name of ui.json: a chapter's card, a language's card, and the landing
 * page's card, which shows every language of the build side by side (the
 * first language's short title as the title, the others' as the footer).
 *
 * @example
 *   chapterCard('en', 4, 'The GDPR') // { site: 'Public Face', kicker: 'Chapter 4', title: 'The GDPR', footer: 'The Clearview AI case and the GDPR, step by step' }
 *   siteCardAlt()                    // 'Visage public · Public Face — L’affaire Clearview AI et le RGPD · The Clearview AI case and the GDPR'
 */
import { LOCALES, strings, useT, type Locale } from '../../i18n';
import type { OgCard } from './card';

/** Between the languages' versions of one text. */
const JOIN = ' · ';

/** The card of one chapter. */
export function chapterCard(lang: Locale, order: number, title: string): OgCard {
  const t = useT(lang);
  return { site: t('site.name'), kicker: t('chapter.label', { n: order }), title, footer: strings('og', lang).footer };
}

/** The card shared by a language's pages that are not chapters. */
export function languageCard(lang: Locale): OgCard {
  const s = strings('og', lang);
  return { site: useT(lang)('site.name'), kicker: s.siteKicker, title: s.siteTitle, footer: s.siteFooter };
}

const siteNames = () => LOCALES.map((l) => useT(l)('site.name'));
const shortTitles = () => LOCALES.map((l) => strings('og', l).siteShortTitle);

/** The site's name in every language: "Visage public · Public Face". */
export const siteCardName = (): string => siteNames().join(JOIN);

/** The landing page's card, in every language of the build. */
export function siteCard(): OgCard {
  const [title = '', ...others] = shortTitles();
  return { site: siteCardName(), kicker: LOCALES.map((l) => useT(l)('lang.name')).join(JOIN), title, footer: others.join(JOIN) };
}

/** The alt text of the landing page's card: its names, then its titles. */
export const siteCardAlt = (): string => `${siteCardName()} — ${shortTitles().join(JOIN)}`;
