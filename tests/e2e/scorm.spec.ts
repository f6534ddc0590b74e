/**
 * A SCORM 1.2 package in a real run-time (issue 16): a Playwright page plays
 * the LMS. tests/fixtures/scorm-lms/harness.html exposes scorm-again's
 * Scorm12API (its browser bundle, node_modules/scorm-again/dist/scorm12.js)
 * as window.API and opens the unpacked package (a zip of the build,
 * DIST/downloads/scorm/<lang>/<chapter>.zip, unzipped here with fflate) in
 * an iframe, all from one fake origin:
 *
 *   http://lms.test/harness.html#<what the LMS stored, JSON>
 *   http://lms.test/lms/{scorm12.js,harness.js}      the LMS's own files
 *   http://lms.test/pkg/<path in the zip>            the package
 *
 * Every other request is aborted and fails the test: once unpacked, the
 * package asks nothing of the site or of any other origin.
 *
 * A student answers the whole quiz with the keyboard (some answers right,
 * some wrong, some partly right); the test then reads what the LMS received:
 * lesson_status, score raw/min/max equal to the quiz's own score line, one
 * interaction per question with SCORM's type and result, session_time in
 * CMITimespan format; reopens the package with the stored suspend_data
 * (entry "resume") and finds the checked answers; feeds it a corrupt and a
 * foreign suspend_data (ignored, no console error); starts again after a
 * complete attempt (the recorded result stays, the journal goes on); opens the package with
 * no LMS at all (it works, writes nothing to localStorage); and runs axe on
 * the packaged page; the status line says, in each case, where the score
 * goes. Expected values come from the quiz YAML and the UI dictionaries, not
 * from the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { axeOn, formatAxeViolations } from './helpers';
import { quizSchema, type Question } from '../../src/schemas/quiz';
import { score, type Answer, type Key } from '../../src/lib/quiz/score';
import { SCORM_TYPES, scormDecimal } from '../../src/lib/scorm/runtime';

type Lang = 'fr' | 'en';
type Plan = 'right' | 'wrong' | 'partial';

const require = createRequire(import.meta.url);
const DIST = resolve(process.env.DIST ?? 'dist');
const ORIGIN = 'http://lms.test';
const HARNESS = resolve('tests/fixtures/scorm-lms');
const lmsFiles: Record<string, string> = {
  '/harness.html': readFileSync(resolve(HARNESS, 'harness.html'), 'utf8'),
  '/lms/harness.js': readFileSync(resolve(HARNESS, 'harness.js'), 'utf8'),
  '/lms/scorm12.js': readFileSync(resolve(dirname(require.resolve('scorm-again')), 'scorm12.js'), 'utf8'),
};
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml',
  woff2: 'font/woff2', xml: 'application/xml', xsd: 'application/xml', json: 'application/json', png: 'image/png',
};
const typeOf = (path: string) => TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';

const zipOf = (lang: Lang, chapter: string) => resolve(DIST, 'downloads/scorm', lang, `${chapter}.zip`);
const unpacked = new Map<string, Record<string, Uint8Array>>();
const unpack = (lang: Lang, chapter: string) => {
  const key = `${lang}/${chapter}`;
  if (!unpacked.has(key)) unpacked.set(key, unzipSync(readFileSync(zipOf(lang, chapter))));
  return unpacked.get(key)!;
};
const questionsOf = (chapter: string): Question[] =>
  quizSchema.parse(parse(readFileSync(resolve('content/quizzes', `${chapter}.yaml`), 'utf8'))).questions;

const dicts = new Map<string, Record<string, string>>();
const t = (lang: Lang, area: string, key: string, vars: Record<string, string | number> = {}) => {
  const file = resolve('src/i18n', lang, `${area}.json`);
  if (!dicts.has(file)) dicts.set(file, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  const s = dicts.get(file)![key];
  if (s === undefined) throw new Error(`no string ${area}/${key}`);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
};
const fmt = (lang: Lang, n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);

interface Served {
  /** Requests to anything but the LMS's files and the package's: must stay empty. */
  stray: string[];
  /** Console errors and uncaught exceptions, of the harness and the package. */
  errors: string[];
}

