/**
 * /og/<lang>/<chapter segment>.png — one Open Graph card per chapter and
 * language, drawn at build time (src/lib/og/): no external service, no
 * system font.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { useT, type Locale } from '../../../i18n';
import { chapterSegments } from '../../../i18n/routes';
import { splitId } from '../../../lib/content';
import { ogCardSvg } from '../../../lib/og/card';
import { svgToPng } from '../../../lib/og/png';
import { ogStrings } from '../../../components/og/strings';
import type { ChapterId } from '../../../schemas/chapter';

export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters');
  return chapters.map((entry) => {
    const { lang, id } = splitId(entry.id);
    return {
      params: { lang, slug: chapterSegments[id as ChapterId][lang] },
      props: { lang, order: entry.data.order, title: entry.data.title },
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { lang, order, title } = props as { lang: Locale; order: number; title: string };
  const t = useT(lang);
  const svg = ogCardSvg({ site: t('site.name'), kicker: t('chapter.label', { n: order }), title, footer: ogStrings[lang].footer });
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
