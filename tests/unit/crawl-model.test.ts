/**
 * The crawl model (src/lib/crawl/crawl.ts) on the explorable's invented web
 * (content/crawl/web.yaml, read with the schema of src/schemas/crawl-web.ts):
 * determinism, breadth-first order, and the teaching outcomes the chapter
 * relies on, one per measure:
 * - honouring robots.txt removes exactly the disallowed pages, and only
 *   when the crawler chooses to honour it;
 * - private accounts remove that person's own pages, not the photos of
 *   them that others posted;
 * - a rate limit changes the number of steps, never the database;
 * - with no measure, a face search links one person across ≥ 3 sites and a place.
 */
import { describe, expect, it } from 'vitest';
import { AGENT, DEFAULTS, LIMITED, REQUESTS_PER_STEP, crawl, profileOf, summarise, type CrawlOptions, type FaceRecord } from '../../src/lib/crawl/crawl';
import { isAllowed, parseRobots } from '../../src/lib/crawl/robots';
import { webFor } from '../../src/lib/crawl/web';
import { crawlWebSchema } from '../../src/schemas/crawl-web';
import { crawlWebFile } from '../support/explorables';

const FILE = crawlWebFile();
const WEB = webFor(FILE, 'en');

const key = (r: FaceRecord) => `${r.person} ${r.image} ${r.page}`;
const keys = (db: FaceRecord[]) => new Set(db.map(key));
const fetchedOf = (o: CrawlOptions) => {
  const end = crawl(WEB, o).states.at(-1)!;
  return WEB.order.filter((u) => end.status[u] === 'fetched');
};
const disallowed = WEB.order.filter((u) => {
  const page = WEB.pages[u]!;
  const site = WEB.sites.find((s) => s.id === page.site)!;
  return !isAllowed(parseRobots(site.robots, AGENT), page.path);
});
const ALL: CrawlOptions[] = [false, true].flatMap((honourRobots) => [false, true].flatMap((privateAccounts) =>
  [Infinity, LIMITED].map((rateLimit) => ({ honourRobots, privateAccounts, rateLimit }))));

