/**
 * A language is data: in the pseudo-locale build (scripts/pseudo-build.mjs,
 * served from dist-qps/ on PSEUDO_PORT), every word of a page comes from a
 * dictionary or from content, and all of them are transformed by pseudo(),
 * so any plain ASCII letter a reader can see or hear is a hard-coded string.
 *
 * Left out of the scan, on purpose: code samples (<code>, <pre>, <kbd>,
 * <samp>), text marked as being in another language (a French source title
 * keeps its lang="fr") or as never translated (translate="no": publishers,
 * citations), addresses and file names shown as text, jurisdiction codes
 * ("(FR)"), and the proper names content/ keeps the same in every language
 * (properNames below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

const PORT = Number(process.env.PSEUDO_PORT ?? 4331);
const origin = `http://localhost:${PORT}`;
const PAGE_LANG = 'en-XA';

/** One page of every kind the issue names, at the pseudo-locale's (English) addresses. */
const PAGES: Record<string, string> = {
  'home': '/qps/',
  'chapter': '/qps/clearview-case/',
  'chapter with an explorable': '/qps/web-scraping/',
  'chapter with the letter generator': '/qps/your-rights/',
  'quiz': '/qps/quiz/gdpr/',
  'timeline': '/qps/timeline/',
  'teachers’ hub': '/qps/teachers/',
  'module builder': '/qps/teachers/module/',
  'module': '/qps/module/',
  'results': '/qps/teachers/results/',
  'search': '/qps/search/',
  'figures': '/qps/figures/',
  'accessibility statement': '/qps/accessibility/',
  'face lab': '/qps/face-lab/',
  'glossary': '/qps/glossary/',
  'sources': '/qps/sources/',
  'progress': '/qps/progress/',
};

/**
 * Proper names that content/ keeps the same in every language, by design:
 * the crawl explorable's invented people, sites, hosts and places
 * (content/crawl/web.yaml), the authorities' short names of the charts
 * (content/charts/*.yaml › short) and the publishers of the sources.
 */
function properNames(): { names: string[]; initials: string[] } {
  const yaml = (f: string) => parse(readFileSync(f, 'utf8'));
  const web = yaml('content/crawl/web.yaml') as {
    sites: { host: string; name: string }[];
    people: { name: string }[];
    pages: { images?: { geo?: string }[] }[];
  };
  const shorts = (x: unknown): string[] =>
    Array.isArray(x) ? x.flatMap(shorts) : x && typeof x === 'object' ? Object.entries(x).flatMap(([k, v]) => (k === 'short' && typeof v === 'string' ? [v] : shorts(v))) : [];
  const sources = readdirSync('content/sources').map((f) => yaml(`content/sources/${f}`) as { publisher: string; short?: string });
  const names = [
    ...web.people.flatMap((p) => [p.name, p.name.split(' ')[0]!]),
    ...web.sites.flatMap((s) => [s.name, s.host]),
    ...web.pages.flatMap((p) => (p.images ?? []).flatMap((i) => (i.geo ? [i.geo] : []))),
    ...shorts(yaml('content/charts/breaches.yaml')),
    ...shorts(yaml('content/charts/fines.yaml')),
    ...sources.flatMap((s) => [s.publisher, ...(s.short ? [s.short] : [])]),
  ];
  return { names: [...new Set(names)].sort((a, b) => b.length - a.length), initials: web.people.map((p) => p.name[0]!) };
}
const { names: NAMES, initials: INITIALS } = properNames();

