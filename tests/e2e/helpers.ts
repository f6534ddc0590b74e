/**
 * Shared helpers for the end-to-end tests: which pages exist, what language
 * each one is in, and a watcher that records everything a page should never
 * do (log an error, throw, break the CSP, call another origin).
 *
 *   const pages = pagesUnderTest();            // ['/', '/en/', …, '/404.html']
 *   const watch = await watchPage(page, origin); // before page.goto
 *   await page.goto(path);
 *   expect(await watch.cspViolations()).toEqual([]);
 *   const loaded = await loadOnce(browser, testInfo, path); // in test.beforeAll
 *
 * Why the page list is read from dist/ and not from the server: Playwright
 * collects test titles before it starts the web server (and `--list` never
 * starts it), so one test per page needs the list synchronously. The served
 * sitemap is still read over HTTP by `fetchSitemapPaths`, and a test checks
 * that both lists agree.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { APIRequestContext, Browser, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The base path the site is served under: "/" or "/sub-path/" (as scripts/serve.mjs). */
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');

/** A site path ("/fr/") under the base path ("/visage-public/fr/"). */
export function withBase(path: string): string {
  return basePath + path.replace(/^\//, '');
}

const distDir = resolve(process.env.DIST ?? 'dist');

/** Every <loc> of a sitemap or sitemap index, entities decoded. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => decodeEntities(m[1] ?? ''));
}

/** The local path of a sitemap URL: its absolute site origin is dropped. */
function localPath(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/** Pages listed by the built sitemap (dist/sitemap-index.xml), as local paths, sorted. */
export function builtSitemapPaths(): string[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const paths = locs(index).flatMap((sitemap) => {
    const file = new URL(sitemap).pathname.split('/').pop() ?? '';
    return locs(readFileSync(join(distDir, file), 'utf8')).map(localPath);
  });
  return [...new Set(paths)].sort();
}

/** Pages listed by the sitemap the running server serves, as local paths, sorted. */
export async function fetchSitemapPaths(request: APIRequestContext): Promise<string[]> {
  const get = async (path: string): Promise<string> => {
    const res = await request.get(path);
    if (!res.ok()) throw new Error(`GET ${path} answered ${res.status()}`);
    return res.text();
  };
  const paths: string[] = [];
  for (const sitemap of locs(await get(withBase('sitemap-index.xml')))) {
    paths.push(...locs(await get(localPath(sitemap))).map(localPath));
  }
  return [...new Set(paths)].sort();
}

/** The page of the 404 status; static hosts serve it for every unknown path. */
export const notFoundPath = withBase('404.html');

/** Every page the tests visit: the sitemap (landing page included) plus the 404 page. */
export function pagesUnderTest(): string[] {
  return [...builtSitemapPaths(), notFoundPath];
}

export type PageLang = 'fr' | 'en' | 'bilingual';

/** The language a path is in: /fr/… and /en/… are monolingual; the landing and 404 pages speak both. */
export function langOfPath(path: string): PageLang {
  const rest = path.slice(basePath.length);
  if (rest.startsWith('fr/')) return 'fr';
  if (rest.startsWith('en/')) return 'en';
  return 'bilingual';
}

/** A readable test-title form of a path: "the French page /fr/a-propos/". */
export function describePath(path: string): string {
  const lang = langOfPath(path);
  if (path === basePath) return `the landing page ${path}`;
  if (path === notFoundPath) return `the 404 page ${path}`;
  return `the ${lang === 'fr' ? 'French' : 'English'} page ${path}`;
}

/**
 * A UI string from the dictionary of a language (src/i18n/<lang>/ui.json), so the
 * tests follow wording changes; a missing key fails loudly.
 *
 *   ui('en', 'theme.label') // 'Theme'
 */
export function ui(lang: 'fr' | 'en', key: string): string {
  const dict = (dictionaries[lang] ??= JSON.parse(readFileSync(resolve('src/i18n', lang, 'ui.json'), 'utf8')) as Record<string, string>);
  const value = dict[key];
  if (value === undefined) throw new Error(`src/i18n/${lang}/ui.json has no key "${key}"`);
  return value;
}
const dictionaries: Partial<Record<'fr' | 'en', Record<string, string>>> = {};

export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests (attempted, even if blocked) to an origin other than the server's. */
  foreignRequests: string[];
  /** CSP violations seen by the page's `securitypolicyviolation` event or reported in the console. */
  cspViolations(): Promise<string[]>;
}

declare global {
  interface Window {
    __vpCspViolations?: string[];
  }
}

/**
 * Starts recording on a page; call before the first `page.goto`. Requests to
 * other origins are recorded and aborted, so a test never leaves the machine.
 */
export async function watchPage(page: Page, origin: string): Promise<Watch> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const cspConsole: string[] = [];

  await page.addInitScript(() => {
    window.__vpCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__vpCspViolations?.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}` +
          (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''),
      );
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    if (/Content.Security.Policy/i.test(msg.text())) cspConsole.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err.stack ?? err)));
  page.on('request', (req) => {
    if (isForeign(req.url(), origin)) foreignRequests.push(`${req.method()} ${req.url()} (${req.resourceType()})`);
  });
  await page.route(
    (url) => isForeign(url.href, origin),
    (route) => route.abort('blockedbyclient'),
  );

  return {
    consoleErrors,
    pageErrors,
    foreignRequests,
    async cspViolations() {
      const fromEvents = page.isClosed() ? [] : await page.evaluate(() => window.__vpCspViolations ?? []);
      return [...fromEvents, ...cspConsole];
    },
  };
}

/** Whether a URL is fetched from somewhere other than `origin` (data: and blob: stay local). */
function isForeign(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== origin;
}

export interface LoadedPage {
  page: Page;
  watch: Watch;
  status: number;
  close(): Promise<void>;
}

/**
 * Opens one page in a fresh context built from the project's options, with
 * a watcher attached, for a group of read-only checks that can share one
 * load (in a `test.beforeAll`, where the `page` fixture does not exist).
 */
export async function loadOnce(browser: Browser, testInfo: TestInfo, path: string): Promise<LoadedPage> {
  const { baseURL, javaScriptEnabled, viewport, colorScheme, serviceWorkers } = testInfo.project.use;
  if (!baseURL) throw new Error('baseURL is not configured');
  const context = await browser.newContext({
    baseURL,
    // 'block' from playwright.config.ts: the offline copy would download the whole site in every context.
    ...(serviceWorkers === undefined ? {} : { serviceWorkers }),
    ...(javaScriptEnabled === undefined ? {} : { javaScriptEnabled }),
    ...(viewport === undefined ? {} : { viewport }),
    ...(colorScheme === undefined ? {} : { colorScheme }),
  });
  const page = await context.newPage();
  const watch = await watchPage(page, new URL(baseURL).origin);
  const response = await page.goto(path, { waitUntil: 'load' });
  return { page, watch, status: response?.status() ?? 0, close: () => context.close() };
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** The WCAG rule sets every page must pass. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * An axe run over the whole page, with the rule sets above:
 *   const { violations } = await axeOn(page).include('vp-law-tree').analyze();
 * Legacy mode runs axe.run() inside the page itself. The default mode runs
 * axe in every frame, then opens a second page to merge the frames' results,
 * which costs 1–6 s a run on a 2-core machine (3–4 times the analysis of a
 * short page) for the same rules and the same results. The site embeds no
 * frame, and this refuses a page that has one, where legacy mode would not
 * look inside it.
 */
export function axeOn(page: Page): AxeBuilder {
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  if (frames.length) {
    throw new Error(`axeOn: ${page.url()} has ${frames.length} frame(s) (${frames.map((f) => f.url()).join(', ')}); run axe in default mode to check inside them`);
  }
  return new AxeBuilder({ page }).setLegacyMode(true).withTags(axeTags);
}

/**
 * axe's rules whose results depend on the page's colours: the only ones the
 * dark scheme can change. tests/dist/theme-css.test.ts proves that the dark
 * scheme sets colours and nothing else (no size, no display, no script reads
 * it), and pages.spec.ts compares both schemes once with every rule.
 */
export const axeColourRules = ['color-contrast', 'link-in-text-block'];

/** axe's colour rules alone, over the whole page (for the dark scheme). */
export function axeColoursOn(page: Page): AxeBuilder {
  return axeOn(page).withRules(axeColourRules);
}

/**
 * A RegExp source that matches `text` literally, except that each run of
 * white space (the no-break spaces of French typography included) matches
 * any white space: Chromium's accessible names and Playwright's text
 * matching read « chapitre\u00a0: » as « chapitre : ».
 */
export function textPattern(text: string): string {
  return text
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** Axe violations as a readable report: rule, impact, help link, then each node and why. */
export function formatAxeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `  - ${n.target.join(' ')}\n      ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${v.id} [${v.impact ?? 'n/a'}]: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
};

/** Decodes the character references that Astro and sitemap writers emit. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The elements with class js-only and what each must be: controls and lines
 * that only a script makes true, in the server HTML so that nothing moves when
 * the script starts (global.css hides them without JavaScript). Reviewed one by
 * one: a new use must be added here, so no text hides behind the class.
 */
export const jsOnlyAllowed: Record<string, string> = {
  'src-filter': 'the sources filter (selects, a text field, its count)',
  'tl-periods': 'the timeline period buttons',
  'tl-hint': 'the keyboard keys of the timeline chart',
  'mod-note': 'what the module page shows without a module link (read from the fragment by a script)',
  'mb-take-line': 'the builder\'s "take this chapter" checkbox',
  'mb-bulk': 'the builder\'s all / none buttons',
  'search-form': 'the search form (Pagefind runs in the browser)',
  'offline-status-box': 'whether this browser holds the offline copy (a service worker)',
  'q-act': 'a quiz question\'s "Check" button and its verdict (empty until checked)',
  'quiz-foot': 'a quiz\'s running score and "Start again" button',
};

/** The HTML without the elements whose start tag carries class js-only (nested tags of the same name counted). */
export function withoutJsOnly(html: string): string {
  const start = /<([a-z][\w-]*)\b[^>]*\bclass="(?:[^"]*\s)?js-only(?:\s[^"]*)?"[^>]*>/i;
  let out = html;
  for (let m = start.exec(out); m; m = start.exec(out)) {
    const tag = m[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index;
    let depth = 0;
    let end = -1;
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) { end = t.index + t[0].length; break; }
    }
    if (end < 0) throw new Error(`withoutJsOnly: <${tag} class="js-only"> is never closed`);
    out = out.slice(0, m.index) + ' ' + out.slice(end);
  }
  return out;
}

/**
 * The text of the server HTML's <main>, as a reader without JavaScript should
 * see it: scripts, styles and templates dropped, and form controls too
 * (a button that needs JavaScript may rightly be hidden without it), and the
 * js-only elements (see jsOnlyAllowed).
 */
export function serverMainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(withoutJsOnly(html))?.[1];
  if (main === undefined) throw new Error('The server HTML has no <main> element.');
  const withoutCode = main.replace(/<(script|style|template|button|select|textarea)\b[\s\S]*?<\/\1>/gi, ' ');
  const blocks = /<\/?(?:p|li|h[1-6]|div|section|article|header|footer|nav|aside|ul|ol|dl|dt|dd|table|tr|td|th|caption|figure|figcaption|blockquote|details|summary|pre|br)\b[^>]*>/gi;
  return decodeEntities(
    withoutCode.replace(/<!--[\s\S]*?-->/g, '').replace(blocks, '\n').replace(/<[^>]+>/g, ''),
  );
}

/** Text reduced for comparison: letters only matter, not whitespace or case (CSS may uppercase). */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Word count of a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
