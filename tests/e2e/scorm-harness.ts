/**
 * The LMS of the SCORM tests (tests/e2e/scorm.spec.ts, scorm-module.spec.ts):
 * tests/fixtures/scorm-lms/harness.html exposes scorm-again's Scorm12API as
 * window.API and opens an unpacked package in an iframe, all from one fake
 * origin (see scorm.spec.ts's header); and the student who answers a quiz
 * with the keyboard. Expected values come from the quiz YAML and the UI
 * dictionaries, not from the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { quizSchema, type Question } from '../../src/schemas/quiz';
import { score, type Answer, type Key } from '../../src/lib/quiz/score';
import { scormDecimal } from '../../src/lib/scorm/runtime';

export type Lang = 'fr' | 'en';
export type Plan = 'right' | 'wrong' | 'partial';

const require = createRequire(import.meta.url);
export const DIST = resolve(process.env.DIST ?? 'dist');
export const ORIGIN = 'http://lms.test';
export const HARNESS = resolve('tests/fixtures/scorm-lms');
export const lmsFiles: Record<string, string> = {
  '/harness.html': readFileSync(resolve(HARNESS, 'harness.html'), 'utf8'),
  '/lms/harness.js': readFileSync(resolve(HARNESS, 'harness.js'), 'utf8'),
  '/lms/scorm12.js': readFileSync(resolve(dirname(require.resolve('scorm-again')), 'scorm12.js'), 'utf8'),
};
export const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml',
  woff2: 'font/woff2', xml: 'application/xml', xsd: 'application/xml', json: 'application/json', png: 'image/png',
};
export const typeOf = (path: string) => TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';

export const zipOf = (lang: Lang, chapter: string) => resolve(DIST, 'downloads/scorm', lang, `${chapter}.zip`);
export const unpacked = new Map<string, Record<string, Uint8Array>>();
export const unpack = (lang: Lang, chapter: string) => {
  const key = `${lang}/${chapter}`;
  if (!unpacked.has(key)) unpacked.set(key, unzipSync(readFileSync(zipOf(lang, chapter))));
  return unpacked.get(key)!;
};
export const questionsOf = (chapter: string): Question[] =>
  quizSchema.parse(parse(readFileSync(resolve('content/quizzes', `${chapter}.yaml`), 'utf8'))).questions;

export const dicts = new Map<string, Record<string, string>>();
export const t = (lang: Lang, area: string, key: string, vars: Record<string, string | number> = {}) => {
  const file = resolve('src/i18n', lang, `${area}.json`);
  if (!dicts.has(file)) dicts.set(file, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  const s = dicts.get(file)![key];
  if (s === undefined) throw new Error(`no string ${area}/${key}`);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
};
export const fmt = (lang: Lang, n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);

export interface Served {
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
export function launchPage(html: string, lang: Lang): string {
  if (/<vp-scorm[^>]*\sdata-lms=/.test(html)) return html;
  const words = readFileSync(resolve('src/i18n', lang, 'lms.json'), 'utf8');
  const attr = JSON.stringify(JSON.parse(words)).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace('<vp-scorm ', `<vp-scorm data-lms="${attr}" `);
}

/** Serves the harness and the package from the fake origin; records strays and errors. */
export async function serve(page: Page, lang: Lang, chapter: string | Record<string, Uint8Array>): Promise<Served> {
  const files = typeof chapter === 'string' ? unpack(lang, chapter) : chapter;
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
export async function launch(page: Page, stored: Record<string, unknown> = {}): Promise<Frame> {
  // a query of its own each time: a change of hash alone would not reload the harness
  await page.goto(`${ORIGIN}/harness.html?launch=${++launches}#${encodeURIComponent(JSON.stringify(stored))}`);
  await expect.poll(() => page.frames().some((f) => f.url() === `${ORIGIN}/pkg/index.html`)).toBe(true);
  const frame = page.frames().find((f) => f.url() === `${ORIGIN}/pkg/index.html`)!;
  // every quiz of the page (a module has several) ready
  await expect(frame.locator('vp-quiz').first()).toHaveAttribute('data-ready', '');
  await expect(frame.locator('vp-quiz:not([data-ready])')).toHaveCount(0);
  return frame;
}

export interface LmsState {
  suspend_data: string;
  core: { lesson_status: string; exit: string; session_time: string; entry: string; score: { raw: string; min: string; max: string } };
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; latency: string }>;
}
export const lmsState = (page: Page) => page.evaluate(() => (window as unknown as { lms: { state(): unknown } }).lms.state()) as Promise<LmsState>;
export const lmsSent = (page: Page) => page.evaluate(() => (window as unknown as { lms: { sent: [string, string][] } }).lms.sent);
export const lmsCalls = (page: Page) => page.evaluate(() => (window as unknown as { lms: { calls: string[] } }).lms.calls);
/** Removes the package's frame, as an LMS does when the student leaves: the SCO's pagehide runs. */
export const closeSco = (page: Page) => page.evaluate(() => (window as unknown as { lms: { close(): void } }).lms.close());

/** Presses Tab until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** The answer given to `q` for a plan, as the quiz stores it (ids, positions, a number). */
export function answerOf(q: Question, plan: Plan): Answer {
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
export const keyOf = (q: Question): Key =>
  q.type === 'ordering' ? { type: 'ordering', items: q.items } : q.type === 'matching' ? { type: 'matching', pairs: q.pairs } : (q as Key);
export const planOf = (i: number): Plan => (['right', 'partial', 'wrong'] as const)[i % 3]!;

/** Answers `q` with the keyboard alone, then checks it (Enter on Check, or in the number field). */
export async function answerByKeyboard(page: Page, frame: Frame, lang: Lang, q: Question, a: Answer) {
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
export async function answerQuiz(page: Page, frame: Frame, lang: Lang, questions: Question[], from = 0, to = questions.length) {
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

export const resultOf = (points: number) => (points >= 1 ? 'correct' : points <= 0 ? 'wrong' : scormDecimal(Math.min(0.99, Math.max(0.01, points))));
export const pctOf = (points: number, total: number) => Math.round((points / total) * 10000) / 100;
export const scoreLine = (lang: Lang, points: number, done: number, total: number) => t(lang, 'ui', 'quiz.score', { score: fmt(lang, points), done, total });
export const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
/** The status line of the package (a polite live region). */
export const statusLine = (frame: Frame) => frame.locator('.scorm-status[role="status"]');
