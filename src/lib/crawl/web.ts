/**
 * The synthetic web of the crawl explorable: four invented sites under the
 * reserved `.example` domain (RFC 2606), 26 pages and nine invented people.
 * Nobody here exists; faces are drawn as initials, never photos. Ids are
 * language-neutral; only page titles and site kinds are translated.
 *
 * The graph is built so that each measure can be read on its own:
 * - robots.txt rules disallow a few paths, and every other page stays
 *   reachable without them, so honouring the rules removes exactly those;
 * - two people (Dario, Esme) can set their profile private, and photos of
 *   them also appear on pages that other people posted;
 * - Ada's face appears on three sites, one photo of her carries a place.
 *
 *   import { WEB } from './web';
 *   WEB.pages['snapshare.example/p/1'].images[0].people // ['ada', 'bram']
 */
import type { Locale } from '../../schemas/localized';

export type SiteId = 'chirp' | 'news' | 'blog' | 'snap';
export type PersonId = 'ada' | 'bram' | 'cleo' | 'dario' | 'esme' | 'farid' | 'gala' | 'hugo' | 'ines';

export interface Site {
  id: SiteId;
  host: string;
  /** The site's invented name, the same in every language. */
  name: string;
  /** The site's robots.txt, verbatim (RFC 9309 syntax). */
  robots: string;
}

export interface Image {
  /** Image URL path, unique on the web. */
  src: string;
  people: PersonId[];
  /** An invented place the photo is tagged with. */
  geo?: string;
}

export interface Page {
  /** "host/path", the page's id. */
  url: string;
  site: SiteId;
  path: string;
  title: Record<Locale, string>;
  links: string[];
  images: Image[];
  /** The person whose account this page belongs to; hidden when that account goes private. */
  owner?: PersonId;
}

export interface Web {
  sites: Site[];
  people: { id: PersonId; name: string }[];
  /** People who set their account private when the "private accounts" measure is on. */
  privatePeople: PersonId[];
  seeds: string[];
  pages: Record<string, Page>;
  /** Page urls in a stable reading order (site by site). */
  order: string[];
}

const SITES: Site[] = [
  { id: 'chirp', host: 'chirp.example', name: 'Chirp', robots: 'User-agent: *\nDisallow: /u/*/photos\n' },
  { id: 'news', host: 'valley-news.example', name: 'Valley Courier', robots: 'User-agent: *\nDisallow: /archive/\nAllow: /archive/fest\n' },
  { id: 'blog', host: 'moss-notes.example', name: 'Moss Notes', robots: '' },
  { id: 'snap', host: 'snapshare.example', name: 'SnapShare', robots: 'User-agent: *\nDisallow: /map\n' },
];

const PEOPLE: Web['people'] = [
  { id: 'ada', name: 'Ada Quill' },
  { id: 'bram', name: 'Bram Otter' },
  { id: 'cleo', name: 'Cleo Marsh' },
  { id: 'dario', name: 'Dario Finch' },
  { id: 'esme', name: 'Esme Lark' },
  { id: 'farid', name: 'Farid Wren' },
  { id: 'gala', name: 'Gala Birch' },
  { id: 'hugo', name: 'Hugo Pike' },
  { id: 'ines', name: 'Ines Moss' },
];

type Row = [site: SiteId, path: string, en: string, fr: string, links: string[], images: Image[], owner?: PersonId];
const img = (src: string, people: PersonId[], geo?: string): Image => (geo ? { src, people, geo } : { src, people });
const C = 'chirp.example', N = 'valley-news.example', B = 'moss-notes.example', S = 'snapshare.example';
const profiles = ['ada', 'bram', 'cleo', 'dario', 'esme', 'farid', 'gala'].map((p) => `${C}/u/${p}`);

