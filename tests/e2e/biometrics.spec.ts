/**
 * The biometrics explorables on the real chapter pages
 * (/en/biometric-templates/, /fr/gabarits-biometriques/): both sliders work
 * from the keyboard and announce their state, the gallery calculator at 60
 * billion shows what src/lib/biometrics/gallery.ts computes, axe passes in
 * light and dark mode, 360 px never scrolls sideways, and without JavaScript
 * the charts and the default state are all there.
 *
 * Skipped, with a message, while the chapter is not written yet or does not
 * use the components. Expected values come from the same pure modules and
 * dictionaries as the page, so a wording change updates the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { formatAxeViolations, ui, withBase, axeOn } from './helpers';
import { chapterSegments } from '../../src/i18n/routes';
import { fmr, fnmr } from '../../src/lib/biometrics/errors';
import { expectedFalseMatches, probAtLeastOne } from '../../src/lib/biometrics/gallery';
import * as F from '../../src/lib/biometrics/bio-format';
import { localeInfo } from '../../src/i18n/locales';
import { words } from '../support/explorables';

const dist = resolve(process.env.DIST ?? 'dist');
const segments = chapterSegments['biometric-templates'];
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? `{${k}}`);

/** The built page's HTML, or '' when the chapter is not in this build. */
function built(lang: 'fr' | 'en'): string {
  const file = join(dist, lang, segments[lang], 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

for (const lang of ['en', 'fr'] as const) {
  // The formatters as the components call them: the page's Intl locale, the biometrics.json words.
  const intl = localeInfo(lang).intl;
  const formatCount = (x: number) => F.formatCount(x, intl);
  const formatOdds = (x: number) => F.formatOdds(x, intl);
  const formatPercent = (x: number, above?: string) => F.formatPercent(x, intl, above);
  const formatScore = (x: number) => F.formatScore(x, intl);
  const formatGallery = (x: number) => F.formatGallery(x, intl);
  const formatShare = (x: number) => F.formatShare(x, intl, words('biometrics', lang).share);
  const path = withBase(`${lang}/${segments[lang]}/`);
  const html = built(lang);
  const t = (key: string) => ui(lang, key);
  const hasThreshold = html.includes('<vp-threshold');
  const hasGallery = html.includes('<vp-gallery');

  test.describe(`the biometrics explorables on ${path}`, () => {
    test('is in the build', () => {
      expect(html, `${path} is not in the build at ${dist}: content/chapters/${lang}/biometric-templates.mdx is not written yet`).toBeTruthy();
    });

    async function open(page: Page) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
    }

    test('the threshold slider works from the keyboard and announces the new state', async ({ page }) => {
      expect(hasThreshold, `${path} does not use <ThresholdExplorer />`).toBe(true);
      await open(page);
      const slider = page.getByRole('slider', { name: t('bio.threshold.label') });
      const state = page.locator('vp-threshold [aria-live="polite"]');
      const before = plain(await state.textContent());
      await slider.focus();
      const start = Number(await slider.inputValue());
      await page.keyboard.press('ArrowRight');
      const x = Math.round((start + 0.01) * 100) / 100;
      await expect(slider).toHaveValue(String(x));
      const expected = fill(t('bio.threshold.state'), { t: formatScore(x), odds: formatShare(fmr(x)), fmr: formatPercent(fmr(x)), fnmr: formatPercent(fnmr(x)) });
      await expect.poll(async () => plain(await state.textContent())).toBe(plain(expected));
      expect(plain(expected)).not.toBe(before);
      await expect(page.locator('vp-threshold output')).toHaveText(formatScore(x));
      // The dot and the line moved with it (geometry through attributes, never style).
      const line = page.locator('vp-threshold [data-role="line"]');
      const x1 = await line.getAttribute('x1');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(line).not.toHaveAttribute('x1', x1 ?? '');
      await expect(page.locator('vp-threshold [style]')).toHaveCount(0);
    });

    test('the gallery calculator at 60 billion shows the values the module computes', async ({ page }) => {
      expect(hasGallery, `${path} does not use <GalleryCalculator />`).toBe(true);
      await open(page);
      await page.getByRole('combobox', { name: t('bio.gallery.fmr') }).selectOption(String(1e-10));
      const slider = page.getByRole('slider', { name: t('bio.gallery.size') });
      await slider.focus();
      await page.keyboard.press('End');
      const calc = page.locator('vp-gallery');
      const exp = formatCount(expectedFalseMatches(6e10, 1e-10));
      const p = formatPercent(probAtLeastOne(6e10, 1e-10), t('bio.above'));
      await expect.poll(async () => plain(await calc.locator('[data-role="expected"]').textContent())).toBe(plain(exp));
      await expect.poll(async () => plain(await calc.locator('[data-role="prob"]').textContent())).toBe(plain(p));
      const sentence = fill(t('bio.gallery.sentence'), { n: formatGallery(6e10), odds: formatOdds(1e-10), expected: exp, p });
      await expect.poll(async () => plain(await calc.locator('[aria-live="polite"]').textContent())).toBe(plain(sentence));
      // Arrow keys move the size down, and the outputs follow.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => plain(await calc.locator('[data-role="expected"]').textContent())).not.toBe(plain(exp));
      // A claimed-size button sets the exact claim.
      await calc.getByRole('button', { name: formatGallery(3e9) }).click();
      await expect.poll(async () => plain(await calc.locator('[data-role="expected"]').textContent())).toBe(plain(formatCount(expectedFalseMatches(3e9, 1e-10))));
      await expect(calc.getByRole('button', { name: formatGallery(3e9) })).toHaveAttribute('aria-pressed', 'true');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page);
        const { violations } = await axeOn(page).analyze();
        expect(violations.length, formatAxeViolations(violations)).toBe(0);
      });
    }

    test('shows the sliders and the select, which work, with JavaScript', async ({ page }) => {
      await open(page);
      for (const control of await page.locator('vp-threshold, vp-gallery').locator('input, select, button').all()) {
        await expect(control).toBeVisible();
        await expect(control).toBeEnabled();
      }
      await expect(page.getByRole('slider', { name: t('bio.threshold.label') })).toBeVisible();
      await expect(page.getByRole('slider', { name: t('bio.gallery.size') })).toBeVisible();
      await expect(page.getByRole('combobox', { name: t('bio.gallery.fmr') })).toBeVisible();
      // At the lowest threshold most impostors pass: the sentence says so in words, not "1 in 1.2".
      const slider = page.getByRole('slider', { name: t('bio.threshold.label') });
      await slider.focus();
      await page.keyboard.press('Home');
      const x = 0.2;
      const expected = fill(t('bio.threshold.state'), { t: formatScore(x), odds: formatShare(fmr(x)), fmr: formatPercent(fmr(x)), fnmr: formatPercent(fnmr(x)) });
      await expect.poll(async () => plain(await page.locator('vp-threshold [aria-live="polite"]').textContent())).toBe(plain(expected));
      expect(plain(expected)).toContain(lang === 'en' ? 'about 9 in 10' : 'environ 9 sur 10');
    });

    test('never scrolls sideways at 360 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await open(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('shows both charts, the default state and the tables without JavaScript @nojs', async ({ page }) => {
      expect(hasThreshold && hasGallery, `${path} uses neither explorable`).toBe(true);
      await open(page);
      if (hasThreshold) {
        const x = 0.62;
        await expect(page.locator('vp-threshold svg[role="img"]')).toHaveCount(2);
        await expect(page.locator('vp-threshold [data-role="line"]')).toHaveCount(1);
        await expect(page.locator('vp-threshold [data-role="dot"]')).toHaveCount(1);
        const state = fill(t('bio.threshold.state'), { t: formatScore(x), odds: formatShare(fmr(x)), fmr: formatPercent(fmr(x)), fnmr: formatPercent(fnmr(x)) });
        const shown = plain(await page.locator('vp-threshold [aria-live="polite"]').first().textContent());
        // The default threshold unless the author chose another one.
        if (html.includes('value="0.62"')) expect(shown).toBe(plain(state));
        else expect(shown.length).toBeGreaterThan(20);
        // The tables sit in a closed <details>, outside the accessibility tree until opened.
        await expect(page.locator('vp-threshold table').first()).toContainText(t('bio.threshold.colThreshold'));
      }
      if (hasGallery) {
        const calc = page.locator('vp-gallery').first();
        await expect(calc.locator('[data-role="expected"]')).not.toBeEmpty();
        await expect(calc.locator('[aria-live="polite"]')).not.toBeEmpty();
        const table = calc.locator('table');
        await expect(table.locator('tr')).toHaveCount(7);
        await expect(table).toContainText(plain(formatGallery(6e10)));
        // The claimed-size buttons need JavaScript, so they are not shown.
        await expect(calc.getByRole('button')).toHaveCount(0);
      }
      // No inert control: sliders, selects and buttons would do nothing without
      // JavaScript, so they wait in <template> and are not in the page at all.
      await expect(page.locator('vp-threshold, vp-gallery').locator('input, select, button, output')).toHaveCount(0);
      const waiting = await page.locator('vp-threshold, vp-gallery').locator('template[data-role="control"]')
        .evaluateAll((ts) => ts.map((t) => (t as HTMLTemplateElement).content.querySelectorAll('input, select').length));
      expect(waiting.filter((n) => n > 0).length).toBe((hasThreshold ? 1 : 0) + (hasGallery ? 2 : 0));
      await expect(page.locator('vp-threshold, vp-gallery').getByRole('slider')).toHaveCount(0);
      await expect(page.locator('vp-threshold, vp-gallery').getByRole('combobox')).toHaveCount(0);
    });
  });
}
