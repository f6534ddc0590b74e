/**
 * /downloads/builder/<lang>.json — the GIFT pieces of every question in one
 * language (module-data.ts, moduleGiftData), which the module builder joins
 * into a module's GIFT files in the browser (src/lib/module-gift.ts).
 *
 * A file of its own rather than a data-* attribute of the builder page: the
 * pieces are 106 KB, 60 % of that page, and only a teacher who makes a
 * module needs them; the builder fetches them while the teacher ticks
 * (same origin, so the CSP's connect-src 'self' allows it), and the offline
 * copy saves them with the pages (scripts/lib/sw-manifest.mjs).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../i18n';
import { moduleGiftData } from '../../../components/module/module-data';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await moduleGiftData(params.lang as Locale)), { headers: { 'Content-Type': 'application/json' } });
