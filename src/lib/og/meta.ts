/**
 * What Base.astro puts in <head> for link previews: Open Graph type, locale,
 * image (absolute URL) and its alt text, and the corrections feed link.
 * A chapter is recognised from the URL, so the page itself only has to pass
 * its image (and even that falls back to the chapter's card).
 *
 * @example await shareMeta({ lang: 'en', url: new URL('https://x.org/en/gdpr/'), site, image: undefined })
 *   // { type: 'article', image: 'https://x.org/og/en/gdpr.png', imageAlt: 'Public Face, chapter 4: The GDPR', … }
 */
import { getEntry } from 'astro:content';
import { DEFAULT_LOCALE, fill, localeInfo, otherLocales, strings, useT, type Locale } from '../../i18n';
import { absolute, chapterPath, feedPath, ogImagePath } from '../../i18n/routes';
import { CHAPTER_IDS } from '../../schemas/chapter';
import { ogDefaultPath } from './paths';
import { siteCardAlt, siteCardName } from './words';
import { latestDate } from '../corrections';
import { rfc3339 } from '../feed';

export interface ShareMeta {
  siteName: string;
  type: 'article' | 'website';
  locale: string;
  localeAlternates: string[];
  image: string;
  imageAlt: string;
  /** A chapter's last substantive change (frontmatter `updated` or its newest correction), RFC 3339. */
  modified?: string | undefined;
  feed?: { title: string; href: string } | undefined;
}

export async function shareMeta({ lang, url, site, image }: { lang: Locale | undefined; url: URL; site: URL | undefined; image: string | undefined }): Promise<ShareMeta> {
  const pageLang = lang ?? DEFAULT_LOCALE;
  const t = useT(pageLang);
  const chapter = lang ? CHAPTER_IDS.find((id) => chapterPath(id, lang) === url.pathname) : undefined;
  const entry = chapter ? await getEntry('chapters', `${lang}/${chapter}`) : undefined;
  // A logged correction is a substantive change too, even when frontmatter `updated` was not bumped.
  const log = chapter ? await getEntry('corrections', chapter) : undefined;
  const modified = entry ? latestDate(log?.data.entries ?? [], [entry.data.updated]) : undefined;
  return {
    siteName: lang ? t('site.name') : siteCardName(),
    type: entry ? 'article' : 'website',
    // Open Graph locales (language_TERRITORY) are in src/i18n/locales.json.
    locale: localeInfo(pageLang).og,
    localeAlternates: otherLocales(pageLang).map((l) => localeInfo(l).og),
    image: absolute(image ?? (chapter && lang ? ogImagePath(chapter, lang) : ogDefaultPath(lang)), site),
    imageAlt: entry && lang
      ? fill(strings('og', lang).chapterAlt, { n: entry.data.order, title: entry.data.title })
      : lang ? strings('og', lang).siteAlt : siteCardAlt(),
    modified: modified ? rfc3339(modified) : undefined,
    feed: lang ? { title: strings('corrections', lang).feedTitle, href: absolute(feedPath(lang), site) } : undefined,
  };
}
