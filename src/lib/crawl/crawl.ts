/**
 * The crawl of the explorable, as a pure function: breadth-first from the
 * seeds, a few requests per step, every face on a fetched page written to
 * a face database. Three measures can be switched on:
 * - `honourRobots`: the crawler reads each site's robots.txt and skips the
 *   disallowed paths (a voluntary choice; by default it ignores them);
 * - `privateAccounts`: some people set their account private, and their own
 *   pages answer with a login wall;
 * - `rateLimit`: each site answers at most that many requests per step; the
 *   others wait in the frontier for a later step.
 *
 *   const run = crawl(WEB, { honourRobots: false, privateAccounts: false, rateLimit: Infinity });
 *   run.states.at(-1)!.faces === run.db.length  // the end state holds the whole database
 *   profileOf('ada', run.db).sites               // ['chirp', 'news', 'snap']
 */
import { isAllowed, parseRobots, type RobotsRule } from './robots';
import type { PersonId, SiteId, Web } from './web';

/** The crawler's product token, matched against robots.txt user-agent lines. */
export const AGENT = 'facebot';
/** Requests the crawler sends per step, all sites together. */
export const REQUESTS_PER_STEP = 4;

export interface CrawlOptions {
  honourRobots: boolean;
  privateAccounts: boolean;
  /** Requests per step each site answers; Infinity for no limit. */
  rateLimit: number;
}
export const DEFAULTS: CrawlOptions = { honourRobots: false, privateAccounts: false, rateLimit: Infinity };
/** The value of `rateLimit` when the reader switches the rate limit on. */
export const LIMITED = 1;

/** Where a page stands: not yet found, waiting, fetched, or skipped and why. */
export type PageState = 'unseen' | 'frontier' | 'fetched' | 'robots' | 'private';

export interface FaceRecord {
  person: PersonId;
  image: string;
  /** The page's url ("host/path"). */
  page: string;
  site: SiteId;
  geo?: string;
}

export interface CrawlState {
  step: number;
  /** Pages fetched during this step. */
  fetched: string[];
  /** Pages skipped during this step (robots.txt or login wall). */
  skipped: string[];
  /** Pages that waited during this step because their site's rate limit was reached. */
  deferred: string[];
  /** Pages waiting, in the order they will be tried. */
  frontier: string[];
  status: Record<string, PageState>;
  /** Records in the database after this step: `db.slice(0, faces)`. */
  faces: number;
}

export interface CrawlRun {
  states: CrawlState[];
  /** The face database at the end, in the order the records were written. */
  db: FaceRecord[];
}

/** Runs the whole crawl and returns every state, step 0 (seeds only) first. */
export function crawl(web: Web, options: CrawlOptions): CrawlRun {
  const status: Record<string, PageState> = {};
  for (const url of web.order) status[url] = 'unseen';
  const rules = new Map<SiteId, RobotsRule[]>(web.sites.map((s) => [s.id, parseRobots(s.robots, AGENT)]));
  const db: FaceRecord[] = [];
  let frontier = [...web.seeds];
  for (const url of frontier) status[url] = 'frontier';
  const snapshot = (step: number, fetched: string[], skipped: string[], deferred: string[]): CrawlState => ({
    step, fetched, skipped, deferred, frontier: [...frontier], status: { ...status }, faces: db.length,
  });
  const states = [snapshot(0, [], [], [])];
  const limit = Math.max(1, options.rateLimit);
  while (frontier.length) {
    const fetched: string[] = [], skipped: string[] = [], deferred: string[] = [], waiting: string[] = [], found: string[] = [];
    const perSite = new Map<SiteId, number>();
    let requests = 0;
    for (const url of frontier) {
      const page = web.pages[url];
      if (!page) throw new Error(`crawl: no page ${url}`);
      if (requests >= REQUESTS_PER_STEP) { waiting.push(url); continue; }
      if (options.honourRobots && !isAllowed(rules.get(page.site) ?? [], page.path)) {
        status[url] = 'robots';
        skipped.push(url);
        continue;
      }
      const used = perSite.get(page.site) ?? 0;
      if (used >= limit) { deferred.push(url); waiting.push(url); continue; }
      perSite.set(page.site, used + 1);
      requests++;
      if (options.privateAccounts && page.owner && web.privatePeople.includes(page.owner)) {
        status[url] = 'private';
        skipped.push(url);
        continue;
      }
      status[url] = 'fetched';
      fetched.push(url);
      for (const image of page.images) {
        for (const person of image.people) db.push({ person, image: image.src, page: url, site: page.site, ...(image.geo ? { geo: image.geo } : {}) });
      }
      for (const link of page.links) {
        if (status[link] === 'unseen') { status[link] = 'frontier'; found.push(link); }
      }
    }
    frontier = [...waiting, ...found];
    states.push(snapshot(states.length, fetched, skipped, deferred));
  }
  return { states, db };
}

export interface Profile {
  person: PersonId;
  records: FaceRecord[];
  /** Sites with at least one photo of the person, in order of discovery. */
  sites: SiteId[];
  pages: string[];
  /** Places the person's photos are tagged with. */
  places: string[];
}

/** What one face search returns: every record of that person, and the sites, pages and places they tie together. */
export function profileOf(person: PersonId, db: FaceRecord[]): Profile {
  const records = db.filter((r) => r.person === person);
  const uniq = <T>(xs: (T | undefined)[]) => [...new Set(xs.filter((x): x is T => x !== undefined))];
  return { person, records, sites: uniq(records.map((r) => r.site)), pages: uniq(records.map((r) => r.page)), places: uniq(records.map((r) => r.geo)) };
}

/** Numbers of a finished crawl, for the sentence under the figure and for prose. */
export function summarise(web: Web, run: CrawlRun) {
  const end = run.states[run.states.length - 1]!;
  const count = (s: PageState) => web.order.filter((u) => end.status[u] === s).length;
  return {
    pages: web.order.length,
    steps: run.states.length - 1,
    fetched: count('fetched'),
    robots: count('robots'),
    private: count('private'),
    faces: run.db.length,
    people: new Set(run.db.map((r) => r.person)).size,
    sites: new Set(run.db.map((r) => r.site)).size,
    geotagged: run.db.filter((r) => r.geo).length,
  };
}
export type CrawlSummary = ReturnType<typeof summarise>;
