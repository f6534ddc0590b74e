/**
 * The printable quiz sheets (/fr/quiz/<chapter>/fiche/ and /corrige/,
 * /en/quiz/<chapter>/worksheet/ and /answer-key/): in the sitemap, so that
 * pages.spec.ts runs axe on each in light and dark (and its other checks),
 * a print layout without the site's chrome, a worksheet that gives nothing
 * away, an answer key that gives everything, and both complete without
 * JavaScript (@nojs).
 *
 * Expected answers come from the quiz YAML through src/lib/sheets.ts, the
 * module the pages use, so "B" here is "B" on paper.
 */
import { test, expect, type Page } from '@playwright/test';
import { builtSitemapPaths, ui, withBase } from './helpers';
import { loadContent } from '../../src/lib/content-check';
import { chapterSegments, sheetSegments, type SheetKind } from '../../src/i18n/routes';
import { sheetQuestions, type SheetQuestion } from '../../src/lib/sheets';
import { formatNumber } from '../../src/lib/format';
import type { ChapterId } from '../../src/schemas/chapter';

type Lang = 'fr' | 'en';
const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const quizzes = [...content.quizzes.values()].filter((q) => q.data).map((q) => ({ id: q.id as ChapterId, questions: q.data!.questions }));

const sheet = (id: ChapterId, lang: Lang, kind: SheetKind) => withBase(`${lang}/quiz/${chapterSegments[id][lang]}/${sheetSegments[kind][lang]}/`);
/** Text as the page shows it: whitespace (Intl's no-break spaces too) made single spaces. */
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

/** One question block on the page, found by its heading "Question n". */
const block = (page: Page, lang: Lang, n: number) =>
  page.locator('.sheet-q').filter({ has: page.getByRole('heading', { level: 2, name: fill(ui(lang, 'sheet.question'), { n }), exact: true }) });

/** What the answer key must show for a question, in the order it shows it. */
function expectedAnswers(q: SheetQuestion, lang: Lang): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices.filter((c) => c.correct).map((c) => `${c.letter}. ${c.text}`);
    case 'true-false':
      return [ui(lang, q.answer ? 'sheet.true' : 'sheet.false')];
    case 'ordering':
      return q.order.map((l) => `${l}. ${q.items.find((it) => it.letter === l)!.text}`);
    case 'matching':
      return q.left.map((l, i) => `${l} → ${q.key[i]}. ${q.right.find((r) => r.letter === q.key[i])!.text}`);
    case 'numeric':
      return [plain(`${formatNumber(q.answer, lang)}${q.unit ? ` ${q.unit}` : ''}`)];
  }
}

const sitemap = new Set(builtSitemapPaths());

// No silent skip: without a quiz this file would test nothing.
test('has quizzes to print', () => {
  expect(quizzes.length, 'no quiz in the content').toBeGreaterThan(0);
});

