/**
 * A teacher's module as a SCORM package (issue 16), end to end:
 *
 * - The builder (FR and EN): a teacher takes one chapter whole and three
 *   questions of another, names the module and asks for the package; the zip
 *   the browser downloads (cut and zipped in a worker) is byte for byte the
 *   one src/lib/scorm/module-package.ts makes in Node from the build's
 *   template for that selection. The page asks nothing of another origin and
 *   sends nothing. When the template cannot be fetched, or does not match the
 *   page (a stale page, a tampered file), the builder says so and nothing breaks.
 * - The package in an LMS, FR and EN (tests/e2e/scorm-harness.ts: scorm-again as
 *   window.API, the unpacked zip in an iframe on a fake origin, every other
 *   request a failure): a student answers two chapters' questions with the
 *   keyboard; the LMS receives one score over both quizzes, one interaction
 *   per question named <chapter>.<question>, passed or failed against the
 *   module's pass mark; a student who leaves halfway finds their answers in
 *   both quizzes; axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, type Page } from '@playwright/test';
import { axeOn, formatAxeViolations } from './helpers';
import { takeWholeAndThree } from './builder';
import { moduleZip, type ModuleSelection, type ModuleTemplateData } from '../../src/lib/scorm/module-package';
import { SCORM_TYPES, scormDecimal } from '../../src/lib/scorm/runtime';
import type ModuleStrings from '../../src/i18n/en/module.json';
import { type Lang, ORIGIN, answerQuiz, closeSco, launch, lmsCalls, lmsState, pctOf, questionsOf, resultOf, serve, statusLine, t } from './scorm-harness';

const DIST = resolve(process.env.DIST ?? 'dist');
const templateOf = (lang: Lang) => JSON.parse(readFileSync(resolve(DIST, 'downloads/scorm', lang, 'module.json'), 'utf8')) as ModuleTemplateData;
const words = (lang: Lang) => JSON.parse(readFileSync(resolve('src/i18n', lang, 'module.json'), 'utf8')) as typeof ModuleStrings;
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** Takes chapter `whole` with all its questions and three of `picked`'s, names the module and makes its link. */
async function chooseModule(page: Page, lang: Lang) {
  const s = words(lang);
  const { whole, picked, three, name } = await takeWholeAndThree(page, lang, s['builder.take']);
  await page.getByRole('textbox', { name: s['builder.name'] }).fill(name);
  await page.getByRole('button', { name: s['builder.generate'] }).click();
  await expect(page.getByRole('textbox', { name: s['builder.link'] })).toBeVisible();
  const sel: ModuleSelection = { chapters: [whole.id, picked.id], questions: { [whole.id]: whole.questions.map((q) => q.id), [picked.id]: three }, name };
  return { s, sel, picked, button: page.getByRole('button', { name: s['builder.scorm'] }) };
}

