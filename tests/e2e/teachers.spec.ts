/**
 * The teachers' hub (/fr/enseignants/, /en/teachers/).
 *
 * Both languages show the three ready-made sequences with durations added
 * up from their data; every chapter has its chapter, quiz, worksheet, answer
 * key, GIFT and JSON links, and each answers 200; each JSON download parses
 * and holds as many questions as the quiz page shows; the headings go h1,
 * then h2s (h3 and h4 beneath); nothing overflows a 390 px phone; the whole
 * page is there without JavaScript (@nojs), where no "Copy link" button
 * shows; with it, each button copies its address and says so in a status
 * region; the home page links to the hub and to the progress page.
 * Expected words come from the hub's dictionary
 * (src/i18n/<lang>/teachers.json) and the sequences' YAML
 * (content/sequences/), expected numbers from the sequences and the content.
 * (pages.spec.ts runs axe, the CSP and console checks on this page too.)
 */
import { test, expect, type Page } from '@playwright/test';
import { withBase } from './helpers';
import { loadContent } from '../../src/lib/content-check';
import { chapterSegments, progressSegments, sheetSegments, teachersSegments } from '../../src/i18n/routes';
import type { ChapterId } from '../../src/schemas/chapter';
import { loadSequences } from '../../src/lib/sequences-check';
import { inHubOrder, sequenceMinutes } from '../../src/lib/sequences';
import { words } from '../support/explorables';
import { fill } from '../../src/i18n/fill';

type Lang = 'fr' | 'en';
const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
/** The sequences as the hub shows them: id and data, in hub order. */
const SEQUENCES = inHubOrder(loadSequences(process.env.CONTENT_DIR ?? 'content', []).flatMap((e) => (e.data ? [{ id: e.id, data: e.data }] : [])))
  .map((e) => ({ id: e.id, ...e.data }));
const chapters = (lang: Lang) =>
  [...content.chapters.entries()]
    .filter(([key, c]) => key.startsWith(`${lang}/`) && c.data)
    .map(([, c]) => c)
    .sort((a, b) => a.data!.order - b.data!.order)
    .map((c) => ({ id: c.id as ChapterId, title: c.data!.title }));

const hub = (lang: Lang) => withBase(`${lang}/${teachersSegments[lang]}/`);
const expectedLinks = (id: ChapterId, lang: Lang) => {
  const seg = chapterSegments[id][lang];
  return {
    chapter: withBase(`${lang}/${seg}/`),
    quiz: withBase(`${lang}/quiz/${seg}/`),
    worksheet: withBase(`${lang}/quiz/${seg}/${sheetSegments.worksheet[lang]}/`),
    'answer-key': withBase(`${lang}/quiz/${seg}/${sheetSegments['answer-key'][lang]}/`),
    gift: withBase(`downloads/quizzes/${lang}/${id}.gift`),
    json: withBase(`downloads/quizzes/${id}.json`),
    scorm: withBase(`downloads/scorm/${lang}/${id}.zip`),
  };
};
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

test('the content has chapters with quizzes to link to', () => {
  expect(chapters('fr').length).toBeGreaterThan(0);
  expect(content.quizzes.size).toBeGreaterThan(0);
});

