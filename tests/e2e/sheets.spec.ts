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
 *
 * Speed: the sheets are static pages, so each quiz and language loads its
 * worksheet and its answer key once (one context, in a beforeAll) for all
 * its tests, which run in order in one worker ("default" mode: a failure
 * does not skip the others). What a test reads of every question is read in
 * one round trip (readBlocks) and asserted with plain expects that name the
 * question; each screen test resets the media, each print test emulates print.
 */
import { test, expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
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

interface Loaded { page: Page; status: number }

/** The two sheets of one quiz and language, each loaded once, in one context built from the project's options. */
async function loadSheets(browser: Browser, testInfo: TestInfo, paths: { worksheet: string; key: string }) {
  const { baseURL, javaScriptEnabled, viewport, colorScheme, serviceWorkers, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  if (!baseURL) throw new Error('baseURL is not configured');
  const context: BrowserContext = await browser.newContext({
    baseURL,
    // 'block' from playwright.config.ts, as the page fixture.
    ...(serviceWorkers === undefined ? {} : { serviceWorkers }),
    ...(javaScriptEnabled === undefined ? {} : { javaScriptEnabled }),
    ...(viewport === undefined ? {} : { viewport }),
    ...(colorScheme === undefined ? {} : { colorScheme }),
    ...(userAgent === undefined ? {} : { userAgent }),
    ...(deviceScaleFactor === undefined ? {} : { deviceScaleFactor }),
    ...(isMobile === undefined ? {} : { isMobile }),
    ...(hasTouch === undefined ? {} : { hasTouch }),
  });
  const load = async (path: string): Promise<Loaded> => {
    const page = await context.newPage();
    const response = await page.goto(path);
    return { page, status: response?.status() ?? 0 };
  };
  const [worksheet, key] = await Promise.all([load(paths.worksheet), load(paths.key)]);
  return { worksheet, key, close: () => context.close() };
}

/** A shared sheet, in the screen media it loaded in (a print test may have left print on); its load answered 200. */
async function onScreen(loaded: Loaded, path: string): Promise<Page> {
  expect(loaded.status, path).toBe(200);
  await loaded.page.emulateMedia({ media: null });
  return loaded.page;
}

/**
 * What the page shows of each question, read in one round trip. The block of
 * question n is the `.sheet-q` holding a level-2 heading named "Question n",
 * as getByRole finds it: a hidden or aria-hidden heading does not count, the
 * name (aria-label, else the text, whitespace normalised) matches exactly.
 * `prompt` lists the elements of that block that getByText(prompt, { exact: true })
 * would match (their text is the prompt, and no child's text alone is), each
 * with Playwright's visibility (rendered, visibility: visible, a non-empty
 * box). `text` and `choices` are innerText (as innerText()/allInnerTexts()),
 * the other texts textContent with whitespace normalised (as toHaveText).
 */
interface BlockView {
  blocks: number;
  text: string;
  prompt: { visible: boolean }[];
  circles: number;
  squares: number;
  choices: string[];
  slots: string[];
  right: string[];
  leftBoxes: number;
  numeric: string[];
  links: { href: string | null; text: string }[];
}
function readBlocks(page: Page, lang: Lang, questions: SheetQuestion[]): Promise<BlockView[]> {
  const items = questions.map((q) => ({ heading: fill(ui(lang, 'sheet.question'), { n: q.n }), prompt: q.prompt }));
  return page.evaluate((items) => {
    const norm = (s: string | null) => (s ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
    const hiddenForAria = (el: Element) => Boolean(el.closest('[aria-hidden="true"]')) || !el.checkVisibility({ visibilityProperty: true });
    const visible = (el: Element) => {
      if (!el.checkVisibility() || getComputedStyle(el).visibility !== 'visible') return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const headingNames = (b: Element) =>
      [...b.querySelectorAll('h2, [role="heading"][aria-level="2"]')]
        .filter((h) => !(h.tagName === 'H2' && h.hasAttribute('role') && h.getAttribute('role') !== 'heading'))
        .filter((h) => !hiddenForAria(h))
        .map((h) => norm(h.getAttribute('aria-label') ?? h.textContent));
    const texts = (b: Element, sel: string) => [...b.querySelectorAll(sel)].map((el) => norm(el.textContent));
    const all = [...document.querySelectorAll('.sheet-q')];
    return items.map(({ heading, prompt }) => {
      const matching = all.filter((b) => headingNames(b).includes(norm(heading)));
      const b = matching[0];
      if (!b) return { blocks: 0, text: '', prompt: [], circles: 0, squares: 0, choices: [], slots: [], right: [], leftBoxes: 0, numeric: [], links: [] };
      const target = norm(prompt);
      const promptEls = [...b.querySelectorAll('*')].filter(
        (el) => norm(el.textContent) === target && ![...el.children].some((c) => norm(c.textContent) === target),
      );
      const links = [...b.querySelectorAll('a[href], area[href], [role="link"]')].filter((a) => !hiddenForAria(a));
      return {
        blocks: matching.length,
        text: (b as HTMLElement).innerText,
        prompt: promptEls.map((el) => ({ visible: visible(el) })),
        circles: b.querySelectorAll('.sheet-mark--circle').length,
        squares: b.querySelectorAll('.sheet-mark--square').length,
        choices: [...b.querySelectorAll('.sheet-choices li')].map((el) => (el as HTMLElement).innerText),
        slots: texts(b, '.sheet-slots li'),
        right: texts(b, '.sheet-match__right li'),
        leftBoxes: b.querySelectorAll('.sheet-match__left .sheet-box').length,
        numeric: texts(b, '.sheet-numeric'),
        links: links.map((a) => ({ href: a.getAttribute('href'), text: (a as HTMLElement).innerText })),
      };
    });
  }, items);
}

/** Question n has one block, and its prompt is one element there, visible (as toBeVisible on getByText). */
function expectPromptVisible(view: BlockView, n: number, where: string) {
  expect(view.blocks, `question ${n} on ${where}: blocks`).toBe(1);
  expect(view.prompt, `question ${n} on ${where}: its prompt, one element, visible`).toEqual([{ visible: true }]);
}

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
      // One load of each sheet serves the tests below, in order, in one worker;
      // a failure does not skip the others (the next test reloads).
      test.describe.configure({ mode: 'default' });
      let sheets: Awaited<ReturnType<typeof loadSheets>>;
      test.beforeAll(async ({ browser }, testInfo) => {
        sheets = await loadSheets(browser, testInfo, { worksheet, key });
      });
      test.afterAll(async () => sheets?.close());
      const loadedOf = (path: string) => (path === worksheet ? sheets.worksheet : sheets.key);

      for (const [kind, path] of [['worksheet', worksheet], ['answer key', key]] as const) {
        // axe (light and dark), console, CSP and other-origin checks run on every
        // sitemap page in pages.spec.ts; running axe here again only cost time.
        test(`the ${kind} ${path} is in the sitemap, so every page check covers it`, () => {
          expect(sitemap.has(path)).toBe(true);
        });

        test(`the ${kind} prints without the header, navigation, footer or links`, async () => {
          const page = await onScreen(loadedOf(path), path);
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

      test('the worksheet has name, class and date lines, also in print', async () => {
        const page = await onScreen(sheets.worksheet, worksheet);
        await page.emulateMedia({ media: 'print' });
        const identity = page.getByRole('list', { name: ui(lang, 'sheet.identity') });
        for (const k of ['sheet.name', 'sheet.class', 'sheet.date']) await expect(identity.getByText(ui(lang, k), { exact: true }), k).toBeVisible();
      });

      test('the worksheet shows every question and gives no answer away', async () => {
        const page = await onScreen(sheets.worksheet, worksheet);
        const main = plain(await page.locator('main').innerText());
        for (const q of quiz.questions) {
          expect(main, `explanation of ${q.id}`).not.toContain(plain(q.explanation[lang]));
          if (q.type === 'single' || q.type === 'multiple') {
            for (const o of q.options) if (o.explanation) expect(main, `feedback on ${q.id}/${o.id}`).not.toContain(plain(o.explanation[lang]));
          }
        }
        expect(main).not.toContain(plain(ui(lang, 'sheet.answer')));
        expect(main).not.toContain(plain(ui(lang, 'sheet.correctOrder')));
        const views = await readBlocks(page, lang, questions);
        for (const [i, q] of questions.entries()) {
          const b = views[i]!;
          const of = `question ${q.n} (${q.id})`;
          expectPromptVisible(b, q.n, worksheet);
          const text = plain(b.text);
          if (q.type === 'single' || q.type === 'multiple') {
            for (const c of q.choices) expect(text, `${of}: choice ${c.letter}`).toContain(plain(`${c.letter}. ${c.text}`));
            // Drawn circles (one answer) or squares (several), all empty.
            expect(q.type === 'single' ? b.circles : b.squares, `${of}: ${q.type === 'single' ? 'circles' : 'squares'}`).toBe(q.choices.length);
          }
          if (q.type === 'ordering') {
            // Items in the shuffled worksheet order, never the correct one; one numbered box per item.
            expect(b.choices.map(plain), `${of}: items`).toEqual(q.items.map((it) => plain(`${it.letter}. ${it.text}`)));
            expect(q.order, of).not.toEqual(q.items.map((it) => it.letter));
            expect(b.slots, `${of}: numbered boxes`).toEqual(q.items.map((_, i) => String(i + 1)));
          }
          if (q.type === 'matching') {
            expect(q.key, of).not.toEqual(q.right.map((r) => r.letter));
            expect(b.right, `${of}: right-hand terms`).toEqual(q.right.map((r) => plain(`${r.letter}. ${r.text}`)));
            expect(b.leftBoxes, `${of}: boxes`).toBe(q.left.length);
          }
          if (q.type === 'numeric') {
            expect(b.numeric, `${of}: answer line`).toEqual([plain(`${ui(lang, 'sheet.yourAnswer')} ${q.unit ?? ''}`)]);
          }
        }
      });

      test('the answer key shows every answer, its explanation and its section', async () => {
        const page = await onScreen(sheets.key, key);
        const views = await readBlocks(page, lang, questions);
        for (const [i, q] of questions.entries()) {
          const b = views[i]!;
          expect(b.blocks, `question ${q.n}`).toBe(1);
          const text = plain(b.text);
          for (const a of expectedAnswers(q, lang)) expect(text, `answer of ${q.id}`).toContain(plain(a));
          if (q.type === 'numeric' && q.tolerance > 0) expect(text, `tolerance of ${q.id}`).toContain(formatNumber(q.answer + q.tolerance, lang).replace(/\s/g, ' '));
          expect(text, `explanation of ${q.id}`).toContain(plain(q.explanation));
          for (const c of q.type === 'single' || q.type === 'multiple' ? q.choices : []) if (c.explanation) expect(text, `note on ${q.id}/${c.letter}`).toContain(plain(c.explanation));
          // One link (as getByRole('link') in the block, strict), to the section of the chapter.
          expect(b.links.length, `section link of ${q.id}`).toBe(1);
          const section = b.links[0]!;
          expect(section.href, `section link of ${q.id}`).toBe(`${withBase(`${lang}/${chapterSegments[quiz.id][lang]}/`)}#${q.section}`);
          expect(plain(section.text), `section link of ${q.id}`).not.toBe(q.section); // the heading's text, not its anchor
        }
      });

      // Last: it navigates the shared worksheet page away and back.
      test('each sheet links to the other, to a GIFT file that downloads, to the online quiz and to the chapter', async ({ request }) => {
        const onlineHref = withBase(`${lang}/quiz/${chapterSegments[quiz.id][lang]}/`);
        const chapterHref = withBase(`${lang}/${chapterSegments[quiz.id][lang]}/`);
        for (const [path, loaded] of [[key, sheets.key], [worksheet, sheets.worksheet]] as const) {
          const p = await onScreen(loaded, path);
          await expect(p.getByRole('link', { name: ui(lang, 'sheet.toQuiz') }), `${path}: online quiz`).toHaveAttribute('href', onlineHref);
          await expect(p.getByRole('link', { name: ui(lang, 'sheet.toChapter') }), `${path}: chapter`).toHaveAttribute('href', chapterHref);
        }
        const page = sheets.worksheet.page;
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
      });

      // In the no-js project the shared loads above are made with JavaScript off.
      test('both sheets are complete without JavaScript', { tag: '@nojs' }, async () => {
        expect(test.info().project.use.javaScriptEnabled, 'run in the no-js project').toBe(false);
        const views: Record<string, BlockView[]> = {};
        for (const [path, loaded] of [[worksheet, sheets.worksheet], [key, sheets.key]] as const) {
          const page = await onScreen(loaded, path);
          // No script of its own: the only one is the layout's theme.js (colour scheme, before paint).
          const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? 'inline'));
          expect(scripts, path).toEqual([withBase('theme.js')]);
          await expect(page.locator('.sheet-q'), path).toHaveCount(questions.length);
          views[path] = await readBlocks(page, lang, questions);
          for (const [i, q] of questions.entries()) expectPromptVisible(views[path]![i]!, q.n, path);
        }
        // The key's answers are in the server HTML, not added by a script.
        for (const [i, q] of questions.entries()) {
          const b = views[key]![i]!;
          expect(b.blocks, `question ${q.n} on ${key}`).toBe(1);
          const text = plain(b.text);
          for (const a of expectedAnswers(q, lang)) expect(text, `answer of ${q.id} on ${key}`).toContain(plain(a));
        }
      });
    });
  }
}
