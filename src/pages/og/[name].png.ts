/**
 * /og/fr.png, /og/en.png, /og/site.png — the cards of every page that is not
 * a chapter (src/lib/og/paths.ts); their words: src/lib/og/words.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCardSvg } from '../../lib/og/card';
import { svgToPng } from '../../lib/og/png';
import { OG_DEFAULT_NAMES, type OgDefaultName } from '../../lib/og/paths';
import { languageCard, siteCard } from '../../lib/og/words';

export const getStaticPaths = (() => OG_DEFAULT_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as OgDefaultName;
  const card = name === 'site' ? siteCard() : languageCard(name);
  return new Response(await svgToPng(ogCardSvg(card)), { headers: { 'Content-Type': 'image/png' } });
};
