/**
 * Every page of the sitemap (plus the 404 page), one test per page and per
 * promise the site makes: it loads, it stays silent in the console, it calls
 * no other server, it keeps its own CSP, it passes axe in light mode and
 * axe's colour rules in dark mode (the dark scheme changes colours only:
 * tests/dist/theme-css.test.ts; a test below compares both schemes in full
 * once), it says which language it is in, and it links to its twin page.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { figuresSegments } from '../../src/i18n/routes';
import {
  axeColourRules, axeColoursOn, axeOn, axeTags, basePath, builtSitemapPaths, describePath, ui, fetchSitemapPaths, formatAxeViolations,
  langOfPath, loadOnce, notFoundPath, pagesUnderTest, withBase, type LoadedPage,
} from './helpers';

const pages = pagesUnderTest();
const sitemap = new Set(builtSitemapPaths());

async function visit(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${path}`);
  return response;
}

test('the served sitemap lists the same pages as the built one', async ({ request }) => {
  expect(await fetchSitemapPaths(request)).toEqual([...sitemap]);
  expect(sitemap.has(basePath), 'the landing page is in the sitemap').toBe(true);
  expect(sitemap.has(notFoundPath), 'the 404 page is not in the sitemap').toBe(false);
});

test('an unknown address answers 404 with the bilingual 404 page', async ({ page }) => {
  const response = await visit(page, withBase('no-such-page/'));
  expect(response.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(ui('fr', 'notFound.title'));
  await expect(heading).toContainText(ui('en', 'notFound.title'));
});

test('axeOn finds what axe in its default mode finds, and refuses a page with a frame', async ({ page }) => {
  test.setTimeout(60_000);
  // A page with charts, a table, links in text and a quiz-free layout.
  await visit(page, withBase(`fr/${figuresSegments.fr}/`));
  const summary = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) => ({
    violations: r.violations.map((v) => `${v.id} ${v.nodes.length}`).sort(),
    passes: r.passes.map((v) => `${v.id} ${v.nodes.length}`).sort(),
    incomplete: r.incomplete.map((v) => `${v.id} ${v.nodes.length}`).sort(),
  });
  const legacy = summary(await axeOn(page).analyze());
  const standard = summary(await new AxeBuilder({ page }).withTags(axeTags).analyze());
  expect(legacy.passes.length, 'rules that ran and passed').toBeGreaterThan(10);
  expect(legacy).toEqual(standard);

  await page.setContent('<!doctype html><html lang="en"><title>t</title><iframe title="x" srcdoc="<p>inside</p>"></iframe></html>');
  await expect.poll(() => page.frames().length).toBe(2);
  expect(() => axeOn(page)).toThrow(/frame/);
});

test('in the dark scheme, only axe\'s colour rules can change: every other rule finds what it finds in the light', async ({ browser }) => {
  test.setTimeout(120_000);
  type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;
  const byRule = (r: Results, keep: (id: string) => boolean) => ({
    violations: r.violations.filter((v) => keep(v.id)).map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).sort(),
    passes: r.passes.filter((v) => keep(v.id)).map((v) => `${v.id} ${v.nodes.length}`).sort(),
    incomplete: r.incomplete.filter((v) => keep(v.id)).map((v) => `${v.id} ${v.nodes.length}`).sort(),
    inapplicable: r.inapplicable.filter((v) => keep(v.id)).map((v) => v.id).sort(),
  });
  const colour = (id: string) => axeColourRules.includes(id);
  // A chapter: charts, a table, the timeline, the quiz, links in text.
  const path = withBase('fr/affaire-clearview/');
  const run = async (colorScheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      await visit(page, path);
      const full = await axeOn(page).analyze();
      const colours = await axeColoursOn(page).analyze();
      // The per-page dark run switches the scheme under a page loaded in light.
      await page.emulateMedia({ colorScheme: colorScheme === 'light' ? 'dark' : 'light' });
      const switched = await axeColoursOn(page).analyze();
      return { full, colours, switched };
    } finally {
      await context.close();
    }
  };
  const light = await run('light');
  const dark = await run('dark');
  const others = byRule(light.full, (id) => !colour(id));
  expect(others.passes.length, 'rules that ran and passed').toBeGreaterThan(20);
  expect(byRule(dark.full, (id) => !colour(id))).toEqual(others);
  // The colour-only run is the full run's colour part, in each scheme.
  for (const scheme of [light, dark]) expect(byRule(scheme.colours, () => true)).toEqual(byRule(scheme.full, colour));
  // A page switched to the other scheme after loading finds what a page loaded in it finds.
  expect(byRule(light.switched, () => true), 'loaded light, switched to dark').toEqual(byRule(dark.colours, () => true));
  expect(byRule(dark.switched, () => true), 'loaded dark, switched to light').toEqual(byRule(light.colours, () => true));
  expect(byRule(dark.colours, () => true).passes.map((p) => p.split(' ')[0])).toContain('color-contrast');
});

for (const path of pages) {
  const lang = langOfPath(path);

  test.describe(describePath(path), () => {
    // One page load serves the read-only checks below; "default" mode keeps
    // them in one worker, in order, and a failure does not skip the others.
    test.describe.configure({ mode: 'default' });
    let loaded: LoadedPage;
    test.beforeAll(async ({ browser }, testInfo) => {
      loaded = await loadOnce(browser, testInfo, path);
    });
    test.afterAll(async () => loaded.close());

    test('answers with status 200', () => {
      expect(loaded.status).toBe(200);
    });

    test('logs no console error and throws no page error', () => {
      expect(loaded.watch.pageErrors, 'uncaught exceptions').toEqual([]);
      expect(loaded.watch.consoleErrors, 'console errors').toEqual([]);
    });

    test('requests nothing from another origin', () => {
      expect(loaded.watch.foreignRequests).toEqual([]);
    });

    test('violates no Content-Security-Policy directive', async () => {
      await expect(loaded.page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
      expect(await loaded.watch.cspViolations()).toEqual([]);
    });

    // axe walks every node: a long chapter with its quiz, explorables and
    // timeline takes several seconds on a 2-core machine, more under load.
    // Light: the shared load, which is in the project's default (light)
    // scheme, with every rule. Dark: the same load with the scheme switched
    // under it (the colours follow prefers-color-scheme live, and no script
    // reads the scheme: tests/dist/theme-css.test.ts), checked to apply, with
    // the colour rules, the only ones the dark scheme can change (see the
    // test above); then back to light for the tests after it. A fresh load
    // in the dark cost more than the analysis (4.8 s a page against 3.6 s for
    // every rule in light, CI run of 4eab61c).
    const axeIn = async (page: Page, colorScheme: 'light' | 'dark') => {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the scheme axe reads').toBe(colorScheme === 'dark');
      const { violations, passes } = await (colorScheme === 'light' ? axeOn(page) : axeColoursOn(page)).analyze();
      expect(violations.length, `axe violations on ${path} (${colorScheme}):\n${formatAxeViolations(violations)}`).toBe(0);
      return passes.map((p) => p.id);
    };
    test('passes axe (WCAG 2.2 A and AA) in light mode', async () => {
      test.setTimeout(60_000);
      await axeIn(loaded.page, 'light');
    });
    test(`passes axe's colour rules (${axeColourRules.join(', ')}) in dark mode`, async () => {
      test.setTimeout(60_000);
      const { page } = loaded;
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      try {
        await expect.poll(background, 'the dark scheme applies to the loaded page').not.toBe(light);
        expect(await axeIn(page, 'dark'), 'colour rules that ran and passed').toContain('color-contrast');
      } finally {
        await page.emulateMedia({ colorScheme: 'light' });
      }
    });

    if (lang === 'bilingual') {
      test('is French with its English part marked lang="en"', async () => {
        const { page } = loaded;
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
        // The English half must be real text, not a stray empty span.
        const english = (await page.locator('main [lang="en"]').allInnerTexts()).join(' ');
        expect(english.split(/\s+/).filter(Boolean).length, `English text in main: "${english}"`).toBeGreaterThanOrEqual(5);
      });
    } else {
      test(`declares <html lang="${lang}">`, async () => {
        await expect(loaded.page.locator('html')).toHaveAttribute('lang', lang);
      });
    }

    const expectedAlternates = lang === 'bilingual' ? (path === basePath ? ['en', 'fr'] : []) : ['en', 'fr', 'x-default'];
    const alternatesTitle = expectedAlternates.length
      ? `lists its hreflang alternates (${expectedAlternates.join(', ')}) as absolute URLs of real pages`
      : 'lists no hreflang alternate';
    test(alternatesTitle, async () => {
      const alternates = await loaded.page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => ({ hreflang: l.getAttribute('hreflang') ?? '', href: l.getAttribute('href') ?? '' })));
      expect(alternates.map((a) => a.hreflang).sort()).toEqual(expectedAlternates);
      for (const { hreflang, href } of alternates) {
        expect(href, `hreflang="${hreflang}" must be absolute`).toMatch(/^https?:\/\/[^/]+\//);
        expect(sitemap.has(new URL(href).pathname), `hreflang="${hreflang}" ${href} is a page of the sitemap`).toBe(true);
      }
      if (lang !== 'bilingual') {
        const self = alternates.find((a) => a.hreflang === lang);
        expect(self && new URL(self.href).pathname, 'the alternate in its own language is the page itself').toBe(path);
      }
    });

    if (lang !== 'bilingual') {
      const other = lang === 'fr' ? 'en' : 'fr';
      // Last of the group: it navigates the shared page away.
      test(`has a language switcher to its ${other === 'en' ? 'English' : 'French'} twin, which links back`, async () => {
        const { page } = loaded;
        const switcher = page.getByRole('banner').getByRole('link', { name: ui(other, 'lang.readHere') });
        await expect(switcher).toHaveAttribute('hreflang', other);
        const twin = await switcher.getAttribute('href');
        expect(twin, 'the switcher points at the alternate in the other language').toBe(
          await page.locator(`head link[rel="alternate"][hreflang="${other}"]`).evaluate((l) => new URL(l.getAttribute('href') ?? '').pathname),
        );

        const arrival = page.waitForResponse((r) => r.request().isNavigationRequest());
        await switcher.click();
        const response = await arrival;
        expect(response.status(), `GET ${response.url()}`).toBe(200);
        await page.waitForLoadState();
        expect(new URL(page.url()).pathname).toBe(twin);
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        const back = page.getByRole('banner').getByRole('link', { name: ui(lang, 'lang.readHere') });
        await expect(back).toHaveAttribute('hreflang', lang);
        await expect(back).toHaveAttribute('href', path);
      });
    }
  });
}