/**
 * The launch page as packaged, and with the words of its LMS status line:
 * until the launch page renders <vp-scorm data-lms> itself (the words of
 * src/i18n/<lang>/lms.json), the test adds that attribute, exactly as the
 * page is to render it, so that the line is checked either way.
 */
function launchPage(html: string, lang: Lang): string {
  if (/<vp-scorm[^>]*\sdata-lms=/.test(html)) return html;
  const words = readFileSync(resolve('src/i18n', lang, 'lms.json'), 'utf8');
  const attr = JSON.stringify(JSON.parse(words)).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace('<vp-scorm ', `<vp-scorm data-lms="${attr}" `);
}

/** Serves the harness and the package from the fake origin; records strays and errors. */
async function serve(page: Page, lang: Lang, chapter: string): Promise<Served> {
  const files = unpack(lang, chapter);
  const index = launchPage(new TextDecoder().decode(files['index.html']), lang);
  const served: Served = { stray: [], errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') served.errors.push(m.text());
  });
  page.on('pageerror', (e) => served.errors.push(String(e)));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN) {
      const own = lmsFiles[url.pathname];
      if (own !== undefined) return route.fulfill({ body: own, contentType: typeOf(url.pathname) });
      const path = decodeURIComponent(url.pathname.replace(/^\/pkg\//, ''));
      const file = url.pathname.startsWith('/pkg/') ? files[path] : undefined;
      if (file) return route.fulfill({ body: path === 'index.html' ? index : Buffer.from(file), contentType: typeOf(path) });
    }
    served.stray.push(url.href);
    return route.abort();
  });
  return served;
}

/** Opens the harness with what the LMS has stored; resolves to the package's frame once its quiz is ready. */
let launches = 0;
async function launch(page: Page, stored: Record<string, unknown> = {}): Promise<Frame> {
  // a query of its own each time: a change of hash alone would not reload the harness
  await page.goto(`${ORIGIN}/harness.html?launch=${++launches}#${encodeURIComponent(JSON.stringify(stored))}`);
  await expect.poll(() => page.frames().some((f) => f.url() === `${ORIGIN}/pkg/index.html`)).toBe(true);
  const frame = page.frames().find((f) => f.url() === `${ORIGIN}/pkg/index.html`)!;
  await expect(frame.locator('vp-quiz')).toHaveAttribute('data-ready', '');
  return frame;
}

interface LmsState {
  suspend_data: string;
  core: { lesson_status: string; exit: string; session_time: string; entry: string; score: { raw: string; min: string; max: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; latency: string }>;
}
const lmsState = (page: Page) => page.evaluate(() => (window as unknown as { lms: { state(): unknown } }).lms.state()) as Promise<LmsState>;
const lmsSent = (page: Page) => page.evaluate(() => (window as unknown as { lms: { sent: [string, string][] } }).lms.sent);
const lmsCalls = (page: Page) => page.evaluate(() => (window as unknown as { lms: { calls: string[] } }).lms.calls);
/** Removes the package's frame, as an LMS does when the student leaves: the SCO's pagehide runs. */
const closeSco = (page: Page) => page.evaluate(() => (window as unknown as { lms: { close(): void } }).lms.close());

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** The answer given to `q` for a plan, as the quiz stores it (ids, positions, a number). */
function answerOf(q: Question, plan: Plan): Answer {
  switch (q.type) {
    case 'single': return plan === 'right' ? q.answer : q.options.find((o) => o.id !== q.answer)!.id;
    case 'true-false': return plan === 'right' ? q.answer : !q.answer;
    case 'numeric': return plan === 'right' ? q.answer : q.answer + q.tolerance + 1;
    case 'multiple':
      if (plan === 'right' || (plan === 'partial' && q.answers.length < 2)) return q.answers;
      return plan === 'partial' ? [q.answers[0]!] : [q.options.find((o) => !q.answers.includes(o.id))!.id];
    case 'ordering': {
      const n = q.items.length;
      const at = q.items.map((_, i) => (plan === 'wrong' ? n - i : i + 1));
      if (plan === 'partial') [at[0], at[1]] = [at[1]!, at[0]!];
      return Object.fromEntries(q.items.map((x, i) => [x.id, at[i]!]));
    }
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      const to = plan === 'wrong' ? ids.map((_, i) => ids[(i + 1) % ids.length]!) : [...ids];
      if (plan === 'partial') [to[0], to[1]] = [to[1]!, to[0]!];
      return Object.fromEntries(ids.map((id, i) => [id, to[i]!]));
    }
  }
}
const keyOf = (q: Question): Key =>
  q.type === 'ordering' ? { type: 'ordering', items: q.items } : q.type === 'matching' ? { type: 'matching', pairs: q.pairs } : (q as Key);
