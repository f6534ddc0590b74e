/**
 * The crawl explorable on the real chapter pages (/en/web-scraping/,
 * /fr/moissonnage/): Step, Play and Reset work from the keyboard and the
 * polite live region follows; each measure changes the outcome the pure
 * module computes; axe passes in light and dark mode; 360 px never scrolls
 * sideways; without JavaScript the figure, the summary and the whole face
 * database are there and no control is shown.
 *
 * Expected values come from src/lib/crawl/crawl.ts on content/crawl/web.yaml
 * and from src/i18n/<locale>/crawl.json, so a change of data or wording
 * updates the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { formatAxeViolations, withBase, axeOn } from './helpers';
import { chapterSegments } from '../../src/i18n/routes';
import { DEFAULTS, LIMITED, crawl, summarise, type CrawlOptions } from '../../src/lib/crawl/crawl';
import { crawlWeb, words } from '../support/explorables';

// The graph is the same in every language; only titles differ, and no assertion here reads one.
const WEB = crawlWeb('en');
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));
/** The words of one language, the browser's (`script`) beside the others, as the old flat object. */
const STRINGS = { fr: { ...words('crawl', 'fr'), ...words('crawl', 'fr').script }, en: { ...words('crawl', 'en'), ...words('crawl', 'en').script } };

const dist = resolve(process.env.DIST ?? 'dist');
const segments = chapterSegments.scraping;
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