for (const lang of ['fr', 'en'] as const) {
  test.describe(`the module builder's SCORM package (${lang})`, () => {
    test('is zipped in the browser, and is byte for byte what the build code makes for the same selection', async ({ page }) => {
      test.slow(); // a page of 117 questions and a 1.4 MB template, on a shared 2-core machine
      const requests: { url: string; method: string }[] = [];
      page.context().on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const { s, sel, button } = await chooseModule(page, lang);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const got = readFileSync((await download.path())!);
      const want = moduleZip(templateOf(lang), sel, s['gift.file']);
      if (!want.ok) throw new Error(want.reason);
      expect(download.suggestedFilename()).toBe(want.fileName);
      expect(want.fileName).toBe(lang === 'fr' ? 'seance-3-donnees-et-visages.scorm.zip' : 'session-3-zoe-s-class.scorm.zip');
      expect(got.length).toBe(want.zip.length);
      expect(got.equals(Buffer.from(want.zip))).toBe(true);
      // what the teacher is told, and a link to download it again
      await expect(page.locator('.mb-scorm-msg')).toHaveText(fill(s['builder.scorm.ready'], { size: Math.round(want.zip.length / 1024) }));
      await expect(page.getByRole('link', { name: fill(s['builder.scorm.file'], { file: want.fileName }) })).toBeVisible();
      await expect(page.locator('.mb-scorm-progress')).toBeHidden();
      // the package holds the chosen questions, in order, and its manifest the module's name
      const files = unzipSync(new Uint8Array(got));
      const html = new TextDecoder().decode(files['index.html']);
      expect([...html.matchAll(/<li class="q" id="[^"]*" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(sel.chapters.flatMap((c) => sel.questions[c]!));
      expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain(`<title>${sel.name.replace(/&/g, '&amp;')}</title>`);
      // nothing but this site's files, nothing sent
      const origin = new URL(page.url()).origin;
      expect(requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'))).toEqual([]);
      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(requests.filter((r) => r.url.endsWith('/module.json'))).toHaveLength(1);
      expect(errors).toEqual([]);
    });

    test('says why when the template cannot be fetched or does not match the page, and nothing breaks', async ({ page }) => {
      test.slow();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const { s, picked, button } = await chooseModule(page, lang);
      const msg = page.locator('.mb-scorm-msg');
      // offline, or the file missing
      await page.context().route('**/downloads/scorm/*/module.json', (r) => r.abort());
      await button.click();
      await expect(msg).toHaveText(s['builder.scorm.error.fetch']);
      await expect(msg).toHaveClass(/notice/);
      // a template that does not have a question the page offers (a stale page, a tampered file)
      await page.context().unroute('**/downloads/scorm/*/module.json');
      const stale = templateOf(lang);
      const chapters = stale.chapters.map((c) => (c.id === picked.id ? { ...c, questions: c.questions.slice(1) } : c));
      await page.context().route('**/downloads/scorm/*/module.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...stale, chapters }) }));
      await button.click();
      await expect(msg).toHaveText(s['builder.scorm.error.stale']);
      await expect(page.locator('.mb-scorm-again')).toBeHidden();
      expect(errors).toEqual([]);
    });
  });
}

for (const [lang, a, b] of [['fr', 'clearview-case', 'gdpr'], ['en', 'scraping', 'police']] as const) test.describe(`a module package in an LMS (${lang})`, () => {
  const qa = questionsOf(a).slice(0, 4);
  const qb = questionsOf(b).slice(0, 3);
  const sel: ModuleSelection = { chapters: [a, b], questions: { [a]: qa.map((q) => q.id), [b]: qb.map((q) => q.id) }, name: lang === 'fr' ? 'Séance 1' : 'Session 1' };
  const files = () => {
    const made = moduleZip(templateOf(lang), sel);
    if (!made.ok) throw new Error(made.reason);
    return unzipSync(made.zip);
  };

  test('reports both quizzes as one SCO: one score, interactions named chapter.question, passed or failed against the pass mark', async ({ page }) => {
    test.setTimeout(120_000);
    const served = await serve(page, lang, files());
    const frame = await launch(page);
    await expect(frame.locator('vp-quiz')).toHaveCount(2);
    await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.recording'));
    const pa = await answerQuiz(page, frame, lang, qa);
    // one chapter done, the other not: a running score, not yet a status
    const half = await lmsState(page);
    expect(half.core.lesson_status).toBe('incomplete');
    expect(half.core.score.raw).toBe(scormDecimal(pctOf(pa.reduce((x, y) => x + y, 0), qa.length + qb.length)));
    const pb = await answerQuiz(page, frame, lang, qb);
    await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.finished'));
    const state = await lmsState(page);
    const pct = pctOf([...pa, ...pb].reduce((x, y) => x + y, 0), qa.length + qb.length);
    expect(state.core.score).toEqual({ raw: scormDecimal(pct), min: '0', max: '100' });
    expect(state.core.lesson_status).toBe(pct >= 80 ? 'passed' : 'failed');
    expect(Object.values(state.interactions).map((x) => [x.id, x.type, x.result])).toEqual([
      ...qa.map((q, i) => [`${a}.${q.id}`, SCORM_TYPES[q.type], resultOf(pa[i]!)]),
      ...qb.map((q, i) => [`${b}.${q.id}`, SCORM_TYPES[q.type], resultOf(pb[i]!)]),
    ]);
    await closeSco(page);
    expect((await lmsState(page)).core.exit).toBe('');
    expect((await lmsCalls(page)).at(-1)).toBe('LMSFinish');
    expect(served.stray).toEqual([]);
    expect(served.errors).toEqual([]);
  });

  test('a student who leaves halfway finds the answers of both quizzes, and axe finds nothing', async ({ page }) => {
    test.setTimeout(120_000);
    const served = await serve(page, lang, files());
    let frame = await launch(page);
    await answerQuiz(page, frame, lang, qa, 0, 2);
    await answerQuiz(page, frame, lang, qb, 0, 1);
    await closeSco(page);
    const first = await lmsState(page);
    expect(first.core.exit).toBe('suspend');
    frame = await launch(page, { core: { entry: 'resume', lesson_status: 'incomplete', score: first.core.score }, suspend_data: first.suspend_data });
    await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.resumed'));
    const done = (chapter: string) => frame.locator(`vp-quiz[data-chapter="${chapter}"] .q.is-done`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(await done(a)).toEqual(qa.slice(0, 2).map((q) => q.id));
    expect(await done(b)).toEqual(qb.slice(0, 1).map((q) => q.id));
    // the package on its own (no LMS): it works, and axe finds nothing in it
    await page.goto(`${ORIGIN}/pkg/index.html`);
    await expect(page.locator('vp-quiz:not([data-ready])')).toHaveCount(0);
    await expect(statusLine(page.mainFrame())).toHaveText(t(lang, 'lms', 'status.standalone'));
    const { violations } = await axeOn(page).analyze();
    expect(violations, formatAxeViolations(violations)).toEqual([]);
    expect(served.stray).toEqual([]);
    expect(served.errors).toEqual([]);
  });
});