const planOf = (i: number): Plan => (['right', 'partial', 'wrong'] as const)[i % 3]!;

/** Answers `q` with the keyboard alone, then checks it (Enter on Check, or in the number field). */
async function answerByKeyboard(page: Page, frame: Frame, lang: Lang, q: Question, a: Answer) {
  const group = frame.getByRole('group', { name: q.prompt[lang], exact: true });
  const choose = async (select: Locator, value: string) => {
    const index = await select.evaluate((s: HTMLSelectElement, v) => [...s.options].findIndex((o) => o.value === v), value);
    await tabTo(page, select);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue(value);
  };
  switch (q.type) {
    case 'single':
    case 'true-false': {
      const radios = group.getByRole('radio');
      const values = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      const index = values.indexOf(String(a));
      await tabTo(page, radios.first());
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect(radios.nth(index)).toBeChecked();
      break;
    }
    case 'multiple': {
      const boxes = group.getByRole('checkbox');
      const values = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      for (const [i, v] of values.entries()) {
        if (!(a as string[]).includes(v)) continue;
        await tabTo(page, boxes.nth(i));
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'ordering':
    case 'matching': {
      const selects = group.getByRole('combobox');
      const items = await selects.evaluateAll((els) => els.map((el) => el.getAttribute('data-item') ?? ''));
      for (const [i, id] of items.entries()) await choose(selects.nth(i), String((a as Record<string, string | number>)[id]));
      break;
    }
    case 'numeric': {
      const input = group.getByRole('spinbutton');
      await tabTo(page, input);
      await page.keyboard.type(String(a));
      await page.keyboard.press('Enter');
      return;
    }
  }
  await tabTo(page, group.getByRole('button', { name: t(lang, 'ui', 'quiz.check'), exact: true }));
  await page.keyboard.press('Enter');
}

/** Answers questions [from, to) by keyboard, from the first one's first control; returns the points of each. */
async function answerQuiz(page: Page, frame: Frame, lang: Lang, questions: Question[], from = 0, to = questions.length) {
  await frame.getByRole('group', { name: questions[from]!.prompt[lang], exact: true }).locator('input, select').first().focus();
  const points: number[] = [];
  for (let i = from; i < to; i++) {
    const q = questions[i]!;
    const a = answerOf(q, planOf(i));
    await answerByKeyboard(page, frame, lang, q, a);
    await expect(frame.locator(`.q[data-id="${q.id}"]`)).toHaveClass(/is-done/);
    points.push(score(keyOf(q), a).points);
  }
  return points;
}

const resultOf = (points: number) => (points >= 1 ? 'correct' : points <= 0 ? 'wrong' : scormDecimal(Math.min(0.99, Math.max(0.01, points))));
const pctOf = (points: number, total: number) => Math.round((points / total) * 10000) / 100;
const scoreLine = (lang: Lang, points: number, done: number, total: number) => t(lang, 'ui', 'quiz.score', { score: fmt(lang, points), done, total });
const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
/** The status line of the package (a polite live region). */
const statusLine = (frame: Frame) => frame.locator('.scorm-status[role="status"]');

for (const [lang, chapter] of [['fr', 'clearview-case'], ['en', 'clearview-case'], ['en', 'gdpr']] as const) {
  const questions = questionsOf(chapter);
  const total = questions.length;

  test.describe(`the ${chapter} package (${lang}) in an LMS`, () => {
    test.skip(!existsSync(zipOf(lang, chapter)), `no ${zipOf(lang, chapter)}: run npm run build first`);

    test('reports the whole quiz, answered with the keyboard: status, score, one interaction per question, session time', async ({ page }) => {
      test.setTimeout(120_000);
      const served = await serve(page, lang, chapter);
      const frame = await launch(page);
      expect((await lmsState(page)).core.lesson_status).toBe('incomplete');
      await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.recording'));
      expect(new Set(questions.map((q) => q.type)).size).toBe(6);
      const points = await answerQuiz(page, frame, lang, questions);
      await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.finished'));
      const sum = points.reduce((a, b) => a + b, 0);
      // the quiz's own score line, and the same score in the LMS, in percent
      await expect(frame.locator('.quiz-score')).toHaveText(scoreLine(lang, sum, total, total));
      const state = await lmsState(page);
      const pct = pctOf(sum, total);
      expect(state.core.score).toEqual({ raw: scormDecimal(pct), min: '0', max: '100' });
      expect(state.core.lesson_status).toBe(pct >= 80 ? 'passed' : 'failed');
      const interactions = Object.values(state.interactions);
      expect(interactions.map((x) => [x.id, x.type, x.result])).toEqual(
        questions.map((q, i) => [q.id, SCORM_TYPES[q.type], resultOf(points[i]!)]),
      );
      // each partly right answer (one in three) reports its share of the point
      expect(interactions.some((x) => /^0\.\d+$/.test(x.result))).toBe(true);
      await closeSco(page);
      const sent = await lmsSent(page);
      const last = (e: string) => sent.filter(([k]) => k === e).at(-1)?.[1];
      expect(last('cmi.core.session_time')).toMatch(CMI_TIMESPAN);
      expect(last('cmi.core.exit')).toBe('');
      for (const [k, v] of sent) if (k.endsWith('.latency')) expect(v).toMatch(CMI_TIMESPAN);
      expect((await lmsCalls(page)).at(-1)).toBe('LMSFinish');
      expect(served.stray).toEqual([]);
      expect(served.errors).toEqual([]);
    });
  });
}

test.describe('resuming a package (fr, clearview-case)', () => {
  const lang: Lang = 'fr';
  const chapter = 'clearview-case';
  const questions = questionsOf(chapter);
  const total = questions.length;
  test.skip(!existsSync(zipOf(lang, chapter)), 'run npm run build first');

  test('a student who leaves halfway finds the answers they checked, and goes on', async ({ page }) => {
    test.setTimeout(120_000);
    const served = await serve(page, lang, chapter);
    let frame = await launch(page);
    const half = Math.ceil(total / 2);
    const points = await answerQuiz(page, frame, lang, questions, 0, half);
    await closeSco(page);
    const first = await lmsState(page);
    expect(first.core.exit).toBe('suspend');
    expect(first.core.lesson_status).toBe('incomplete');
    expect(first.suspend_data).toMatch(/^vp1\./);

    // the next launch: the LMS hands back what it stored
    frame = await launch(page, { core: { entry: 'resume', lesson_status: 'incomplete', score: first.core.score }, suspend_data: first.suspend_data });
    const sum = points.reduce((a, b) => a + b, 0);
    await expect(frame.locator('.quiz-score')).toHaveText(scoreLine(lang, sum, half, total));
    await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.resumed'));
    // no "last time in this browser" note in a package
    await expect(frame.locator('vp-quiz .notice')).toHaveCount(0);
    for (const [i, q] of questions.entries()) {
      const done = frame.locator(`.q[data-id="${q.id}"]`);
      if (i < half) {
        await expect(done).toHaveClass(/is-done/);
        await expect(done.locator('.q-verdict')).not.toHaveText('');
      } else await expect(done).not.toHaveClass(/is-done/);
    }
    // the checked answers are back in the controls
    const q0 = questions[0]!;
    if (q0.type === 'ordering') {
      const a = answerOf(q0, planOf(0)) as Record<string, number>;
      for (const [id, at] of Object.entries(a)) await expect(frame.locator(`.q[data-id="${q0.id}"] select[data-item="${id}"]`)).toHaveValue(String(at));
    }
    const rest = await answerQuiz(page, frame, lang, questions, half);
    const state = await lmsState(page);
    expect(Object.values(state.interactions).map((x) => x.id)).toEqual(questions.slice(half).map((q) => q.id));
    const all = [...points, ...rest].reduce((a, b) => a + b, 0);
    expect(state.core.score.raw).toBe(scormDecimal(pctOf(all, total)));
    expect(state.core.lesson_status).toMatch(/^(passed|failed)$/);
    expect(served.stray).toEqual([]);
    expect(served.errors).toEqual([]);
  });

  test('"Start again" after a complete attempt keeps the recorded status and score, and journals the new attempt', async ({ page }) => {
    test.setTimeout(120_000);
    const served = await serve(page, lang, chapter);
    const frame = await launch(page);
    await answerQuiz(page, frame, lang, questions);
    const done = await lmsState(page);
    expect(done.core.lesson_status).toMatch(/^(passed|failed)$/);
    await tabTo(page, frame.getByRole('button', { name: t(lang, 'ui', 'quiz.retry'), exact: true }));
    await page.keyboard.press('Enter');
    await expect(frame.locator('.q.is-done')).toHaveCount(0);
    // one wrong answer in the new attempt: the LMS keeps the complete attempt's result
    const q = questions.find((x) => x.type === 'true-false')!;
    await frame.getByRole('group', { name: q.prompt[lang], exact: true }).getByRole('radio').first().focus();
    await answerByKeyboard(page, frame, lang, q, answerOf(q, 'wrong'));
    await expect(frame.locator(`.q[data-id="${q.id}"]`)).toHaveClass(/is-done/);
    await closeSco(page);
    const after = await lmsState(page);
    expect([after.core.lesson_status, after.core.score.raw]).toEqual([done.core.lesson_status, done.core.score.raw]);
    expect(after.core.exit).toBe('suspend');
    const journal = Object.values(after.interactions);
    expect(journal).toHaveLength(total + 1);
    expect([journal.at(-1)!.id, journal.at(-1)!.result]).toEqual([q.id, 'wrong']);
    expect(served.stray).toEqual([]);
    expect(served.errors).toEqual([]);
  });

  test('an LMS that refuses to start: the quiz still works, and the line says the score may not be recorded', async ({ page }) => {
    const served = await serve(page, lang, chapter);
    const frame = await launch(page, { harness: { refuse: true } });
    await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.refused'));
    const points = await answerQuiz(page, frame, lang, questions, 0, 1);
    await expect(frame.locator('.quiz-score')).toHaveText(scoreLine(lang, points[0]!, 1, total));
    expect(await lmsSent(page)).toEqual([]);
    expect(served.stray).toEqual([]);
    expect(served.errors).toEqual([]);
  });

  for (const [what, data] of [
    ['corrupt', 'vp1.garbage{"q":1}'],
    ['foreign', 'cmi5:{"bookmark":"page-3","answers":[1,2,3]}'],
  ] as const) {
    test(`a ${what} suspend_data is ignored, with no console error`, async ({ page }) => {
      const served = await serve(page, lang, chapter);
      const frame = await launch(page, { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: data });
      await expect(frame.locator('.quiz-score')).toHaveText(scoreLine(lang, 0, 0, total));
      await expect(frame.locator('.q.is-done')).toHaveCount(0);
      await expect(statusLine(frame)).toHaveText(t(lang, 'lms', 'status.recording'));
      await answerQuiz(page, frame, lang, questions, 0, 1);
      expect(Object.values((await lmsState(page)).interactions)).toHaveLength(1);
      expect(served.stray).toEqual([]);
      expect(served.errors).toEqual([]);
    });
  }
});

for (const lang of ['fr', 'en'] as const) {
  const chapter = 'clearview-case';
  const questions = questionsOf(chapter);
  test.describe(`the package opened on its own, without an LMS (${lang})`, () => {
    test.skip(!existsSync(zipOf(lang, chapter)), 'run npm run build first');

    test('works as an ordinary chapter, keeps nothing in localStorage, and axe finds nothing', async ({ page }) => {
      test.setTimeout(90_000);
      const served = await serve(page, lang, chapter);
      await page.goto(`${ORIGIN}/pkg/index.html`);
      await expect(page.locator('vp-quiz')).toHaveAttribute('data-ready', '');
      const points = await answerQuiz(page, page.mainFrame(), lang, questions, 0, 2);
      await expect(page.locator('.quiz-score')).toHaveText(scoreLine(lang, points[0]! + points[1]!, 2, questions.length));
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vp-progress')))).toEqual([]);
      await expect(statusLine(page.mainFrame())).toHaveText(t(lang, 'lms', 'status.standalone'));
      const { violations } = await axeOn(page).analyze();
      expect(violations, formatAxeViolations(violations)).toEqual([]);
      expect(served.stray).toEqual([]);
      expect(served.errors).toEqual([]);
    });
  });
}
