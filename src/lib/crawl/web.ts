/**
 * The web the crawl explorable walks, in one language: the file
 * content/crawl/web.yaml (src/schemas/crawl-web.ts) turned into pages by
 * address, with each page's title and each site's kind in the reader's
 * language. That one-language web is what the build draws and what the
 * server HTML hands to the browser (vp-crawl.ts reads it from a data
 * attribute), so the browser never ships the other languages.
 *
 *   const web = webFor(entry.data, 'en');
 *   web.pages['snapshare.example/p/1'].images[0].people // ['ada', 'bram']
 *   pageLabel(web, 'valley-news.example/2025/market')   // 'The market reopens (Valley Courier)'
 */
import type { CrawlWebFile } from '../../schemas/crawl-web';
import type { Locale } from '../../schemas/localized';

/** Ids are the file's; kept as names for what they point at. */
export type SiteId = string;
export type PersonId = string;

export interface Site {
  id: SiteId;
  host: string;
  /** The site's invented name, the same in every language. */
  name: string;
  /** What kind of site it is ("local news site"), in the web's language. */
  kind: string;
  /** The figure's column (0 left, 1 right). */
  column: number;
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
  /** The page's title, in the web's language. */
  title: string;
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

/** The web of `data` in language `lang`. */
export function webFor(data: CrawlWebFile, lang: Locale): Web {
  const hostOf = new Map(data.sites.map((s) => [s.id, s.host]));
  const pages: Record<string, Page> = {};
  for (const p of data.pages) {
    const url = `${hostOf.get(p.site)}${p.path}`;
    pages[url] = {
      url, site: p.site, path: p.path, title: p.title[lang], links: p.links,
      images: p.images.map((im) => ({ src: im.src, people: im.people, ...(im.geo ? { geo: im.geo } : {}) })),
      ...(p.owner ? { owner: p.owner } : {}),
    };
  }
  return {
    sites: data.sites.map((s) => ({ id: s.id, host: s.host, name: s.name, kind: s.kind[lang], column: s.column, robots: s.robots })),
    people: data.people.map((p) => ({ id: p.id, name: p.name })),
    privatePeople: data.privatePeople,
    seeds: data.seeds,
    pages,
    order: Object.keys(pages),
  };
}

/** A page as a reader names it: its title and its site ("Le marché rouvre (Valley Courier)"). */
export function pageLabel(web: Web, url: string): string {
  const page = web.pages[url]!;
  return `${page.title} (${web.sites.find((s) => s.id === page.site)!.name})`;
}
