/**
 * Learner progress in Chromium: a quiz answer and a chapter read to its end
 * show on the progress page; export downloads a file that, imported in a
 * FRESH browser context, restores the same table and the same stored record;
 * corrupt files (not JSON, another shape, a tampered score) are refused with
 * an alert and change nothing; the resume link goes to the chapter and the
 * section where the reader stopped; everything works from the keyboard.
 * Tests tagged @nojs run in the `no-js` project. Expected words come from
 * src/components/progress/strings.ts and the quiz YAML, not from the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { formatAxeViolations, withBase, axeOn } from './helpers';
import { quizSchema, type Question } from '../../src/schemas/quiz';
import { PROGRESS_KEY } from '../../src/lib/quiz/progress';
import type ProgressStrings from '../../src/i18n/en/progress.json';

/** The progress page's words in one language (src/i18n/<lang>/progress.json). */
const progressStrings = (lang: 'fr' | 'en') => JSON.parse(readFileSync(resolve('src/i18n', lang, 'progress.json'), 'utf8')) as typeof ProgressStrings;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

type Lang = 'fr' | 'en';
const progressPaths: Record<Lang, string> = { fr: withBase('fr/progression/'), en: withBase('en/progress/') };
const CHAPTER = 'gdpr';
const chapterPathFr = withBase('fr/rgpd/');
const quizPathFr = withBase('fr/quiz/rgpd/');
const questions: Question[] = quizSchema.parse(parse(readFileSync(resolve(process.env.CONTENT_DIR ?? 'content', 'quizzes', `${CHAPTER}.yaml`), 'utf8'))).questions;
const ui = JSON.parse(readFileSync(resolve('src/i18n/fr/ui.json'), 'utf8')) as Record<string, string>;
const s = progressStrings('fr');

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
const row = (page: Page, title: RegExp | string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
const gdprTitle = /RGPD/;

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  const handle = await target.elementHandle();
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Answers the quiz's first single-choice or true/false question right; returns the quiz's size. */
async function answerOne(page: Page) {
  await page.goto(quizPathFr);
  await expect(page.locator('vp-quiz')).toHaveAttribute('data-ready', '');
  const q = questions.find((x) => x.type === 'single' || x.type === 'true-false')!;
  const group = page.getByRole('group', { name: q.prompt.fr, exact: true });
  const name = q.type === 'single' ? q.options.find((o) => o.id === q.answer)!.text.fr : ui[q.answer ? 'quiz.true' : 'quiz.false']!;
  await group.getByRole('radio', { name, exact: true }).check();
  await group.getByRole('button', { name: ui['quiz.check']!, exact: true }).click();
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').quizzes?.[CHAPTER]?.best).toBe(1);
  return questions.length;
}

/** Scrolls the chapter to its end (read), then back up to one of its sections; returns that section's id. */
async function readChapter(page: Page) {
  await page.goto(chapterPathFr);
  await page.locator('vp-read-marker').scrollIntoViewIfNeeded();
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').read).toContain(CHAPTER);
  const heading = page.locator('article .prose h2[id]').nth(1);
  const id = (await heading.getAttribute('id'))!;
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').last, { timeout: 4000 }).toMatchObject({ chapter: CHAPTER, section: id });
  return id;
}

async function tableText(page: Page) {
  return page.locator('.progress-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

async function openProgress(page: Page, lang: Lang = 'fr') {
  await page.goto(progressPaths[lang]);
  await expect(page.locator('vp-progress')).toHaveAttribute('data-ready', '');
}

test('quiz and reading show on the progress page; export, import in a fresh context, refuse corrupt files; resume', async ({ page, browser }) => {
  test.setTimeout(60_000); // two contexts, a quiz, a chapter and five imports
  const total = await answerOne(page);
  const section = await readChapter(page);

  await openProgress(page);
  const r = row(page, gdprTitle);
  await expect(r.getByRole('cell').nth(0)).toHaveText(s.client.yes);
  await expect(r.getByRole('cell').nth(1)).toHaveText(fill(s.client.score, { score: 1, total }));
  await expect(r.getByRole('cell').nth(2)).toHaveText('1');
  await expect(r.getByRole('cell').nth(3)).not.toHaveText(s.client.none);
  await expect(page.locator('[data-total="read"]')).toHaveText(fill(s.client.of, { n: 1, total: 8 }));

  // Resume: to the chapter and the section where the reader stopped.
  const resume = page.getByRole('link', { name: s.resume });
  await expect(resume).toHaveAttribute('href', `${chapterPathFr}#${encodeURIComponent(section)}`);

  // Export with the keyboard alone.
  const exportButton = page.getByRole('button', { name: s.exportButton });
  await tabTo(page, exportButton);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^visage-public-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  const before = JSON.parse((await stored(page))!);
  expect(file).toMatchObject({ format: 'visage-public-progress', v: 1, progress: before });
  const table = await tableText(page);

  // A fresh browser: nothing, then the import restores the same.
  const fresh: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const p2 = await fresh.newPage();
    await openProgress(p2);
    expect(await stored(p2)).toBeNull();
    await expect(row(p2, gdprTitle).getByRole('cell').nth(0)).toHaveText(s.client.no);
    await expect(p2.getByRole('link', { name: s.resume })).toHaveCount(0);
    const input = p2.getByLabel(s.importLabel);
    await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    const replace = p2.getByRole('button', { name: s.replaceButton });
    await expect(replace).toBeVisible();
    await expect(p2.locator('[data-summary]')).toContainText(fill('Chapitres lus\u00a0: {n} sur 8', { n: 1 }));
    expect(await stored(p2)).toBeNull(); // nothing written before confirmation
    await tabTo(p2, replace);
    await p2.keyboard.press('Enter');
    await expect(p2.getByRole('status')).toHaveText(s.client.replaced);
    expect(JSON.parse((await stored(p2))!)).toEqual(before);
    expect(await tableText(p2)).toEqual(table);
    await expect(p2.getByRole('link', { name: s.resume })).toHaveAttribute('href', `${chapterPathFr}#${encodeURIComponent(section)}`);

    // Corrupt files: an alert, and nothing changes.
    const tampered = structuredClone(file);
    tampered.progress.quizzes[CHAPTER].best = total + 5;
    const cases: [string, string][] = [
      ['{ "format": "visage-public-progress", "v": 1, "progress": ', s.client.refused['not-json']],
      [JSON.stringify({ hello: 'world' }), s.client.refused['not-ours']],
      [JSON.stringify(tampered), s.client.refused.invalid],
    ];
    const kept = await stored(p2);
    for (const [content, message] of cases) {
      await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(p2.getByRole('alert')).toHaveText(message);
      await expect(p2.getByRole('button', { name: s.replaceButton })).toBeHidden();
      expect(await stored(p2)).toBe(kept);
      expect(await tableText(p2)).toEqual(table);
    }

    // The resume link leads to the section.
    await p2.getByRole('link', { name: s.resume }).click();
    await expect.poll(() => decodeURIComponent(new URL(p2.url()).pathname + new URL(p2.url()).hash)).toBe(`${chapterPathFr}#${section}`);
    await expect(p2.locator(`[id="${section}"]`)).toBeInViewport();
  } finally {
    await fresh.close();
  }
});

test('cancelling an import changes nothing', async ({ page }) => {
  await openProgress(page);
  const file = JSON.stringify({ format: 'visage-public-progress', v: 1, exported: new Date().toISOString(), progress: { v: 1, quizzes: {}, read: ['gdpr'] } });
  await page.getByLabel(s.importLabel).setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: s.cancelButton }).click();
  await expect(page.getByRole('status')).toHaveText(s.client.cancelled);
  expect(await stored(page)).toBeNull();
});

for (const lang of ['fr', 'en'] as const) {
  test(`${lang}: the progress page lists the eight chapters, has its tools, and passes axe`, async ({ page }) => {
    await openProgress(page, lang);
    const t = progressStrings(lang);
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    await expect(page.locator('.progress-table tbody tr')).toHaveCount(8);
    await expect(page.getByText(t.noJs)).toBeHidden();
    for (const name of [t.exportButton, t.print]) await expect(page.getByRole('button', { name })).toBeVisible();
    await expect(page.getByLabel(t.importLabel)).toBeVisible();
    const results = await axeOn(page).analyze();
    expect(results.violations, formatAxeViolations(results.violations)).toEqual([]);
  });

  test(`${lang}: without JavaScript the page says why it is empty, and shows no dead control @nojs`, async ({ page }) => {
    await page.goto(progressPaths[lang]);
    const t = progressStrings(lang);
    await expect(page.getByText(t.noJs)).toBeVisible();
    await expect(page.locator('.progress-table tbody tr')).toHaveCount(8);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: t.resume })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: t.eraseLink })).toBeVisible();
  });
}