for (const quiz of quizzes) {
  for (const lang of ['fr', 'en'] as const) {
    const questions = sheetQuestions(quiz.questions, lang);
    const worksheet = sheet(quiz.id, lang, 'worksheet');
    const key = sheet(quiz.id, lang, 'answer-key');

    test.describe(`the ${lang === 'fr' ? 'French' : 'English'} sheets of the ${quiz.id} quiz`, () => {
      for (const [kind, path] of [['worksheet', worksheet], ['answer key', key]] as const) {
        // axe (light and dark), console, CSP and other-origin checks run on every
        // sitemap page in pages.spec.ts; running axe here again only cost time.
        test(`the ${kind} ${path} is in the sitemap, so every page check covers it`, () => {
          expect(sitemap.has(path)).toBe(true);
        });

        test(`the ${kind} prints without the header, navigation, footer or links`, async ({ page }) => {
          await open(page, path);
          await expect(page.locator('.site-header')).toBeVisible();
          await page.emulateMedia({ media: 'print' });
          await expect(page.locator('.site-header')).toBeHidden();
          await expect(page.locator('.site-footer')).toBeHidden();
          for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expect(page.locator('.sheet-q')).toHaveCount(questions.length);
          // A question is never cut by a page break.
          const breaks = await page.locator('.sheet-q').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
          expect(new Set(breaks)).toEqual(new Set(['avoid']));
        });
      }

      test('the worksheet has name, class and date lines, also in print', async ({ page }) => {
        await open(page, worksheet);
        await page.emulateMedia({ media: 'print' });
        const identity = page.getByRole('list', { name: ui(lang, 'sheet.identity') });
        for (const k of ['sheet.name', 'sheet.class', 'sheet.date']) await expect(identity.getByText(ui(lang, k), { exact: true })).toBeVisible();
      });

      test('the worksheet shows every question and gives no answer away', async ({ page }) => {
        await open(page, worksheet);
        const main = plain(await page.locator('main').innerText());
        for (const q of quiz.questions) {
          expect(main, `explanation of ${q.id}`).not.toContain(plain(q.explanation[lang]));
          if (q.type === 'single' || q.type === 'multiple') {
            for (const o of q.options) if (o.explanation) expect(main, `feedback on ${q.id}/${o.id}`).not.toContain(plain(o.explanation[lang]));
          }
        }
        expect(main).not.toContain(plain(ui(lang, 'sheet.answer')));
        expect(main).not.toContain(plain(ui(lang, 'sheet.correctOrder')));
        for (const q of questions) {
          const b = block(page, lang, q.n);
          await expect(b, `question ${q.n}`).toHaveCount(1);
          await expect(b.getByText(q.prompt, { exact: true })).toBeVisible();
          const text = plain(await b.innerText());
          if (q.type === 'single' || q.type === 'multiple') {
            for (const c of q.choices) expect(text).toContain(plain(`${c.letter}. ${c.text}`));
            // Drawn circles (one answer) or squares (several), all empty.
            await expect(b.locator(q.type === 'single' ? '.sheet-mark--circle' : '.sheet-mark--square')).toHaveCount(q.choices.length);
          }
          if (q.type === 'ordering') {
            // Items in the shuffled worksheet order, never the correct one; one numbered box per item.
            const shown = (await b.locator('.sheet-choices li').allInnerTexts()).map(plain);
            expect(shown).toEqual(q.items.map((it) => plain(`${it.letter}. ${it.text}`)));
            expect(q.order).not.toEqual(q.items.map((it) => it.letter));
            await expect(b.locator('.sheet-slots li')).toHaveText(q.items.map((_, i) => String(i + 1)));
          }
          if (q.type === 'matching') {
            expect(q.key).not.toEqual(q.right.map((r) => r.letter));
            await expect(b.locator('.sheet-match__right li')).toHaveText(q.right.map((r) => `${r.letter}. ${r.text}`));
            await expect(b.locator('.sheet-match__left .sheet-box')).toHaveCount(q.left.length);
          }
          if (q.type === 'numeric') {
            await expect(b.locator('.sheet-numeric')).toHaveText(plain(`${ui(lang, 'sheet.yourAnswer')} ${q.unit ?? ''}`));
          }
        }
      });

      test('the answer key shows every answer, its explanation and its section', async ({ page }) => {
        await open(page, key);
        for (const q of questions) {
          const b = block(page, lang, q.n);
          await expect(b, `question ${q.n}`).toHaveCount(1);
          const text = plain(await b.innerText());
          for (const a of expectedAnswers(q, lang)) expect(text, `answer of ${q.id}`).toContain(plain(a));
          if (q.type === 'numeric' && q.tolerance > 0) expect(text).toContain(formatNumber(q.answer + q.tolerance, lang).replace(/\s/g, ' '));
          expect(text, `explanation of ${q.id}`).toContain(plain(q.explanation));
          for (const c of q.type === 'single' || q.type === 'multiple' ? q.choices : []) if (c.explanation) expect(text).toContain(plain(c.explanation));
          const section = b.getByRole('link');
          expect(await section.getAttribute('href')).toBe(`${withBase(`${lang}/${chapterSegments[quiz.id][lang]}/`)}#${q.section}`);
          expect(plain(await section.innerText())).not.toBe(q.section); // the heading's text, not its anchor
        }
      });

      test('each sheet links to the other, to a GIFT file that downloads, to the online quiz and to the chapter', async ({ page, request }) => {
        await open(page, worksheet);
        await page.getByRole('link', { name: ui(lang, 'sheet.toAnswerKey') }).click();
        await expect(page).toHaveURL(new RegExp(`${key}$`));
        await page.getByRole('link', { name: ui(lang, 'sheet.toWorksheet') }).click();
        await expect(page).toHaveURL(new RegExp(`${worksheet}$`));
        const gift = await page.getByRole('link', { name: ui(lang, 'sheet.toGift') }).getAttribute('href');
        expect(gift).toBe(withBase(`downloads/quizzes/${lang}/${quiz.id}.gift`));
        const res = await request.get(gift!);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toMatch(/^text\/plain; charset=utf-8/);
        expect(await res.text()).toContain('$CATEGORY:');
        for (const path of [worksheet, key]) {
          await open(page, path);
          const online = page.getByRole('link', { name: ui(lang, 'sheet.toQuiz') });
          await expect(online).toHaveAttribute('href', withBase(`${lang}/quiz/${chapterSegments[quiz.id][lang]}/`));
          await expect(page.getByRole('link', { name: ui(lang, 'sheet.toChapter') })).toHaveAttribute('href', withBase(`${lang}/${chapterSegments[quiz.id][lang]}/`));
        }
      });

      test('both sheets are complete without JavaScript', { tag: '@nojs' }, async ({ page }) => {
        for (const path of [worksheet, key]) {
          await open(page, path);
          // No script of its own: the only one is the layout's theme.js (colour scheme, before paint).
          const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? 'inline'));
          expect(scripts).toEqual([withBase('theme.js')]);
          await expect(page.locator('.sheet-q')).toHaveCount(questions.length);
          for (const q of questions) await expect(block(page, lang, q.n).getByText(q.prompt, { exact: true })).toBeVisible();
        }
        // The key's answers are in the server HTML, not added by a script.
        for (const q of questions) {
          const text = plain(await block(page, lang, q.n).innerText());
          for (const a of expectedAnswers(q, lang)) expect(text).toContain(plain(a));
        }
      });
    });
  }
}
