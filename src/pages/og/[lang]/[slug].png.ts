/**
 * /og/<lang>/<chapter segment>.png — one Open Graph card per chapter and
 * language, drawn at build time (src/lib/og/): no external service, no
 * system font.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Locale } from '../../../i18n';
import { chapterSegments } from '../../../i18n/routes';
import { splitId } from '../../../lib/content';
import { ogCardSvg } from '../../../lib/og/card';
import { svgToPng } from '../../../lib/og/png';
import { chapterCard } from '../../../lib/og/words';
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
  const svg = ogCardSvg(chapterCard(lang, order, title));
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