describe('the invented web', () => {
  it('has 20 to 30 pages on four .example sites, nine people, and only links to its own pages', () => {
    expect(WEB.order.length).toBeGreaterThanOrEqual(20);
    expect(WEB.order.length).toBeLessThanOrEqual(30);
    expect(WEB.sites.every((s) => s.host.endsWith('.example'))).toBe(true);
    expect(WEB.people).toHaveLength(9);
    for (const p of Object.values(WEB.pages)) for (const l of p.links) expect(WEB.pages[l], `${p.url} → ${l}`).toBeDefined();
  });
  it('gives every person a different initial, the only way faces are drawn', () => {
    expect(new Set(WEB.people.map((p) => p.name[0])).size).toBe(WEB.people.length);
  });
  it('is the same graph in every language, only titles and kinds translated', () => {
    const fr = webFor(FILE, 'fr');
    expect(fr.order).toEqual(WEB.order);
    expect(fr.pages['valley-news.example/2025/market']!.title).toBe('Le marché rouvre');
    expect(WEB.pages['valley-news.example/2025/market']!.title).toBe('The market reopens');
    expect(fr.sites.map((s) => s.kind)).toEqual(['réseau social', 'journal local', 'blog personnel', 'site de partage de photos']);
    const strip = (w: typeof WEB) => JSON.stringify({ ...w, sites: w.sites.map((s) => ({ ...s, kind: '' })), pages: Object.values(w.pages).map((p) => ({ ...p, title: '' })) });
    expect(strip(fr)).toBe(strip(WEB));
  });
  it('is rejected by the schema when a link, a person or a seed points nowhere', () => {
    const broken = structuredClone(FILE) as Record<string, any>;
    broken.pages[1].links.push('chirp.example/u/zoe');
    broken.pages[2].images[0].people.push('zoe');
    broken.seeds = ['nowhere.example/'];
    broken.people.push({ id: 'anna', name: 'Anna Crow' });
    const r = crawlWebSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`).sort()).toEqual([
      'pages.1.links.3 unknown page "chirp.example/u/zoe"',
      'pages.2.images.0.people.2 unknown person "zoe"',
      'people.9 duplicate initial "A"',
      'seeds.0 unknown page "nowhere.example/"',
    ]);
  });
});

describe('crawl', () => {
  it('is deterministic', () => {
    for (const o of ALL) expect(crawl(WEB, o)).toEqual(crawl(WEB, o));
  });
  it('starts from the seeds at step 0 and ends with an empty frontier', () => {
    const { states } = crawl(WEB, DEFAULTS);
    expect(states[0]!.frontier).toEqual(WEB.seeds);
    expect(states[0]!.faces).toBe(0);
    expect(states.at(-1)!.frontier).toEqual([]);
  });
  it('fetches breadth-first: pages in discovery order, REQUESTS_PER_STEP at a time', () => {
    const { states } = crawl(WEB, DEFAULTS);
    const order = states.flatMap((s) => s.fetched);
    expect(order.slice(0, 6)).toEqual(['chirp.example/', 'chirp.example/u/ada', 'chirp.example/u/bram', 'chirp.example/u/cleo', 'chirp.example/u/dario', 'chirp.example/u/esme']);
    // Every page is fetched after the page that first linked to it, and no step sends too many requests.
    const seen = new Set(WEB.seeds);
    for (const url of order) {
      expect(seen.has(url), url).toBe(true);
      for (const l of WEB.pages[url]!.links) seen.add(l);
    }
    expect(states.every((s) => s.fetched.length <= REQUESTS_PER_STEP)).toBe(true);
  });
  it('with no measure fetches every page and indexes every face on them', () => {
    const run = crawl(WEB, DEFAULTS);
    expect(fetchedOf(DEFAULTS)).toHaveLength(WEB.order.length);
    expect(run.db.length).toBe(Object.values(WEB.pages).reduce((n, p) => n + p.images.reduce((m, im) => m + im.people.length, 0), 0));
  });
  it('counts faces per step in an append-only database', () => {
    const run = crawl(WEB, DEFAULTS);
    const counts = run.states.map((s) => s.faces);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(run.db.length);
  });
});

describe('what each measure does and does not stop', () => {
  it('robots.txt: honouring it removes exactly the disallowed pages', () => {
    const all = fetchedOf(DEFAULTS);
    const honoured = fetchedOf({ ...DEFAULTS, honourRobots: true });
    expect(disallowed.length).toBeGreaterThan(0);
    expect(honoured).toEqual(all.filter((u) => !disallowed.includes(u)));
    const run = crawl(WEB, { ...DEFAULTS, honourRobots: true });
    expect(disallowed.every((u) => run.states.at(-1)!.status[u] === 'robots')).toBe(true);
    expect(run.db.every((r) => !disallowed.includes(r.page))).toBe(true);
  });
  it('robots.txt: the same rules stop nothing when the crawler does not choose to read them', () => {
    const run = crawl(WEB, DEFAULTS);
    expect(WEB.sites.some((s) => s.robots)).toBe(true);
    expect(disallowed.every((u) => run.states.at(-1)!.status[u] === 'fetched')).toBe(true);
  });
  it('robots.txt: photos of people on allowed pages stay in the database', () => {
    const run = crawl(WEB, { ...DEFAULTS, honourRobots: true });
    expect(new Set(run.db.map((r) => r.person)).size).toBe(WEB.people.length);
    expect(run.db.some((r) => r.geo)).toBe(true);
  });
  it('private accounts: remove the person’s own pages, not what others posted of them', () => {
    const all = crawl(WEB, DEFAULTS).db;
    const priv = crawl(WEB, { ...DEFAULTS, privateAccounts: true }).db;
    const lost = all.filter((r) => !keys(priv).has(key(r)));
    expect(lost.length).toBeGreaterThan(0);
    // Everything lost was on a page owned by someone who went private ...
    for (const r of lost) expect(WEB.privatePeople).toContain(WEB.pages[r.page]!.owner);
    // ... and those people are still found elsewhere, on sites they do not control, with a place.
    for (const who of WEB.privatePeople) {
      const p = profileOf(who, priv);
      expect(p.records.length, who).toBeGreaterThan(0);
      expect(p.records.every((r) => WEB.pages[r.page]!.owner !== who)).toBe(true);
      expect(p.sites.length, who).toBeGreaterThanOrEqual(2);
      expect(p.places.length, who).toBeGreaterThan(0);
    }
    expect(keys(priv).size).toBe(priv.length);
    for (const k of keys(priv)) expect(keys(all).has(k)).toBe(true);
  });
  it('rate limit: more steps, the same pages and the same database', () => {
    for (const o of ALL.filter((x) => x.rateLimit === Infinity)) {
      const free = crawl(WEB, o);
      const slow = crawl(WEB, { ...o, rateLimit: LIMITED });
      expect(slow.states.length, JSON.stringify(o)).toBeGreaterThan(free.states.length);
      expect(keys(slow.db)).toEqual(keys(free.db));
      expect(slow.states.at(-1)!.status).toEqual(free.states.at(-1)!.status);
      expect(slow.states.some((s) => s.deferred.length)).toBe(true);
    }
  });
  it('rate limit: no site answers more than its limit in one step', () => {
    const { states } = crawl(WEB, { ...DEFAULTS, rateLimit: LIMITED });
    for (const s of states) {
      const sites = s.fetched.map((u) => WEB.pages[u]!.site);
      expect(new Set(sites).size).toBe(sites.length);
    }
  });
});

describe('profileOf', () => {
  it('with no measure, links at least one person across three sites and a place', () => {
    const db = crawl(WEB, DEFAULTS).db;
    const wide = WEB.people.map((p) => profileOf(p.id, db)).filter((p) => p.sites.length >= 3 && p.places.length >= 1);
    expect(wide.map((p) => p.person)).toContain('ada');
    expect(profileOf('ada', db)).toMatchObject({ sites: ['chirp', 'snap', 'news'], places: ['Lumen Quay'] });
  });
  it('even with every measure on, one face still ties a blog, a photo site and a place together', () => {
    const db = crawl(WEB, { honourRobots: true, privateAccounts: true, rateLimit: LIMITED }).db;
    const esme = profileOf('esme', db);
    expect(esme.sites).toEqual(expect.arrayContaining(['blog', 'snap']));
    expect(esme.places).toEqual(['Oakridge Park']);
  });
  it('summarise counts what the end state shows', () => {
    const s = summarise(WEB, crawl(WEB, { ...DEFAULTS, honourRobots: true }));
    expect(s).toMatchObject({ pages: 26, fetched: 26 - disallowed.length, robots: disallowed.length, private: 0 });
  });
});
