/**
 * The module builder (/fr/enseignants/module/, /en/teachers/module/) and a
 * module as students see it (/fr/module/#v1…, /en/module/#v1…), with its
 * worksheet, answer key and GIFT download.
 *
 * - Round trip: a teacher takes one chapter whole and three questions of
 *   another, names the module with an accent and makes the link; a student
 *   opening it in a fresh browser context sees exactly those chapters and
 *   questions and the name; the worksheet and answer key hold the same
 *   questions, numbered 1…n; the GIFT download parses and holds them too.
 * - A tampered link (one character changed), a random string, another
 *   version and a stale link each show their message, with the full course.
 * - No fragment: the full course and a short note.
 * - The builder works with the keyboard alone (Tab, Space, Enter).
 * - Without JavaScript (@nojs): the builder says why it cannot make a link
 *   and shows no checkbox; the module page is the full course.
 *
 * The catalogue is read from the built page (the one the links are made
 * against), the strings from the module's own dictionary.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'gift-pegjs';
import { formatAxeViolations, withBase, ui, axeOn } from './helpers';
import { builder, takeWholeAndThree } from './builder';
import { moduleSegments, sheetSegments } from '../../src/i18n/routes';
import type ModuleStrings from '../../src/i18n/en/module.json';
import { decodeModule, encodeModule } from '../../src/lib/share/module-state';
import type { Catalogue } from '../../src/lib/share/catalogue';

type Lang = 'fr' | 'en';
const modulePage = (lang: Lang, hash = '') => withBase(`${lang}/${moduleSegments[lang]}/`) + (hash ? `#${hash}` : '');
const sheetPage = (lang: Lang, kind: 'worksheet' | 'answer-key', hash = '') =>
  withBase(`${lang}/${moduleSegments[lang]}/${sheetSegments[kind][lang]}/`) + (hash ? `#${hash}` : '');
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The module's words in one language (src/i18n/<lang>/module.json). */
const moduleStrings = (lang: Lang) => JSON.parse(readFileSync(resolve('src/i18n', lang, 'module.json'), 'utf8')) as typeof ModuleStrings;

async function catalogueOf(page: Page, selector: string): Promise<Catalogue> {
  return JSON.parse((await page.locator(selector).getAttribute('data-catalogue')) ?? '{}') as Catalogue;
}