const ROWS: Row[] = [
  ['chirp', '/', 'Chirp: people', 'Chirp : membres', profiles, []],
  ['chirp', '/u/ada', 'Ada Quill', 'Ada Quill', [`${C}/u/bram`, `${C}/u/ada/photos`, `${B}/`], [img('/a/ada.png', ['ada'])], 'ada'],
  ['chirp', '/u/ada/photos', 'Ada’s photos', 'Photos d’Ada', [`${S}/p/1`], [img('/a/ada-1.png', ['ada', 'bram']), img('/a/ada-2.png', ['ada', 'cleo'])], 'ada'],
  ['chirp', '/u/bram', 'Bram Otter', 'Bram Otter', [`${C}/u/ada`, `${C}/u/dario`, `${C}/u/bram/photos`], [img('/a/bram.png', ['bram'])], 'bram'],
  ['chirp', '/u/bram/photos', 'Bram’s photos', 'Photos de Bram', [], [img('/a/bram-1.png', ['bram', 'dario', 'esme'])], 'bram'],
  ['chirp', '/u/cleo', 'Cleo Marsh', 'Cleo Marsh', [`${C}/u/esme`, `${N}/`], [img('/a/cleo.png', ['cleo'])], 'cleo'],
  ['chirp', '/u/dario', 'Dario Finch', 'Dario Finch', [`${C}/u/farid`], [img('/a/dario.png', ['dario'])], 'dario'],
  ['chirp', '/u/esme', 'Esme Lark', 'Esme Lark', [`${C}/u/esme/photos`, `${S}/`], [img('/a/esme.png', ['esme'])], 'esme'],
  ['chirp', '/u/esme/photos', 'Esme’s photos', 'Photos d’Esme', [], [img('/a/esme-1.png', ['esme', 'gala'])], 'esme'],
  ['chirp', '/u/farid', 'Farid Wren', 'Farid Wren', [`${C}/u/gala`], [img('/a/farid.png', ['farid'])], 'farid'],
  ['chirp', '/u/gala', 'Gala Birch', 'Gala Birch', [], [img('/a/gala.png', ['gala'])], 'gala'],
  ['news', '/', 'Valley Courier: front page', 'Valley Courier : à la une', [`${N}/2025/market`, `${N}/2025/marathon`, `${N}/archive/`], []],
  ['news', '/2025/market', 'The market reopens', 'Le marché rouvre', [`${N}/archive/flood`, `${N}/archive/fest`, `${B}/recipes`], [img('/i/market.jpg', ['cleo', 'hugo'])]],
  ['news', '/2025/marathon', 'Marathon: the finishers', 'Marathon : les arrivées', [`${S}/`], [img('/i/marathon.jpg', ['ada', 'ines', 'bram'])]],
  ['news', '/archive/', 'Archive', 'Archives', [`${N}/archive/flood`, `${N}/archive/fest`], []],
  ['news', '/archive/flood', 'Flood on Mill Road', 'Crue rue du Moulin', [], [img('/i/flood.jpg', ['farid', 'hugo'])]],
  ['news', '/archive/fest', 'Festival 2019', 'Festival 2019', [], [img('/i/fest.jpg', ['gala', 'ines', 'cleo'])]],
  ['blog', '/', 'Moss notes', 'Carnet de mousse', [`${B}/recipes`, `${B}/trip`], [img('/m/ines.jpg', ['ines'])]],
  ['blog', '/recipes', 'Recipes from the market', 'Recettes du marché', [], [img('/m/cook.jpg', ['ines', 'esme'])]],
  ['blog', '/trip', 'A trip to Castel Hill', 'Excursion à Castel Hill', [`${S}/p/3`], [img('/m/trip.jpg', ['ines', 'dario'])]],
  ['snap', '/', 'SnapShare: latest', 'SnapShare : nouveautés', [`${S}/p/1`, `${S}/p/2`, `${S}/p/3`, `${S}/p/4`, `${S}/map`], []],
  ['snap', '/p/1', 'Photo 1', 'Photo 1', [], [img('/p/1.jpg', ['ada', 'bram'], 'Lumen Quay')]],
  ['snap', '/p/2', 'Photo 2', 'Photo 2', [], [img('/p/2.jpg', ['esme'], 'Oakridge Park')]],
  ['snap', '/p/3', 'Photo 3', 'Photo 3', [], [img('/p/3.jpg', ['ines', 'dario'], 'Castel Hill')]],
  ['snap', '/p/4', 'Photo 4', 'Photo 4', [], [img('/p/4.jpg', ['hugo'], 'Vale Station')]],
  ['snap', '/map', 'Photo map', 'Carte des photos', [], [img('/p/5.jpg', ['gala', 'farid'], 'Vale Station')]],
];

const hostOf = Object.fromEntries(SITES.map((s) => [s.id, s.host])) as Record<SiteId, string>;
const pages: Record<string, Page> = {};
for (const [site, path, en, fr, links, images, owner] of ROWS) {
  const url = hostOf[site] + path;
  pages[url] = { url, site, path, title: { en, fr }, links, images, ...(owner ? { owner } : {}) };
}

/** The explorable's web. */
export const WEB: Web = {
  sites: SITES,
  people: PEOPLE,
  privatePeople: ['dario', 'esme'],
  seeds: [`${C}/`],
  pages,
  order: Object.keys(pages),
};

/** A page as a reader names it: its title and its site ("Le marché rouvre (Valley Courier)"). */
export function pageLabel(web: Web, url: string, lang: Locale): string {
  const page = web.pages[url]!;
  return `${page.title[lang]} (${web.sites.find((s) => s.id === page.site)!.name})`;
}
