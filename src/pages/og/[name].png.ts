/**
 * /og/fr.png, /og/en.png, /og/site.png — the cards of every page that is not
 * a chapter (src/lib/og/paths.ts): the site name as the title.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useT } from '../../i18n';
import { ogCardSvg } from '../../lib/og/card';
import { svgToPng } from '../../lib/og/png';
import { OG_DEFAULT_NAMES, type OgDefaultName } from '../../lib/og/paths';
import { ogStrings } from '../../components/og/strings';

export const getStaticPaths = (() => OG_DEFAULT_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as OgDefaultName;
  const lang = name === 'site' ? 'fr' : name;
  const t = useT(lang);
  const card = name === 'site'
    ? { site: 'Visage public · Public Face', kicker: 'Français · English', title: 'L’affaire Clearview AI et le RGPD', footer: 'The Clearview AI case and the GDPR' }
    : { site: t('site.name'), kicker: ogStrings[lang].siteKicker, title: ogStrings[lang].siteTitle, footer: ogStrings[lang].siteFooter };
  return new Response(await svgToPng(ogCardSvg(card)), { headers: { 'Content-Type': 'image/png' } });
};