/** Ids of the quiz questions shown on the module page. */
const shownQuestions = (page: Page) => page.locator('vp-quiz .q:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
/** Chapter ids of the reading list shown. */
const shownChapters = (page: Page) => page.locator('.mod-list > li:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.modChapter));
/** Ids of the sheet questions shown (their `q-<id>` anchors). */
const shownSheet = (page: Page) => page.locator('.sheet-q:visible').evaluateAll((els) => els.map((e) => e.id.slice(2)));

for (const lang of ['fr', 'en'] as const) {
  const s = moduleStrings(lang);

  test.describe(`the module builder in ${lang}`, () => {
    test('round trip: the link shows students exactly the chosen chapters and questions', async ({ page, browser }) => {
      test.slow(); // pages of 111 questions, on a shared 2-core machine
      const { cat, whole, picked, three, name, group } = await takeWholeAndThree(page, lang, s['builder.take']);
      // Ticking a question ticked its chapter.
      await expect(group(picked.id).getByRole('checkbox', { name: s['builder.take'] })).toBeChecked();
      const n = whole.questions.length + 3;
      const count = (key: 'chapters' | 'questions', k: number) => s[`module.${key}.other`].replace('{n}', String(k));
      await expect(page.locator('.mb-count')).toHaveText(s['builder.count'].replace('{chapters}', count('chapters', 2)).replace('{questions}', count('questions', n)));
      await page.getByRole('textbox', { name: s['builder.name'] }).fill(name);
      await page.getByRole('button', { name: s['builder.generate'] }).click();
      const field = page.getByRole('textbox', { name: s['builder.link'] });
      await expect(field).toBeVisible();
      const link = await field.inputValue();
      expect(link).toContain(modulePage(lang) + '#v1.');

      const expected = [...whole.questions.map((q) => q.id), ...three];
      const decoded = decodeModule(new URL(link).hash.slice(1), cat);
      expect(decoded.ok && decoded.state.name).toBe(name);

      // A student, in a browser context of their own.
      const student = await browser.newContext({ serviceWorkers: 'block' });
      const sp = await student.newPage();
      await sp.goto(link);
      await expect(sp.locator('h1 bdi')).toHaveText(name);
      expect(await shownChapters(sp)).toEqual([whole.id, picked.id]);
      expect(await shownQuestions(sp)).toEqual(expected);
      await expect(sp.locator('.mod-summary')).toContainText(String(expected.length));
      await expect(sp.getByRole('alert')).toHaveCount(0);
      // The module's result code is told the module.
      const rc = sp.locator('vp-result-code');
      await expect(rc).toHaveAttribute('data-name', name);
      expect(JSON.parse((await rc.getAttribute('data-selection')) ?? '{}')).toEqual({
        chapters: [whole.id, picked.id],
        questions: { [whole.id]: whole.questions.map((q) => q.id), [picked.id]: three },
      });

      // The module's worksheet and answer key: the same questions, numbered 1…n.
      for (const [selector, kind] of [['.mb-sheet', 'worksheet'], ['.mb-key', 'answer-key']] as const) {
        const href = await page.locator(selector).getAttribute('href');
        expect(href).toBe(new URL(sheetPage(lang, kind, new URL(link).hash.slice(1)), link).href);
        await sp.goto(href!);
        await expect(sp.locator('h1 bdi')).toHaveText(name);
        expect(await shownSheet(sp)).toEqual(expected);
        const titles = await sp.locator('.sheet-q:visible .sheet-q__title').allTextContents();
        expect(titles.map(plain)).toEqual(expected.map((_, i) => plain(ui(lang, 'sheet.question').replace('{n}', String(i + 1)))));
      }
      await student.close();

      // The GIFT download: exactly those questions, numbered through the module.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: s['builder.gift'] }).click()]);
      expect(download.suggestedFilename()).toBe(lang === 'fr' ? 'seance-3-donnees-et-visages.gift' : 'session-3-zoe-s-class.gift');
      const text = readFileSync((await download.path())!, 'utf8');
      const parsed = parse(text);
      expect(parsed.filter((q) => q.type === 'Category')).toHaveLength(2);
      expect(parsed.filter((q) => q.type !== 'Category').map((q) => q.title)).toEqual(expected.map((id, i) => `${String(i + 1).padStart(2, '0')} ${id}`));
      expect(text).toContain(name);

      // The Moodle 4.4+ file: the same questions, ordering ones in Moodle's ordering syntax, nothing after a block.
      const [download44] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: s['builder.gift44'] }).click()]);
      expect(download44.suggestedFilename()).toBe(lang === 'fr' ? 'seance-3-donnees-et-visages.moodle44.gift' : 'session-3-zoe-s-class.moodle44.gift');
      const text44 = readFileSync((await download44.path())!, 'utf8');
      expect([...text44.matchAll(/^::(\d\d [^:]+)::/gm)].map((m) => m[1])).toEqual(expected.map((id, i) => `${String(i + 1).padStart(2, '0')} ${id}`));
      // In the classic file each ordering question follows its "// …exported as matching" line.
      const orderingCount = [...text.matchAll(/^\/\/ .*\n::\d\d /gm)].length;
      expect(orderingCount, 'the module holds an ordering question').toBeGreaterThan(0);
      expect([...text44.matchAll(/ \{\n>\d+ ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW 123\n/g)]).toHaveLength(orderingCount);
      expect(text44).toContain(name);
    });

    test('says what is missing instead of making an empty link, and withdraws a link the choice no longer matches', async ({ page }) => {
      await page.goto(builder(lang));
      await page.getByRole('button', { name: s['builder.generate'] }).click();
      await expect(page.getByRole('alert')).toHaveText(s['builder.error.empty']);
      await expect(page.getByRole('textbox', { name: s['builder.link'] })).toBeHidden();
      // A link made, then the choice changed: the old link is withdrawn, with a word why.
      const cat = await catalogueOf(page, 'vp-module-builder');
      const group = (id: string) => page.locator(`fieldset.mb-chapter[data-chapter="${id}"]`);
      await group(cat.chapters[0]!.id).getByRole('checkbox', { name: s['builder.take'] }).check();
      await page.getByRole('button', { name: s['builder.generate'] }).click();
      await expect(page.getByRole('textbox', { name: s['builder.link'] })).toBeVisible();
      await group(cat.chapters[1]!.id).getByRole('checkbox', { name: s['builder.take'] }).check();
      await expect(page.getByRole('textbox', { name: s['builder.link'] })).toBeHidden();
      await expect(page.getByRole('alert')).toHaveText(s['builder.stale']);
    });

    test('works with the keyboard alone', async ({ page }) => {
      test.slow(); // pages of 111 questions, on a shared 2-core machine
      await page.goto(builder(lang));
      const cat = await catalogueOf(page, 'vp-module-builder');
      const first = cat.chapters[0]!;
      const focused = (selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
      const tabTo = async (selector: string, max = 400) => {
        for (let i = 0; i < max && !(await focused(selector)); i++) await page.keyboard.press('Tab');
        expect(await focused(selector), `Tab never reached ${selector}`).toBe(true);
      };
      await tabTo('.mb-take');
      await page.keyboard.press('Space'); // the chapter, with all its questions
      await page.keyboard.press('Tab');
      expect(await focused('.mb-bulk button[value="all"]')).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // "None": reading only
      await page.keyboard.press('Tab');
      expect(await focused('.mb-q')).toBe(true);
      await page.keyboard.press('Space'); // its first question
      await tabTo('.mb-name');
      await page.keyboard.type('Clavier');
      await tabTo('button[type="submit"]');
      await page.keyboard.press('Enter');
      const field = page.getByRole('textbox', { name: s['builder.link'] });
      await expect(field).toBeFocused();
      const got = decodeModule(new URL(await field.inputValue()).hash.slice(1), cat);
      expect(got.ok && got.state).toMatchObject({ name: 'Clavier', chapters: [first.id], questions: { [first.id]: [first.questions[0]!.id] } });
      // Copy, then the links, still by keyboard.
      await page.keyboard.press('Tab');
      expect(await focused('.mb-copy')).toBe(true);
    });
  });

  test.describe(`the module page in ${lang}`, () => {
    async function fullCourse(page: Page) {
      const cat = await catalogueOf(page, 'vp-module');
      expect(await shownChapters(page)).toEqual(cat.chapters.map((c) => c.id));
      expect(await shownQuestions(page)).toEqual(cat.chapters.flatMap((c) => c.questions.map((q) => q.id)));
      return cat;
    }

    test('without a fragment shows the full course and says what the page is for', async ({ page }) => {
      await page.goto(modulePage(lang));
      await fullCourse(page);
      await expect(page.getByText(s['module.empty'])).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });

    test('a tampered, random, foreign or stale link shows a message and the full course', async ({ browser }) => {
      test.slow(); // pages of 111 questions, on a shared 2-core machine
      const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
      await page.goto(modulePage(lang));
      const cat = await catalogueOf(page, 'vp-module');
      const picked = cat.chapters[2]!;
      const made = encodeModule({ name: 'Test', chapters: [picked.id], questions: { [picked.id]: [picked.questions[0]!.id] } }, cat);
      expect(made.ok).toBe(true);
      const good = made.ok ? made.value : '';
      const parts = good.split('.');
      const sel = parts[2]!;
      parts[2] = (sel[0] === 'A' ? 'B' : 'A') + sel.slice(1);
      // Stale: made against a course where that chapter had one more question.
      const older: Catalogue = { ...cat, chapters: cat.chapters.map((c) => (c.id === picked.id ? { ...c, questions: [...c.questions, { id: 'gone', type: 'single' }] } : c)) };
      const stale = encodeModule({ name: '', chapters: [picked.id], questions: { [picked.id]: [picked.questions[0]!.id] } }, older);
      const cases: [string, string][] = [
        [parts.join('.'), s['module.bad.checksum']],
        ['x7Q-pz_k93Lr', s['module.bad.malformed']],
        ['v2.AAAA.AAAA..AAAAAAA', s['module.bad.version']],
        [stale.ok ? stale.value : '', s['module.bad.stale']],
      ];
      for (const [hash, message] of cases) {
        await page.goto('about:blank');
        await page.goto(modulePage(lang, hash));
        await expect(page.getByRole('alert')).toHaveText(message);
        await expect(page.getByRole('alert')).toBeFocused();
        await fullCourse(page);
      }
      // The untouched link still works (the tampering was the only change).
      await page.goto('about:blank');
      await page.goto(modulePage(lang, good));
      expect(await shownQuestions(page)).toEqual([picked.questions[0]!.id]);
    });

    test('follows a new fragment (hashchange)', async ({ page }) => {
      await page.goto(modulePage(lang));
      const cat = await catalogueOf(page, 'vp-module');
      const made = encodeModule({ name: '', chapters: [cat.chapters[0]!.id] }, cat);
      // The page reloads for the new module: the quizzes start afresh.
      const loaded = page.waitForEvent('load');
      await page.evaluate((h) => void (location.hash = h), made.ok ? made.value : '');
      await loaded;
      expect(await shownChapters(page)).toEqual([cat.chapters[0]!.id]);
      await expect(page.getByText(s['module.empty'])).toHaveCount(0);
    });
  });

  // pages.spec.ts runs axe on these pages as served; this covers what only
  // the elements show (hidden parts are outside axe's reach anyway).
  test(`axe passes on the states only JavaScript shows, light and dark (${lang})`, async ({ page }) => {
    test.setTimeout(90_000); // pages of 111 questions, on a shared 2-core machine
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = async (what: string, scope: string) => {
        const { violations } = await axeOn(page).include(scope).analyze();
        expect(violations.length, `${what} (${colorScheme}): ${formatAxeViolations(violations)}`).toBe(0);
      };
      await page.goto(builder(lang));
      const cat = await catalogueOf(page, 'vp-module-builder');
      await page.getByRole('button', { name: s['builder.generate'] }).click();
      await axe('builder, error', '.mb-finish');
      await page.locator(`fieldset.mb-chapter[data-chapter="${cat.chapters[0]!.id}"]`).getByRole('checkbox', { name: s['builder.take'] }).check();
      await page.getByRole('button', { name: s['builder.generate'] }).click();
      await expect(page.getByRole('textbox', { name: s['builder.link'] })).toBeVisible();
      await axe('builder, link made', '.mb-finish');
      const link = await page.getByRole('textbox', { name: s['builder.link'] }).inputValue();
      await page.goto(link);
      await axe('module page, valid module', '.page-head');
      await page.goto('about:blank');
      await page.goto(modulePage(lang, 'v1.broken'));
      await expect(page.getByRole('alert')).toBeVisible();
      await axe('module page, damaged link', '.page-head');
    }
  });

  test(`without JavaScript the builder says why and the module page is the whole course (${lang})`, { tag: '@nojs' }, async ({ page }) => {
    await page.goto(builder(lang));
    await expect(page.getByText(s['builder.noscript'])).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: s['builder.generate'] })).toHaveCount(0);
    await page.goto(modulePage(lang, 'v1.damaged'));
    const n = await page.locator('vp-quiz .q').count();
    expect(n).toBeGreaterThan(0);
    await expect(page.locator('vp-quiz .q:visible')).toHaveCount(n);
  });
}