for (const lang of ['fr', 'en'] as const) {
  const s = words('teachers', lang);

  test.describe(`the teachers' hub ${hub(lang)}`, () => {
    test('shows the three sequences with their durations added up from the activities', async ({ page }) => {
      await open(page, hub(lang));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
      await expect(page.locator('article.seq')).toHaveCount(SEQUENCES.length);
      expect(SEQUENCES.map(sequenceMinutes)).toEqual([60, 120, 220]);
      for (const seq of SEQUENCES) {
        const article = page.locator(`#seq-${seq.id}`);
        const total = sequenceMinutes(seq);
        await expect(article.getByRole('heading', { level: 3 })).toHaveText(seq.title[lang]);
        await expect(article.locator('.seq-duration')).toContainText(fill(s.minutes, { n: total }));
        // One table per session, each with its own total, summing to the sequence.
        const tables = article.getByRole('table');
        await expect(tables).toHaveCount(seq.sessions.length);
        for (let i = 0; i < seq.sessions.length; i++) {
          await expect(tables.nth(i).locator('tbody tr')).toHaveCount(seq.sessions[i]!.activities.length);
          await expect(tables.nth(i).locator('.session-total')).toHaveText(fill(s.minutes, { n: seq.minutesPerSession }));
        }
        const rowMinutes = await article.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-minutes'))));
        expect(rowMinutes.reduce((a, b) => a + b, 0)).toBe(total);
      }
      // The unit says how many sessions it has.
      const unit = SEQUENCES.find((x) => x.id === 'unit')!;
      await expect(page.locator('#seq-unit .seq-duration')).toContainText(
        plain(fill(s['seq.sessions'], { count: unit.sessions.length, n: unit.minutesPerSession })),
      );
    });

    test('gives every chapter its chapter, quiz, worksheet, answer key, GIFT, JSON and SCORM links, all answering 200', async ({ page, request }) => {
      await open(page, hub(lang));
      const list = chapters(lang);
      await expect(page.locator('.teach-chapters > li')).toHaveCount(list.length);
      for (const c of list) {
        const card = page.locator(`[id="chapter-${c.id}"]`);
        await expect(card.getByRole('heading', { level: 3 })).toHaveText(c.title);
        for (const [kind, href] of Object.entries(expectedLinks(c.id, lang))) {
          await expect(card.locator(`a[data-link="${kind}"]`), `${c.id} ${kind}`).toHaveAttribute('href', href);
          const res = await request.get(href);
          expect(res.status(), href).toBe(200);
        }
        // The share addresses are absolute, ready to copy.
        const codes = await card.locator('.share code').allTextContents();
        expect(codes).toHaveLength(2);
        for (const code of codes) expect(code).toMatch(/^https?:\/\//);
      }
    });

    test('offers JSON downloads that parse and hold as many questions as each quiz page', async ({ page, request }) => {
      for (const c of chapters(lang)) {
        const links = expectedLinks(c.id, lang);
        const res = await request.get(links.json);
        expect(res.status(), links.json).toBe(200);
        const json = (await res.json()) as { chapter: string; questionCount: number; questions: { id: string }[] };
        expect(json.chapter).toBe(c.id);
        expect(json.questions).toHaveLength(json.questionCount);
        await open(page, links.quiz);
        await expect(page.locator('.quiz-list > li.q')).toHaveCount(json.questionCount);
        expect(json.questionCount).toBe(content.quizzes.get(c.id)!.data!.questions.length);
      }
      const all = await request.get(withBase('downloads/quizzes/all.json'));
      expect(all.status()).toBe(200);
      expect(((await all.json()) as { quizzes: unknown[] }).quizzes).toHaveLength(content.quizzes.size);
    });

    test('has a logical heading outline: one h1, then h2s, never skipping a level', async ({ page }) => {
      await open(page, hub(lang));
      const levels = await page.locator('main').locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[1]).toBe(2);
      levels.forEach((l, i) => {
        if (i > 0) expect(l, `heading ${i + 1}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
      const h2 = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(h2.map(plain)).toEqual([s['class.title'], s['seq.title'], s['chapters.title'], s['tools.title']].map(plain));
    });

    test('lets the keyboard reach each activity table, named by its caption', async ({ page }) => {
      await open(page, hub(lang));
      const regions = page.locator('.teach-table');
      const n = SEQUENCES.reduce((sum, x) => sum + x.sessions.length, 0);
      await expect(regions).toHaveCount(n);
      for (let i = 0; i < n; i++) {
        const region = regions.nth(i);
        await expect(region).toHaveAttribute('tabindex', '0');
        const caption = plain((await region.locator('caption').textContent()) ?? '');
        await expect(page.getByRole('region', { name: caption, exact: true })).toHaveCount(1);
      }
      await regions.first().focus();
      await expect(regions.first()).toBeFocused();
    });

    test('fits a 390 px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, hub(lang));
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      for (const region of await page.locator('.teach-table').all()) {
        expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
      }
    });

    test('is complete without JavaScript @nojs', async ({ page }) => {
      await open(page, hub(lang));
      await expect(page.locator('article.seq')).toHaveCount(SEQUENCES.length);
      await expect(page.locator('.teach-chapters > li')).toHaveCount(chapters(lang).length);
      await expect(page.locator('a[data-link="json"]')).toHaveCount(content.quizzes.size);
      // The "Copy link" buttons need JavaScript: none is shown without it.
      expect(await page.locator('main button').count()).toBe(0);
      await expect(page.locator('.share code').first()).toBeVisible();
    });

    test('adds a "Copy link" button beside each share address, which copies it and says so', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      await open(page, hub(lang));
      const first = chapters(lang)[0]!;
      const card = page.locator(`[id="chapter-${first.id}"]`);
      const buttons = card.getByRole('button', { name: s['copy.link'] });
      await expect(buttons).toHaveCount(2);
      await expect(page.locator('.teach-chapters button.copy-link')).toHaveCount(chapters(lang).length + content.quizzes.size);
      const address = (await card.locator('.share code').first().textContent()) ?? '';
      await buttons.first().click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
      await expect(page.locator('vp-copy-links [role="status"]')).toHaveText(`${s['copy.done']} ${address}`);
    });

    test('is linked from the home page, next to the progress page', async ({ page }) => {
      await open(page, withBase(`${lang}/`));
      const nav = page.getByRole('navigation', { name: s['home.label'] });
      await expect(nav.getByRole('link', { name: s['home.teachers'] })).toHaveAttribute('href', hub(lang));
      await expect(nav.getByRole('link', { name: s['home.progress'] })).toHaveAttribute('href', withBase(`${lang}/${progressSegments[lang]}/`));
    });
  });
}
