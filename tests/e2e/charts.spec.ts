/**
 * The figures pages (/fr/chiffres/, /en/figures/): both charts pass axe in
 * light and dark mode, their tables hold every fine and every claim with its
 * values, their text is in the server HTML (so it shows without JavaScript),
 * and a 360 px screen never scrolls sideways.
 *
 * Expected values are computed from content/ with the site's own formatters,
 * so a wording or data change updates the test instead of breaking it.
 */
import { test, expect, type Page } from '@playwright/test';
import { formatAxeViolations, ui, withBase, axeOn } from './helpers';
import { loadContent } from '../../src/lib/content-check';
import { claimRows, fineRows } from '../../src/lib/charts/fines-data';
import { formatAmount } from '../../src/lib/format';
import { formatBillions } from '../../src/lib/charts/labels';

const pages = { fr: withBase('fr/chiffres/'), en: withBase('en/figures/') } as const;
const content = loadContent('content', []);
const events = new Map([...content.events.values()].filter((e) => e.data).map((e) => [e.id, e.data!]));
const fines = fineRows(content.fines!.data!, events);
const claims = claimRows([...events].map(([id, data]) => ({ id, data })));

/** Text as the page shows it, with Intl's no-break spaces made plain. */
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
}

for (const [lang, path] of Object.entries(pages) as ['fr' | 'en', string][]) {
  const t = (key: string) => ui(lang, key);

  test.describe(`the ${lang === 'fr' ? 'French' : 'English'} figures page ${path}`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page, path);
        const { violations } = await axeOn(page).analyze();
        expect(violations.length, formatAxeViolations(violations)).toBe(0);
      });
    }

    test('names each chart image by its visible title and describes it by its subtitle', async ({ page }) => {
      await open(page, path);
      const images = page.getByRole('img');
      await expect(page.getByRole('img', { name: t('charts.fines.title') })).toHaveCount(1);
      await expect(page.getByRole('img', { name: t('charts.claims.title') })).toHaveCount(1);
      for (const img of await images.all()) {
        if ((await img.evaluate((el) => el.localName)) !== 'svg') continue;
        await expect(img).toHaveAttribute('viewBox', /^0 0 \d+ \d+(\.\d+)?$/);
        await expect(img).toHaveAccessibleDescription(/.{40,}/);
      }
    });

    test('has a fines table with every fine, its amount, its status and its sources', async ({ page }) => {
      await open(page, path);
      const table = page.getByRole('table', { name: t('charts.fines.caption') });
      await expect(table).toBeVisible();
      await expect(table.getByRole('rowheader')).toHaveCount(fines.length);
      for (const f of fines) {
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${f.fine.authority} `) }) })
          .filter({ hasText: plain(formatAmount(f.amount, lang)) });
        await expect(row, `${f.id}`).toHaveCount(1);
        const text = plain(await row.innerText());
        expect(text).toContain(t(`charts.status.${f.fine.status}`));
        if (f.conversion.rate) expect(text).toContain(plain(formatAmount({ value: f.euros, currency: 'EUR' }, lang)));
        await expect(row.getByRole('link')).toHaveCount(f.sources.length);
      }
    });

    test('has a claims table with every claim the company made, in order', async ({ page }) => {
      await open(page, path);
      const table = page.getByRole('table', { name: t('charts.claims.caption') });
      await expect(table.getByRole('rowheader')).toHaveCount(claims.length);
      const cells = (await table.locator('tbody tr td:first-of-type').allInnerTexts()).map(plain);
      const expected = [...claims]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((c) => plain(fill(t(c.moreThan ? 'charts.claims.moreThan' : 'charts.claims.exactly'), { n: formatBillions(c.images, lang) })));
      expect(cells).toEqual(expected);
    });

    test('keeps a 360 px screen from scrolling sideways', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await open(page, path);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
      for (const svg of await page.locator('main svg[role="img"]').all()) {
        const box = await svg.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(360);
      }
    });

    test('is linked from the home page', async ({ page }) => {
      await open(page, withBase(`${lang}/`));
      await page.getByRole('link', { name: t('charts.figures.title') }).click();
      expect(new URL(page.url()).pathname).toBe(path);
    });
  });

  test.describe(`the ${lang === 'fr' ? 'French' : 'English'} figures page without JavaScript`, { tag: '@nojs' }, () => {
    test('draws both charts with all their labels in the server HTML', async ({ page }) => {
      await open(page, path);
      await expect(page.locator('html')).not.toHaveAttribute('data-js', /.*/);
      const fineTexts = (await page.getByRole('img', { name: t('charts.fines.title') }).locator('text').allTextContents()).map(plain);
      for (const f of fines) {
        expect(fineTexts.some((s) => s.startsWith(`${f.fine.authority} (`)), f.id).toBe(true);
        expect(fineTexts.some((s) => s.startsWith(plain(formatAmount(f.amount, lang)))), f.id).toBe(true);
      }
      const claimTexts = (await page.getByRole('img', { name: t('charts.claims.title') }).locator('text').allTextContents()).map(plain);
      for (const c of claims) {
        const label = plain(fill(t(c.moreThan ? 'charts.claims.pointMoreThan' : 'charts.claims.point'), { n: formatBillions(c.images, lang) }));
        expect(claimTexts, c.id).toContain(label);
      }
      await expect(page.locator('main svg rect.bar')).toHaveCount(fines.length * 2);
      await expect(page.locator('main svg circle')).toHaveCount(claims.length);
    });
  });
}
