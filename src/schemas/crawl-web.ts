/**
 * The invented web of the crawl explorable (chapter 2): one YAML file,
 * content/crawl/web.yaml (entry `web` of the `crawl` collection), read by
 * <CrawlExplorer />. Sites, people and pages are language-neutral data; only
 * a page's title and a site's kind are `{ fr, en }`. Invented names (people,
 * sites, places) are proper names, the same in every language.
 *
 * A schema sees the whole file, so it checks the references too: a link, a
 * page's site or owner, a person in a photo, a private person or a seed that
 * does not exist fails the build with the field named.
 *
 * @example
 *   sites:
 *     - { id: blog, host: moss-notes.example, name: Moss Notes, kind: { fr: "blog personnel", en: "personal blog" }, column: 0, robots: "" }
 *   people:
 *     - { id: ines, name: Ines Moss }
 *   privatePeople: []
 *   seeds: [moss-notes.example/]
 *   pages:
 *     - site: blog
 *       path: /
 *       title: { fr: "Carnet de mousse", en: "Moss notes" }
 *       links: []
 *       images: [{ src: /m/ines.jpg, people: [ines] }]
 */
import { z } from 'astro/zod';
import { localized } from './localized';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'kebab-case id expected' });
/** A page's address without the scheme: "host/path" ("chirp.example/u/ada"). */
const url = z.string().regex(/^[a-z0-9.-]+\.example\/\S*$/, { error: '"host/path" expected, host ending .example' });

export const crawlSiteSchema = z.strictObject({
  /** Stable id, used by pages (`site`). */
  id,
  /** The host name, under the reserved .example domain (RFC 2606). */
  host: z.string().regex(/^[a-z0-9-]+\.example$/, { error: 'host ending .example expected' }),
  /** The site's invented name, the same in every language ("Valley Courier"). */
  name: z.string().min(1),
  /** What kind of site it is, under its host in the figure ("local news site"). */
  kind: localized,
  /** The figure's column for the site's panel: 0 (left) or 1 (right); panels stack in file order. */
  column: z.union([z.literal(0), z.literal(1)]),
  /** The site's robots.txt, verbatim (RFC 9309 syntax); "" for none. */
  robots: z.string(),
});

export const crawlPersonSchema = z.strictObject({
  /** Stable id, used by photos and page owners. */
  id,
  /** The invented name; its first letter is the face drawn, so initials must differ. */
  name: z.string().min(1),
});

export const crawlImageSchema = z.strictObject({
  /** Image URL path, unique on the web. */
  src: z.string().startsWith('/'),
  /** Who is in the photo (person ids); at least one. */
  people: z.array(id).min(1),
  /** An invented place the photo is tagged with, if any. */
  geo: z.string().min(1).optional(),
});

export const crawlPageSchema = z.strictObject({
  /** The site's id. */
  site: id,
  /** The page's path on its site, from "/". Its id is host + path. */
  path: z.string().startsWith('/'),
  /** The page's title, as a face search names the page ("Le marché rouvre"). */
  title: localized,
  /** The person whose account this page belongs to; hidden when that account goes private. */
  owner: id.optional(),
  /** The pages this one links to ("host/path"), in the order the crawler finds them. */
  links: z.array(url),
  /** The photos on the page. */
  images: z.array(crawlImageSchema),
});

export const crawlWebSchema = z
  .strictObject({
    sites: z.array(crawlSiteSchema).min(1),
    people: z.array(crawlPersonSchema).min(1),
    /** People who set their account private when the "private accounts" measure is on. */
    privatePeople: z.array(id),
    /** The pages the crawler knows at step 0 ("host/path"). */
    seeds: z.array(url).min(1),
    /** Every page, site by site; the figure lists each site's pages in this order. */
    pages: z.array(crawlPageSchema).min(1),
  })
  .superRefine((web, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const hosts = new Map(web.sites.map((s) => [s.id, s.host]));
    const people = new Set(web.people.map((p) => p.id));
    const urls = new Set<string>();
    const seen = (what: string, ids: string[], path: string) =>
      ids.forEach((x, i) => { if (ids.indexOf(x) !== i) issue([path, i], `duplicate ${what} "${x}"`); });
    seen('site id', web.sites.map((s) => s.id), 'sites');
    seen('host', web.sites.map((s) => s.host), 'sites');
    seen('person id', web.people.map((p) => p.id), 'people');
    seen('initial', web.people.map((p) => p.name.charAt(0)), 'people');
    web.pages.forEach((p, i) => {
      const host = hosts.get(p.site);
      if (!host) issue(['pages', i, 'site'], `unknown site "${p.site}"`);
      const u = `${host ?? p.site}${p.path}`;
      if (urls.has(u)) issue(['pages', i, 'path'], `duplicate page "${u}"`);
      urls.add(u);
      if (p.owner && !people.has(p.owner)) issue(['pages', i, 'owner'], `unknown person "${p.owner}"`);
      p.images.forEach((im, j) => im.people.forEach((who, k) => {
        if (!people.has(who)) issue(['pages', i, 'images', j, 'people', k], `unknown person "${who}"`);
      }));
    });
    web.pages.forEach((p, i) => p.links.forEach((l, j) => { if (!urls.has(l)) issue(['pages', i, 'links', j], `unknown page "${l}"`); }));
    web.seeds.forEach((s, i) => { if (!urls.has(s)) issue(['seeds', i], `unknown page "${s}"`); });
    web.privatePeople.forEach((who, i) => { if (!people.has(who)) issue(['privatePeople', i], `unknown person "${who}"`); });
  });

export type CrawlWebFile = z.output<typeof crawlWebSchema>;
