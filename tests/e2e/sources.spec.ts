/**
 * The sources pages (/fr/sources/, /en/sources/).
 *
 * Each lists every entry of content/sources under an anchor `source-<id>`,
 * with "Cited in" links that resolve (a chapter's link lands on that source
 * in the chapter's own list). <vp-sources> adds a filter form: a kind, a
 * country and a text narrow the list, the status region counts what is
 * left, and it all works from the keyboard. Without JavaScript (@nojs) the
 * full list is there and no filter control is. Expected texts come from the
 * same YAML, dictionaries and citation index as the pages.
 */
import { test, expect } from '@playwright/test';
import { formatAxeViolations, ui, watchPage, withBase, axeOn } from './helpers';
import { chapterSegments, sourcesSegments } from '../../src/i18n/routes';
import { loadContent } from '../../src/lib/content-check';
import { indexSources } from '../../src/lib/sources-index';

const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const sources = [...content.sources.values()].map((s) => ({ id: s.id, ...s.data! }));
const chapters = [...content.chapters.values()].map((c) => ({ id: c.id, order: c.data!.order, sources: c.data!.sources }));
const index = indexSources({
  sources,
  chapters,
  pages: [...content.pages.values()].filter((p) => p.file.includes('/en/')).map((p) => ({ id: p.id, sources: p.data!.sources ?? [] })),
  glossary: [...content.glossary.values()].map((g) => ({ id: g.id, sources: g.data!.sources })),
  events: [...content.events.values()].map((e) => ({ id: e.id, ...e.data! })),
  fines: content.fines?.data,
  breaches: content.breaches?.data,
});
const sourcesUrl = (lang: 'fr' | 'en') => withBase(`${lang}/${sourcesSegments[lang]}/`);
const count = (lang: 'fr' | 'en', n: number) => ui(lang, 'sources.filter.count').replace('{n}', String(n)).replace('{total}', String(sources.length));
// A source cited by a chapter: the first one of the first chapter.
const cited = chapters.find((c) => c.sources.length)!;
const citedSource = cited.sources[0]!;

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string) => ui(lang, key);

  test.describe(`the sources page ${sourcesUrl(lang)}`, () => {
    test('lists every source entry with its publisher, title link and date', async ({ page, baseURL }) => {
      const watch = await watchPage(page, new URL(baseURL!).origin);
      expect((await page.goto(sourcesUrl(lang)))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('sources.title'));
      await expect(page.locator('.src-entry')).toHaveCount(sources.length);
      for (const s of sources) {
        const entry = page.locator(`[id="source-${s.id}"]`);
        await expect(entry.locator('.src-pub')).toHaveText(s.publisher);
        await expect(entry.getByRole('link', { name: s.title, exact: true })).toHaveAttribute('href', s.url);
        await expect(entry.locator('time')).toHaveAttribute('datetime', s.date);
      }
      // A title in another language than the page's says so.
      const foreign = sources.find((s) => s.language !== lang)!;
      await expect(page.locator(`[id="source-${foreign.id}"] .src-title a`)).toHaveAttribute('lang', foreign.language);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(await watch.cspViolations()).toEqual([]);
    });

    test('shows for each source as many "cited in" links as the index has places', async ({ page }) => {
      await page.goto(sourcesUrl(lang));
      for (const s of sources) {
        await expect(page.locator(`[id="source-${s.id}"] .src-cites a`), s.id).toHaveCount(index.citations.get(s.id)!.length);
      }
    });

    test('links a source cited by a chapter back to that chapter, and the link resolves', async ({ page }) => {
      await page.goto(sourcesUrl(lang));
      const href = withBase(`${lang}/${chapterSegments[cited.id as keyof typeof chapterSegments][lang]}/`);
      const link = page.locator(`[id="source-${citedSource}"] .src-cites a[href^="${href}"]`);
      await expect(link).toHaveCount(1);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href}#src-${citedSource}$`));
      await expect(page.locator(`[id="src-${citedSource}"]`)).toBeVisible();
    });

    test('filters by kind and by text, and the live count follows', async ({ page }) => {
      await page.goto(sourcesUrl(lang));
      const status = page.getByRole('status');
      await expect(status).toHaveText(count(lang, sources.length));
      await page.getByLabel(t('sources.filter.kind')).selectOption('decision');
      const decisions = sources.filter((s) => s.kind === 'decision').length;
      await expect(page.locator('.src-entry:visible')).toHaveCount(decisions);
      await expect(status).toHaveText(count(lang, decisions));
      await expect(page.locator('#kind-press')).toBeHidden(); // an emptied group goes with its heading

      await page.getByLabel(t('sources.filter.kind')).selectOption('');
      await page.getByLabel(t('sources.filter.text')).fill('CNIL');
      const cnil = sources.filter((s) => /cnil/i.test(`${s.publisher} ${s.title}`)).length;
      const shown = await page.locator('.src-entry:visible').count();
      expect(shown).toBeGreaterThanOrEqual(cnil);
      expect(shown).toBeLessThan(sources.length);
      await expect(status).toHaveText(count(lang, shown));

      await page.getByLabel(t('sources.filter.text')).fill('zzzz-nothing');
      await expect(page.locator('.src-entry:visible')).toHaveCount(0);
      await expect(status).toHaveText(t('sources.filter.none'));
    });

    test('is operable with the keyboard alone', async ({ page }) => {
      await page.goto(sourcesUrl(lang));
      const kind = page.getByLabel(t('sources.filter.kind'));
      await kind.focus();
      await page.keyboard.press('ArrowDown'); // the first kind after "all kinds"
      const first = await kind.inputValue();
      expect(first).not.toBe('');
      await expect(page.locator('.src-entry:visible')).toHaveCount(sources.filter((s) => s.kind === first).length);
      await page.keyboard.press('Tab'); // country
      await page.keyboard.press('Tab'); // text
      await expect(page.getByLabel(t('sources.filter.text'))).toBeFocused();
      await page.keyboard.type('zzzz-nothing');
      await expect(page.locator('.src-entry:visible')).toHaveCount(0);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t('sources.filter.reset') })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('.src-entry:visible')).toHaveCount(sources.length);
      await expect(page.getByRole('status')).toHaveText(count(lang, sources.length));
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode, filter included`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(sourcesUrl(lang));
        await expect(page.getByRole('search')).toBeVisible();
        const { violations } = await axeOn(page).analyze();
        expect(violations, formatAxeViolations(violations)).toEqual([]);
      });
    }

    test('without JavaScript, shows the full list and no filter control', { tag: '@nojs' }, async ({ page }) => {
      await page.goto(sourcesUrl(lang));
      await expect(page.locator('.src-entry')).toHaveCount(sources.length);
      await expect(page.locator('.src-entry:visible')).toHaveCount(sources.length);
      await expect(page.getByRole('search')).toHaveCount(0); // not in the accessibility tree
      await expect(page.locator('vp-sources :is(select, input, button)')).not.toHaveCount(0); // in the HTML (no shift when scripts run)…
      await expect(page.locator('vp-sources :is(select, input, button):visible')).toHaveCount(0); // …but never shown
    });
  });
}