function built(lang: 'fr' | 'en'): string {
  const file = join(dist, lang, segments[lang], 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The outcome sentence the element shows for a set of measures. */
function outcome(lang: 'fr' | 'en', o: CrawlOptions): string {
  return fill(STRINGS[lang].outcome, summarise(WEB, crawl(WEB, o)));
}

for (const lang of ['en', 'fr'] as const) {
  const path = withBase(`${lang}/${segments[lang]}/`);
  const html = built(lang);
  const s = STRINGS[lang];
  const steps = crawl(WEB, DEFAULTS).states.length - 1;

  test.describe(`the crawl explorable on ${path}`, () => {
    test.beforeEach(() => {
      expect(html, `${path} is not in the build at ${dist}`).toBeTruthy();
      expect(html.includes('<vp-crawl'), `${path} does not use <CrawlExplorer />`).toBe(true);
    });

    async function open(page: Page) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('vp-crawl').getByRole('button', { name: s.step, exact: true })).toBeVisible();
    }
    const live = (page: Page) => page.locator('vp-crawl [aria-live="polite"]');

    test('Step works from the keyboard alone and the live region says what happened', async ({ page }) => {
      await open(page);
      const step = page.locator('vp-crawl').getByRole('button', { name: s.step, exact: true });
      // Tab from the previous focusable element reaches the Step button.
      await step.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(step).toBeFocused();
      await expect(page.locator('vp-crawl [data-url="chirp.example/"]')).toHaveAttribute('data-state', 'frontier');
      await page.keyboard.press('Enter');
      await expect(page.locator('vp-crawl [data-url="chirp.example/"]')).toHaveAttribute('data-state', 'fetched');
      await expect(live(page)).toContainText(fill(s.stepN, { n: 1, total: steps }));
      await page.keyboard.press('Space');
      await expect(live(page)).toContainText(fill(s.stepN, { n: 2, total: steps }));
      await expect(live(page)).toContainText('chirp.example/u/ada');
      const rows = await page.locator('vp-crawl tbody[data-role="db"] tr').count();
      expect(rows).toBe(crawl(WEB, DEFAULTS).states[2]!.faces);
      await expect(page.locator('vp-crawl [style]')).toHaveCount(0);
      // Only one live region speaks.
      await expect(live(page)).toHaveCount(1);
    });

    test('each measure changes the outcome the model computes, and Reset rewinds', async ({ page }) => {
      await open(page);
      const box = page.locator('vp-crawl');
      const out = box.locator('[data-role="outcome"]');
      await expect(out).toHaveText(outcome(lang, DEFAULTS));
      await box.getByRole('checkbox', { name: s.robots }).check();
      await expect(out).toHaveText(outcome(lang, { ...DEFAULTS, honourRobots: true }));
      await expect(live(page)).toHaveText(outcome(lang, { ...DEFAULTS, honourRobots: true }));
      await box.getByRole('checkbox', { name: s.private }).check();
      await expect(out).toHaveText(outcome(lang, { ...DEFAULTS, honourRobots: true, privateAccounts: true }));
      await box.getByRole('checkbox', { name: s.rate }).check();
      const all = { honourRobots: true, privateAccounts: true, rateLimit: LIMITED };
      await expect(out).toHaveText(outcome(lang, all));
      // Run to the end: the disallowed and private pages are marked, and the table holds the smaller database.
      const run = crawl(WEB, all);
      for (let i = 0; i < run.states.length - 1; i++) await box.getByRole('button', { name: s.step, exact: true }).click();
      await expect(box.locator('[data-url="valley-news.example/archive/flood"]')).toHaveAttribute('data-state', 'robots');
      await expect(box.locator('[data-url="chirp.example/u/esme"]')).toHaveAttribute('data-state', 'private');
      await expect(box.locator('tbody[data-role="db"] tr')).toHaveCount(run.db.length);
      // A face search for Esme still finds her on the blog and the photo site, with a place.
      await box.getByRole('combobox', { name: s.search }).selectOption('esme');
      await expect(box.locator('[data-role="profile"]')).toContainText('snapshare.example');
      await expect(box.locator('[data-role="profile"]')).toContainText('Oakridge Park');
      await box.getByRole('button', { name: s.reset }).press('Enter');
      await expect(box.locator('tbody[data-role="db"] tr')).toHaveCount(0);
      await expect(live(page)).toContainText(plain(fill(s.start, { total: run.states.length - 1, seed: WEB.seeds[0]! })));
    });

    test('Play runs the crawl to the end, then speaks once', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page);
      const box = page.locator('vp-crawl');
      await box.getByRole('button', { name: s.play }).click();
      await expect(box.getByRole('button', { name: s.pause })).toBeVisible();
      await expect(live(page)).toContainText(s.done, { timeout: 15_000 });
      await expect(box.getByRole('button', { name: s.play })).toBeVisible();
      await expect(box.locator('tbody[data-role="db"] tr')).toHaveCount(crawl(WEB, DEFAULTS).db.length);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode, after a few steps`, async ({ page }) => {
        // The whole chapter is scanned; on a busy 2-core machine that can take longer than the default 20 s.
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme });
        await open(page);
        for (let i = 0; i < 3; i++) await page.locator('vp-crawl').getByRole('button', { name: s.step, exact: true }).click();
        const { violations } = await axeOn(page).analyze();
        expect(violations.length, formatAxeViolations(violations)).toBe(0);
      });
    }

    test('never scrolls sideways at 360 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await open(page);
      for (let i = 0; i < steps; i++) await page.locator('vp-crawl').getByRole('button', { name: s.step, exact: true }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('shows the end of the crawl, its summary and the whole database without JavaScript, and no control @nojs', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const box = page.locator('vp-crawl');
      const svg = box.locator('svg[role="img"]');
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveAttribute('aria-label', s.svgTitle);
      await expect(box.locator('[data-state="fetched"][data-url]')).toHaveCount(WEB.order.length);
      const sum = summarise(WEB, crawl(WEB, DEFAULTS));
      await expect(box.locator('[data-role="outcome"]')).toHaveText(fill(s.outcomeNoJs, sum));
      await expect(box.locator('tbody[data-role="db"] tr')).toHaveCount(sum.faces);
      await expect(box.getByRole('button')).toHaveCount(0);
      await expect(box.getByRole('checkbox')).toHaveCount(0);
      await expect(box.getByRole('combobox')).toHaveCount(0);
    });
  });
}
