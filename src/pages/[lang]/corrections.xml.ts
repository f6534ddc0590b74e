/**
 * /fr/corrections.xml, /en/corrections.xml — an Atom feed per language of the
 * chapters' corrections logs (content/corrections/). Every URL is absolute and
 * base-aware; an entry links to the section it concerns and its id is the
 * chapter URL with the item's fragment (`#correction-<date>-<n>`), the anchor
 * the chapter page gives that item. Words: src/i18n/<lang>/corrections.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { LOCALES, fill, localeInfo, strings, type Locale } from '../../i18n';
import { absolute, chapterPath, feedPath, homePath } from '../../i18n/routes';
import { buildAtom } from '../../lib/feed';
import { allCorrectionItems, firstSection, latestDate } from '../../lib/corrections';
import { chaptersIn, chapterId } from '../../lib/content';
import type { ChapterId } from '../../schemas/chapter';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const s = strings('corrections', lang);
  const chapters = new Map((await chaptersIn(lang)).map((c) => [chapterId(c), c.data] as const));
  const logs = (await getCollection('corrections')).filter((l) => chapters.has(l.id as ChapterId));
  const items = allCorrectionItems(logs.map((l) => ({ chapter: l.id, log: l.data })), (id) => chapters.get(id as ChapterId)!.order);
  const self = absolute(feedPath(lang), site);
  const xml = buildAtom({
    id: self,
    title: s.feedTitle,
    subtitle: s.feedSubtitle,
    lang: localeInfo(lang).htmlLang,
    updated: latestDate(items, logs.map((l) => l.data.published)),
    self,
    alternate: absolute(homePath(lang), site),
    author: s.author,
    entries: items.map((item) => {
      const id = item.chapter as ChapterId;
      const data = chapters.get(id)!;
      const page = absolute(chapterPath(id, lang), site);
      const section = firstSection(item, lang);
      return {
        id: `${page}#${item.key}`,
        title: fill(s.entryTitle, { kind: s.kind[item.kind], n: data.order, title: data.title }),
        updated: item.date,
        link: `${page}#${section ?? item.key}`,
        summary: item.summary[lang],
        category: { term: item.kind, label: s.kind[item.kind] },
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