/** Text a reader meets that still holds plain letters: [where, text]. */
async function untransformed(page: Page): Promise<string[]> {
  return page.evaluate(({ pageLang, names, initials }) => {
    const found: string[] = [];
    const SKIP = 'script, style, template, noscript, code, pre, kbd, samp, [translate="no"]';
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const nameRe = new RegExp(names.map(escape).join('|'), 'g');
    const plain = (s: string) =>
      initials.includes(s.trim())
        ? ''
        : s
            .replace(nameRe, '')
            .replace(/https?:\/\/\S+|[\w.-]+\.(?:json|csv|gift|xml|png|org|example)\b\/?|(?:^|\s)\/[\w/.-]*|\{\w+\}/g, ' ')
            .replace(/\((?:[A-Z]{2}|EU)(?:-[A-Z0-9]{1,3})?\)/g, '');
    const foreign = (el: Element) => {
      const l = el.closest('[lang]')?.getAttribute('lang');
      return l !== null && l !== undefined && l !== pageLang;
    };
    const where = (el: Element) => {
      const id = el.closest('[id]')?.id;
      return `${el.tagName.toLowerCase()}${id ? ` in #${id}` : ''}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(SKIP) || foreign(el)) continue;
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) && !el.closest('.visually-hidden, .sr-only')) continue;
      const t = (n.textContent ?? '').trim();
      if (/[A-Za-z]/.test(plain(t))) found.push(`${where(el)}: ${t.slice(0, 120)}`);
    }
    for (const el of document.querySelectorAll('[alt], [title], [aria-label], [placeholder], [aria-description]')) {
      if (el.closest('template, [translate="no"]') || foreign(el)) continue;
      for (const a of ['alt', 'title', 'aria-label', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v && /[A-Za-z]/.test(plain(v))) found.push(`${where(el)} @${a}: ${v.slice(0, 120)}`);
      }
    }
    if (/[A-Za-z]/.test(plain(document.title))) found.push(`title: ${document.title}`);
    return found;
  }, { pageLang: PAGE_LANG, names: NAMES, initials: INITIALS });
}

async function open(page: Page, path: string) {
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  expect(response?.status(), `GET ${path}`).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', PAGE_LANG);
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`pseudo-locale ${kind} (${path}): every visible word is transformed, with JavaScript`, async ({ page }) => {
    await open(page, path);
    expect(await untransformed(page)).toEqual([]);
  });
  test(`pseudo-locale ${kind} (${path}): every word is transformed without JavaScript @nojs`, async ({ page }) => {
    await open(page, path);
    expect(await untransformed(page)).toEqual([]);
  });
}

test('the pseudo-locale scan reports a string planted in a real page', async ({ page }) => {
  await open(page, PAGES.quiz!);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Check your answers';
    document.querySelector('main')!.append(p);
    document.querySelector('main button')?.setAttribute('aria-label', 'Submit');
  });
  const found = await untransformed(page);
  expect(found).toContain('p in #main: Check your answers');
  expect(found.some((f) => f.endsWith('@aria-label: Submit'))).toBe(true);
  expect(found).toHaveLength(2);
});

test('the pseudo-locale is a language like the others: switcher, hreflang, sitemap, search index', async ({ page, request }) => {
  await open(page, '/qps/timeline/');
  await expect(page.locator('head link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/fr\/chronologie\/$/);
  await expect(page.locator(`head link[rel="alternate"][hreflang="${PAGE_LANG}"]`)).toHaveAttribute('href', /\/qps\/timeline\/$/);
  await expect(page.getByRole('banner').locator('a.lang-switch')).toHaveCount(2);
  await page.goto(`${origin}/fr/chronologie/`);
  await expect(page.getByRole('banner').locator(`a.lang-switch[hreflang="${PAGE_LANG}"]`)).toHaveAttribute('href', '/qps/timeline/');
  const sitemap = await (await request.get(`${origin}/sitemap-0.xml`)).text();
  expect(sitemap).toContain('/qps/teachers/module/');
  const course = await (await request.get(`${origin}/downloads/course.json`)).json();
  expect(Object.keys(course.chapters[0].title)).toEqual(['fr', 'en', 'qps']);
  expect((await request.get(`${origin}/pagefind/pagefind-entry.json`)).ok()).toBe(true);
  const entry = await (await request.get(`${origin}/pagefind/pagefind-entry.json`)).json();
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'en-xa', 'fr'].sort());
});
