/**
 * The glossary pages (/fr/glossaire/, /en/glossary/) and the inline
 * definitions that <Term> adds to chapters.
 *
 * The glossary lists every entry of content/glossary in both languages, each
 * with its counterpart term in the other language, in Intl.Collator order,
 * and passes axe in light and dark mode. In a chapter, a term opens its
 * definition from the keyboard (Enter, Space) and by touch, closes with
 * Escape (focus back on the word), a second activation or a click outside,
 * and is exposed as a button with aria-expanded whose panel is a live region.
 * Without JavaScript (@nojs) the term is a plain link to an entry that exists.
 * Expected texts come from the same YAML and dictionaries as the pages.
 */
import { test, expect, type Page } from '@playwright/test';
import { formatAxeViolations, ui, watchPage, withBase, axeOn } from './helpers';
import { chapterSegments, glossarySegments } from '../../src/i18n/routes';
import { loadContent } from '../../src/lib/content-check';
import { sortTerms } from '../../src/lib/glossary';

const glossary = loadContent(process.env.CONTENT_DIR ?? 'content', []).glossary;
const entries = [...glossary.values()].map((e) => ({ id: e.id, ...e.data! }));
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const glossaryUrl = (lang: 'fr' | 'en') => withBase(`${lang}/${glossarySegments[lang]}/`);
const chapterUrl = (lang: 'fr' | 'en') => withBase(`${lang}/${chapterSegments['clearview-case'][lang]}/`);

/** The first <Term> of a chapter: its glossary id, the button (with JS) and the panel it controls. */
async function firstTerm(page: Page) {
  const el = page.locator('vp-term').first();
  const id = (await el.getAttribute('data-term'))!;
  const button = el.getByRole('button');
  const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
  return { id, entry: glossary.get(id)!.data!, button, panel };
}

for (const lang of ['fr', 'en'] as const) {
  const other = lang === 'fr' ? 'en' : 'fr';
  const t = (key: string) => ui(lang, key);

  test.describe(`the glossary ${glossaryUrl(lang)}`, () => {
    test('lists every entry with its term in both languages and its definition, in alphabetical order', async ({ page }) => {
      expect(entries.length).toBeGreaterThanOrEqual(40);
      expect((await page.goto(glossaryUrl(lang)))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('glossary.title'));
      const items = page.locator('.gl-entry');
      await expect(items).toHaveCount(entries.length);
      const order = await items.evaluateAll((els) => els.map((e) => e.id));
      expect(order).toEqual(sortTerms(entries, lang).map((e) => `term-${e.id}`));
      for (const e of entries) {
        const item = page.locator(`[id="term-${e.id}"]`);
        await expect(item.locator('dfn')).toHaveText(e.term[lang]);
        await expect(item.locator(`dt [lang="${other}"]`)).toHaveText(e.term[other]);
        expect(plain(await item.locator('dd > p').first().textContent())).toBe(plain(e.definition[lang]));
      }
    });

    test('jumps from the A–Z list to a letter, and from a related term to its entry', async ({ page }) => {
      await page.goto(glossaryUrl(lang));
      const nav = page.getByRole('navigation', { name: t('glossary.jump') });
      const first = nav.getByRole('link').first();
      await first.click();
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
      const related = page.locator('.gl-related a').first();
      const href = (await related.getAttribute('href'))!;
      await related.click();
      await expect(page.locator(href)).toBeInViewport();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(glossaryUrl(lang));
        const { violations } = await axeOn(page).analyze();
        expect(violations, formatAxeViolations(violations)).toEqual([]);
      });
    }

    test('without JavaScript, shows every entry and its jump list', { tag: '@nojs' }, async ({ page }) => {
      await page.goto(glossaryUrl(lang));
      await expect(page.locator('.gl-entry')).toHaveCount(entries.length);
      await expect(page.getByRole('navigation', { name: t('glossary.jump') }).getByRole('link').first()).toBeVisible();
    });
  });

  test.describe(`a <Term> in ${chapterUrl(lang)}`, () => {
    test('is a button that announces its state and opens a live definition with a link to the full entry', async ({ page, baseURL }) => {
      const watch = await watchPage(page, new URL(baseURL!).origin);
      await page.goto(chapterUrl(lang));
      const { id, entry, button, panel } = await firstTerm(page);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toHaveAttribute('aria-live', 'polite');
      await expect(panel).toBeEmpty();
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(entry.term[lang]);
      expect(plain(await panel.textContent())).toContain(plain(entry.definition[lang]));
      const more = panel.getByRole('link', { name: t('term.full') });
      await expect(more).toHaveAttribute('href', `${glossaryUrl(lang)}#term-${id}`);
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });

    test('opens with Enter and Space and closes with Escape, focus back on the word', async ({ page }) => {
      await page.goto(chapterUrl(lang));
      const { button, panel } = await firstTerm(page);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(panel).toBeVisible();
      // Tab reaches the "full entry" link inside the panel; Escape from there comes back.
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('link')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    test('closes when the reader clicks elsewhere, and only one definition is open at a time', async ({ page }) => {
      await page.goto(chapterUrl(lang));
      const { button } = await firstTerm(page);
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const second = page.locator('vp-term').nth(1).getByRole('button');
      await second.click();
      await expect(second).toHaveAttribute('aria-expanded', 'true');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await page.getByRole('heading', { level: 1 }).click();
      await expect(second).toHaveAttribute('aria-expanded', 'false');
    });

    test.describe('on a touch screen', () => {
      test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
      test('opens with a tap, closes with a second tap or a tap outside', async ({ page }) => {
        await page.goto(chapterUrl(lang));
        const { button, panel } = await firstTerm(page);
        await button.tap();
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        await expect(panel).toBeVisible();
        // The panel fits the phone's width.
        const box = await panel.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        await button.tap();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await button.tap();
        await page.getByRole('heading', { level: 1 }).tap();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
      });
    });

    test('without JavaScript, is a link to a glossary entry that exists', { tag: '@nojs' }, async ({ page }) => {
      await page.goto(chapterUrl(lang));
      const el = page.locator('vp-term').first();
      const id = (await el.getAttribute('data-term'))!;
      const link = el.getByRole('link');
      await expect(link).toHaveAttribute('href', `${glossaryUrl(lang)}#term-${id}`);
      await expect(el.getByRole('button')).toHaveCount(0);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${glossarySegments[lang]}/#term-${id}$`));
      await expect(page.locator(`[id="term-${id}"] dfn`)).toHaveText(glossary.get(id)!.data!.term[lang]);
    });
  });
}
