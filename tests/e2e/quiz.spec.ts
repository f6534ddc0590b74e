/**
 * The chapter quiz in Chromium (/fr/quiz/affaire-clearview/,
 * /en/quiz/clearview-case/ and the end of the chapter): every question type
 * answered right and wrong with the mouse and with the keyboard alone,
 * progress kept across a reload, "Start again" with seeded shuffling, 100
 * random and corrupt stored payloads, storage that fails, axe before and
 * after answering, and the no-JavaScript rendering (tests tagged @nojs run
 * in the `no-js` project).
 *
 * Expected values come from the quiz YAML and the UI dictionaries, not from
 * the page. The quiz is read from CONTENT_DIR (the folder the site was
 * built from), so the same tests run on the real quiz and on the fixture
 * with one question of every type:
 *
 *   mkdir -p /tmp/qc && cp -r content/. /tmp/qc && cp tests/fixtures/quiz/clearview-case.yaml /tmp/qc/quizzes/
 *   CONTENT_DIR=/tmp/qc OUT_DIR=/tmp/quiz-dist astro build
 *   CONTENT_DIR=/tmp/qc DIST=/tmp/quiz-dist PORT=4460 npx playwright test tests/e2e/quiz.spec.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { textPattern, formatAxeViolations, watchPage, withBase, axeOn } from './helpers';
import { quizSchema, type Question } from '../../src/schemas/quiz';
import { mulberry32, seedOf, shuffle } from '../../src/lib/quiz/shuffle';
import { PROGRESS_KEY } from '../../src/lib/quiz/progress';

type Lang = 'fr' | 'en';
type How = 'mouse' | 'keyboard';
type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const CHAPTER = 'clearview-case';
const quizFile = resolve(process.env.CONTENT_DIR ?? 'content', 'quizzes', `${CHAPTER}.yaml`);
const questions: Question[] = existsSync(quizFile) ? quizSchema.parse(parse(readFileSync(quizFile, 'utf8'))).questions : [];
const total = questions.length;
const paths: Record<Lang, string> = { fr: withBase('fr/quiz/affaire-clearview/'), en: withBase('en/quiz/clearview-case/') };
const chapterPaths: Record<Lang, string> = { fr: withBase('fr/affaire-clearview/'), en: withBase('en/clearview-case/') };
const first = <T extends Question['type']>(type: T) => questions.find((q) => q.type === type) as Of<T>;

const dicts: Partial<Record<Lang, Record<string, string>>> = {};
const t = (lang: Lang, key: string, vars: Record<string, string | number> = {}) => {
  const s = (dicts[lang] ??= JSON.parse(readFileSync(resolve('src/i18n', lang, 'ui.json'), 'utf8')) as Record<string, string>)[key];
  if (s === undefined) throw new Error(`no UI string ${key}`);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
};
const fmt = (lang: Lang, n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
const scoreText = (lang: Lang, points: number, done: number) => t(lang, 'quiz.score', { score: fmt(lang, points), done, total });

// No silent skip: a missing quiz is a failure, not a green run that tested nothing.
test('has questions to test', () => {
  expect(questions.length, `no quiz at ${quizFile}: build with the fixture (see the header of this file)`).toBeGreaterThan(0);
});

const origin = () => new URL(test.info().project.use.baseURL ?? 'http://localhost').origin;
const quizEl = (page: Page) => page.locator('vp-quiz');
const groupOf = (page: Page, lang: Lang, q: Question) => page.getByRole('group', { name: q.prompt[lang], exact: true });
const status = (page: Page) => quizEl(page).getByRole('status');

async function open(page: Page, lang: Lang, path = paths[lang]) {
  await page.goto(path);
  await expect(quizEl(page)).toHaveAttribute('data-ready', '');
}

/** Presses Tab until `target` has the focus, as a keyboard user would (fails after 250 presses). */
async function tabTo(page: Page, target: Locator) {
  const handle = await target.elementHandle();
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function pickRadio(page: Page, group: Locator, name: string, how: How) {
  const radio = group.getByRole('radio', { name, exact: true });
  if (how === 'mouse') return radio.click();
  const names = await group.getByRole('radio').evaluateAll((els) => els.map((el) => el.closest('label')?.textContent?.trim()));
  const index = names.indexOf(name);
  await tabTo(page, group.getByRole('radio').first());
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
}

async function tick(page: Page, group: Locator, names: string[], how: How) {
  const boxes = group.getByRole('checkbox');
  // Every box's label in one read, instead of a count and a read per box.
  const labels = await boxes.evaluateAll((els) => els.map((el) => el.closest('label')?.textContent?.trim() ?? ''));
  for (const [i, name] of labels.entries()) {
    const box = boxes.nth(i);
    if (how === 'keyboard') {
      await tabTo(page, box);
      if (names.includes(name)) await page.keyboard.press('Space');
    } else if (names.includes(name)) await box.click();
  }
  for (const name of names) await expect(group.getByRole('checkbox', { name, exact: true })).toBeChecked();
}

async function choose(page: Page, select: Locator, value: string, how: How) {
  if (how === 'mouse') {
    await select.click();
    await select.selectOption(value);
  } else {
    const index = await select.evaluate((s: HTMLSelectElement, v) => [...s.options].findIndex((o) => o.value === v), value);
    await tabTo(page, select);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
  await expect(select).toHaveValue(value);
}

/**
 * Answers question `q` right or wrong, by mouse or by keyboard, then checks
 * it (the Check button; Enter in the field for a number by keyboard).
 * Returns the points the answer is worth.
 */
async function answer(page: Page, lang: Lang, q: Question, right: boolean, how: How): Promise<number> {
  const group = groupOf(page, lang, q);
  await expect(group).toBeVisible();
  switch (q.type) {
    case 'single': {
      const option = q.options.find((o) => (o.id === q.answer) === right)!;
      await pickRadio(page, group, option.text[lang], how);
      break;
    }
    case 'true-false':
      await pickRadio(page, group, t(lang, (right ? q.answer : !q.answer) ? 'quiz.true' : 'quiz.false'), how);
      break;
    case 'multiple': {
      const ids = right ? q.answers : [q.options.find((o) => !q.answers.includes(o.id))!.id];
      await tick(page, group, q.options.filter((o) => ids.includes(o.id)).map((o) => o.text[lang]), how);
      break;
    }
    case 'ordering': {
      // Right: each item at its place. Wrong: the reverse order, every pair inverted.
      const n = q.items.length;
      const placeOf = new Map(q.items.map((x, i) => [x.id, right ? i + 1 : n - i]));
      const selects = group.getByRole('combobox');
      const items = await selects.evaluateAll((els) => els.map((el) => el.getAttribute('data-item')));
      for (const [i, id] of items.entries()) await choose(page, selects.nth(i), String(placeOf.get(id ?? '')), how);
      break;
    }
    case 'matching': {
      // Right: each left term with its own right term. Wrong: each with the next pair's.
      for (const [i, p] of q.pairs.entries()) {
        const target = right ? p : q.pairs[(i + 1) % q.pairs.length]!;
        await choose(page, group.getByRole('combobox', { name: p.left[lang], exact: true }), target.id, how);
      }
      break;
    }
    case 'numeric': {
      const input = group.getByRole('spinbutton');
      const value = String(right ? q.answer : q.answer + q.tolerance + 1);
      if (how === 'mouse') {
        await input.click();
        await input.fill(value);
      } else {
        await tabTo(page, input);
        await page.keyboard.type(value);
        await page.keyboard.press('Enter');
        return right ? 1 : 0;
      }
      break;
    }
  }
  const check = group.getByRole('button', { name: t(lang, 'quiz.check'), exact: true });
  if (how === 'mouse') await check.click();
  else {
    await tabTo(page, check);
    await page.keyboard.press('Enter');
  }
  return right ? 1 : 0;
}

/**
 * In-page readers, one round trip for what several locator calls read. Their
 * matching follows Playwright's: `byText` lists what getByText(text, { exact: true })
 * finds under a root (elements whose whitespace-normalised text is `text` and
 * none of whose children's alone is), `visible` is Playwright's visibility
 * (rendered, visibility: visible, a non-empty box), `hiddenForAria` what
 * getByRole skips, `disabled` what toBeDisabled accepts (native or
 * fieldset-inherited disabled, or aria-disabled).
 */
const inPage = String.raw`
  const norm = (s) => (s ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
  const visible = (el) => {
    if (!el.checkVisibility() || getComputedStyle(el).visibility !== 'visible') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const hiddenForAria = (el) => Boolean(el.closest('[aria-hidden="true"]')) || !el.checkVisibility({ visibilityProperty: true });
  const byText = (root, text) => {
    const target = norm(text);
    return [...root.querySelectorAll('*')].filter((el) => norm(el.textContent) === target && ![...el.children].some((c) => norm(c.textContent) === target));
  };
  const disabled = (el) => el.matches(':disabled') || Boolean(el.closest('[aria-disabled="true"]'));
  const links = (root) => [...root.querySelectorAll('a[href], area[href], [role="link"]')].filter((a) => !hiddenForAria(a));
  const linkName = (a) => norm(a.getAttribute('aria-label') ?? a.textContent);
  const describe = (el) => el.outerHTML.slice(0, 120);
`;
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const pageFn = <A, R>(body: string) => new Function('group', 'arg', `${inPage}\n${body}`) as (group: Element, arg: A) => R;

interface VerdictView {
  verdict: boolean[];
  status: string[];
  score: boolean[];
  explanation: boolean[];
  rereadHrefs: (string | null)[];
  enabledControls: string[];
}
const readVerdict = pageFn<{ verdict: string; score: string; explanation: string; reread: string }, VerdictView>(`
  const quiz = group.closest('vp-quiz');
  const rereadName = new RegExp(arg.reread);
  return {
    verdict: byText(group, arg.verdict).map(visible),
    status: [...quiz.querySelectorAll('[role="status"], output')].filter((el) => !hiddenForAria(el)).map((el) => norm(el.textContent)),
    score: byText(quiz, arg.score).map(visible),
    explanation: byText(group, arg.explanation).map(visible),
    rereadHrefs: links(group).filter((a) => rereadName.test(linkName(a))).map((a) => a.getAttribute('href')),
    enabledControls: [...group.querySelectorAll('input, select')].filter((c) => !disabled(c)).map(describe),
  };
`);

async function expectVerdict(page: Page, lang: Lang, q: Question, verdict: string, points: number, done: number) {
  const group = groupOf(page, lang, q);
  const score = scoreText(lang, points, done);
  // Read at once, retried as the expects it replaces (5 s): the verdict and the
  // score shown, the status announcing both, the explanation and the way back
  // to the chapter shown once checked, and every control locked until "Start again".
  const expected: VerdictView = {
    verdict: [true],
    status: [`${verdict} ${score}`.replace(/\s+/g, ' ').trim()],
    score: [true],
    explanation: [true],
    rereadHrefs: [`${chapterPaths[lang]}#${q.section[lang]}`],
    enabledControls: [],
  };
  const arg = { verdict, score, explanation: q.explanation[lang], reread: `^${textPattern(t(lang, 'quiz.reread', { section: '' }))}` };
  await expect(async () => {
    expect(await group.evaluate(readVerdict, arg, { timeout: 5_000 }), `verdict of ${q.id}`).toEqual(expected);
  }).toPass({ timeout: 5_000 });
}

test.describe('with JavaScript', () => {
  test('the quiz has questions of all six types', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'ordering', 'matching', 'numeric']));
  });

  for (const type of ['single', 'multiple', 'true-false', 'ordering', 'matching', 'numeric'] as const) {
    for (const how of ['mouse', 'keyboard'] as const) {
      for (const right of [true, false]) {
        const lang: Lang = how === 'mouse' ? 'fr' : 'en';
        test(`${type}, answered ${right ? 'right' : 'wrong'} with the ${how}${how === 'keyboard' ? ' alone' : ''} (${lang})`, async ({ page }) => {
          const watch = await watchPage(page, origin());
          await open(page, lang);
          const q = first(type);
          // Before checking, the answer waits behind the Check button.
          await expect(groupOf(page, lang, q).getByText(q.explanation[lang], { exact: true })).toBeHidden();
          const points = await answer(page, lang, q, right, how);
          await expectVerdict(page, lang, q, t(lang, right ? 'quiz.right' : 'quiz.wrong'), points, 1);
          expect(watch.pageErrors).toEqual([]);
        });
      }
    }
  }

  test('gives partial credit, and says how much', async ({ page }) => {
    await open(page, 'en');
    const q = first('multiple');
    const one = q.options.find((o) => o.id === q.answers[0])!;
    await tick(page, groupOf(page, 'en', q), [one.text.en], 'mouse');
    await groupOf(page, 'en', q).getByRole('button', { name: t('en', 'quiz.check') }).click();
    const points = 1 / q.answers.length;
    await expectVerdict(page, 'en', q, t('en', 'quiz.partial', { points: fmt('en', points) }), points, 1);
  });

  test('asks for an answer before checking, and keeps the question open', async ({ page }) => {
    await open(page, 'fr');
    const q = first('ordering');
    const group = groupOf(page, 'fr', q);
    await group.getByRole('button', { name: t('fr', 'quiz.check') }).click();
    await expect(status(page)).toHaveText(t('fr', 'quiz.incomplete'));
    await expect(group.getByRole('combobox').first()).toBeEnabled();
    await expect(quizEl(page).getByText(scoreText('fr', 0, 0), { exact: true })).toBeVisible();
  });

  test('keeps score and answers across a reload, and says what was scored last time', async ({ page }) => {
    await open(page, 'fr');
    const right = first('matching');
    const wrong = first('single');
    await answer(page, 'fr', right, true, 'mouse');
    await answer(page, 'fr', wrong, false, 'mouse');
    await expect(quizEl(page).getByText(scoreText('fr', 1, 2), { exact: true })).toBeVisible();

    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PROGRESS_KEY);
    expect(stored).toMatchObject({ v: 1, quizzes: { [CHAPTER]: { best: 1, last: 1, total, attempts: 1 } } });
    expect(Object.keys(stored.quizzes[CHAPTER].answered).sort()).toEqual([right.id, wrong.id].sort());

    await page.reload();
    await expect(quizEl(page)).toHaveAttribute('data-ready', '');
    await expect(quizEl(page).getByText(t('fr', 'quiz.last', { last: '1', best: '1', total }), { exact: true })).toBeVisible();
    await expect(quizEl(page).getByText(scoreText('fr', 1, 2), { exact: true })).toBeVisible();
    await expect(groupOf(page, 'fr', right).getByText(t('fr', 'quiz.right'), { exact: true })).toBeVisible();
    await expect(groupOf(page, 'fr', wrong).getByText(t('fr', 'quiz.wrong'), { exact: true })).toBeVisible();
    for (const p of right.pairs) {
      await expect(groupOf(page, 'fr', right).getByRole('combobox', { name: p.left.fr, exact: true })).toHaveValue(p.id);
    }
    const chosen = wrong.options.find((o) => o.id !== wrong.answer)!;
    await expect(groupOf(page, 'fr', wrong).getByRole('radio', { name: chosen.text.fr, exact: true })).toBeChecked();
    await expect(groupOf(page, 'fr', wrong).getByRole('radio', { name: chosen.text.fr, exact: true })).toBeDisabled();
    // The same progress shows at the end of the chapter.
    await open(page, 'fr', chapterPaths.fr);
    await expect(quizEl(page).getByText(scoreText('fr', 1, 2), { exact: true })).toBeVisible();
  });

  test('starts again with answers cleared and options in the seeded order of the next attempt, kept after a reload', async ({ page }) => {
    await open(page, 'en');
    const ordering = first('ordering');
    const matching = first('matching');
    const single = first('single');
    const itemOrder = (p: Page) => groupOf(p, 'en', ordering).getByRole('combobox').evaluateAll((els) => els.map((el) => el.getAttribute('data-item')));
    const rightOrder = (p: Page) =>
      groupOf(p, 'en', matching).getByRole('combobox').first().evaluate((s: HTMLSelectElement) => [...s.options].slice(1).map((o) => o.value));
    const optionOrder = (p: Page) => groupOf(p, 'en', single).getByRole('radio').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const expected = (q: Question, ids: string[], attempt: number, mix: boolean) => shuffle(ids, seedOf(`${q.id}/${attempt}`), mix);

    expect(await itemOrder(page)).toEqual(expected(ordering, ordering.items.map((x) => x.id), 0, true));
    expect(await rightOrder(page)).toEqual(expected(matching, matching.pairs.map((x) => x.id), 0, true));
    expect(await optionOrder(page)).toEqual(single.options.map((o) => o.id));
    await answer(page, 'en', single, true, 'mouse');

    await quizEl(page).getByRole('button', { name: t('en', 'quiz.retry') }).click();
    await expect(status(page)).toHaveText(t('en', 'quiz.retried'));
    await expect(quizEl(page).getByText(scoreText('en', 0, 0), { exact: true })).toBeVisible();
    await expect(groupOf(page, 'en', single).getByRole('radio').first()).toBeEnabled();
    // Focus goes back to the first control of the first question.
    await expect(groupOf(page, 'en', questions[0]!).locator('input, select').first()).toBeFocused();
    for (const r of await groupOf(page, 'en', single).getByRole('radio').all()) await expect(r).not.toBeChecked();
    const attempt1 = {
      items: expected(ordering, ordering.items.map((x) => x.id), 1, true),
      rights: expected(matching, matching.pairs.map((x) => x.id), 1, true),
      options: expected(single, [...single.options.map((o) => o.id)].sort(), 1, false),
    };
    expect(await itemOrder(page)).toEqual(attempt1.items);
    expect(await rightOrder(page)).toEqual(attempt1.rights);
    expect(await optionOrder(page)).toEqual(attempt1.options);
    // Matching options keep their letters in list order: "A. …", "B. …".
    const letters = await groupOf(page, 'en', matching).getByRole('combobox').first()
      .evaluate((s: HTMLSelectElement) => [...s.options].slice(1).map((o) => o.text.slice(0, 3)));
    expect(letters).toEqual(matching.pairs.map((_, i) => `${String.fromCharCode(65 + i)}. `));

    await page.reload();
    await expect(quizEl(page)).toHaveAttribute('data-ready', '');
    expect(await itemOrder(page)).toEqual(attempt1.items);
    expect(await optionOrder(page)).toEqual(attempt1.options);
    await expect(quizEl(page).getByText(t('en', 'quiz.last', { last: '1', best: '1', total }), { exact: true })).toBeVisible();
  });

  test('scrolls back to the quiz at once on "Start again" when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'en');
    const retry = quizEl(page).getByRole('button', { name: t('en', 'quiz.retry') });
    await retry.scrollIntoViewIfNeeded();
    expect(await quizEl(page).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(-500);
    await retry.click();
    // Read in the same turn as the click's effects: an instant scroll is already done.
    const top = await quizEl(page).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
  });

  test('works for the visit when storage is disabled, and says progress will not be kept', async ({ page }) => {
    const watch = await watchPage(page, origin());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await open(page, 'en');
    await expect(quizEl(page).getByText(t('en', 'quiz.memory'), { exact: true })).toBeVisible();
    await answer(page, 'en', first('true-false'), true, 'mouse');
    await expectVerdict(page, 'en', first('true-false'), t('en', 'quiz.right'), 1, 1);
    expect(watch.pageErrors).toEqual([]);
  });

  test('works when storage is full (quota exceeded), and says so once', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page, 'fr');
    await expect(quizEl(page).getByText(t('fr', 'quiz.memory'))).toHaveCount(0);
    await answer(page, 'fr', first('numeric'), true, 'mouse');
    await answer(page, 'fr', first('single'), true, 'mouse');
    await expect(quizEl(page).getByText(scoreText('fr', 2, 2), { exact: true })).toBeVisible();
    await expect(quizEl(page).getByText(t('fr', 'quiz.memory'), { exact: true })).toHaveCount(1);
  });

  test.describe('100 random and corrupt stored payloads (seeded)', () => {
    const kinds = ['not JSON', 'foreign JSON', 'another version', 'version 1 with a broken field', 'valid but odd'] as const;
    const random = mulberry32(20261125);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
    const text = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + int(95))).join('');
    const junk = (): unknown => pick([() => random(), () => text(int(8)), () => null, () => true, () => [junk()], () => ({ [text(3)]: random() })])();
    const someAnswer = (): unknown => pick([null, 'x', text(4), true, false, int(100), -1.5, [text(2)], [], { a: 1 }, { [text(3)]: 'y' }]);
    const validRecord = () => {
      const answered: Record<string, unknown> = {};
      for (const q of questions) if (random() < 0.5) answered[q.id] = { answer: someAnswer(), points: pick([0, 0.5, 1]) };
      answered[`gone-${int(99)}`] = { answer: someAnswer(), points: 1 };
      const best = int(total + 1);
      return {
        v: 1,
        quizzes: { [CHAPTER]: { best, last: int(best + 1), total: pick([total, total + 3, 1]), attempts: int(60), answered, updated: new Date(1.7e12 + int(1e10)).toISOString() } },
        read: random() < 0.5 ? [] : [CHAPTER, text(5)],
      };
    };
    const breakers: ((r: ReturnType<typeof validRecord>) => unknown)[] = [
      (r) => ({ ...r, quizzes: null }),
      (r) => ({ ...r, read: 'everything' }),
      (r) => ({ ...r, quizzes: { [CHAPTER]: { ...r.quizzes[CHAPTER], best: -int(10) - 1 } } }),
      (r) => ({ ...r, quizzes: { [CHAPTER]: { ...r.quizzes[CHAPTER], total: 'twelve' } } }),
      (r) => ({ ...r, quizzes: { [CHAPTER]: { ...r.quizzes[CHAPTER], updated: text(6) } } }),
      (r) => ({ ...r, quizzes: { [CHAPTER]: { ...r.quizzes[CHAPTER], answered: [junk()] } } }),
      (r) => ({ ...r, quizzes: { [CHAPTER]: { ...r.quizzes[CHAPTER], answered: { x: { answer: 'a', points: 2 + int(5) } } } } }),
      (r) => ({ ...r, quizzes: { [CHAPTER]: { ...r.quizzes[CHAPTER], attempts: random() + 0.1 } } }),
    ];
    const make: Record<(typeof kinds)[number], () => string> = {
      'not JSON': () => `{${text(int(40))}`,
      'foreign JSON': () => JSON.stringify(pick([junk(), { theme: 'dark' }, [validRecord()], { quizzes: {} }, { v: '1' }])),
      'another version': () => JSON.stringify({ ...validRecord(), v: pick([0, 2, 3, -1, 1.5, 99]) }),
      'version 1 with a broken field': () => JSON.stringify(pick(breakers)(validRecord())),
      'valid but odd': () => JSON.stringify(validRecord()),
    };
    // Drawn up front, in a fixed order, so that each run sees the same 100 payloads.
    const payloads = kinds.map((kind) => ({ kind, values: Array.from({ length: 20 }, () => make[kind]()) }));

    for (const { kind, values } of payloads) {
      test(`${kind} (×${values.length}): the page never breaks, the quiz renders and scores${kind === 'valid but odd' ? '' : ', a notice says progress was reset'}`, async ({ page }) => {
        test.setTimeout(90_000);
        const watch = await watchPage(page, origin());
        // No smooth scroll after "Start again": Playwright would wait for it 20 × 5 times.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await open(page, 'fr');
        const tf = first('true-false');
        const group = groupOf(page, 'fr', tf);
        for (const [i, value] of values.entries()) {
          const label = `${kind} #${i}: ${value.slice(0, 80)}`;
          await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROGRESS_KEY, value] as const);
          await page.reload({ waitUntil: 'load' });
          // One read of the page's state per payload: module scripts have run by "load".
          const state = await quizEl(page).evaluate((el, check) => ({
            ready: el.hasAttribute('data-ready'),
            checks: [...el.querySelectorAll('button')].filter((b) => b.textContent === check).length,
            notices: [...el.querySelectorAll('.notice')].map((n) => n.textContent),
          }), t('fr', 'quiz.check'));
          expect(state.ready && state.checks, label).toBe(total);
          expect(state.notices.includes(t('fr', 'quiz.reset')), label).toBe(kind !== 'valid but odd');
          await quizEl(page).getByRole('button', { name: t('fr', 'quiz.retry') }).click();
          await group.getByRole('radio', { name: t('fr', tf.answer ? 'quiz.true' : 'quiz.false'), exact: true }).check();
          await group.getByRole('button', { name: t('fr', 'quiz.check'), exact: true }).click();
          await expect(status(page), label).toHaveText(`${t('fr', 'quiz.right')} ${scoreText('fr', 1, 1)}`);
          expect(watch.pageErrors, label).toEqual([]);
        }
      });
    }
  });

  test('sits at the end of the chapter, after the text and before the sources, in both languages', async ({ page }) => {
    for (const lang of ['fr', 'en'] as const) {
      await open(page, lang, chapterPaths[lang]);
      const order = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id));
      expect(order.indexOf('quiz'), order.join(' ')).toBe(order.indexOf('sources') - 1);
      await expect(page.getByRole('heading', { level: 2, name: t(lang, 'quiz.title'), exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: t(lang, 'quiz.standalone') })).toHaveAttribute('href', paths[lang]);
      await expect(quizEl(page).locator('fieldset')).toHaveCount(total);
    }
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) before and after answering (${lang}, ${colorScheme})`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme });
        await open(page, lang);
        const axe = () => axeOn(page).analyze();
        let { violations } = await axe();
        expect(violations.length, `before answering:\n${formatAxeViolations(violations)}`).toBe(0);
        // Every verdict on screen at once: right, wrong and partial.
        for (const [i, q] of questions.entries()) await answer(page, lang, q, i % 2 === 0, 'mouse');
        await expect(quizEl(page).locator('.q-verdict[data-verdict]')).toHaveCount(total);
        ({ violations } = await axe());
        expect(violations.length, `after answering:\n${formatAxeViolations(violations)}`).toBe(0);
      });
    }
  }
});

interface DetailsView {
  details: number;
  explanation: boolean[];
  links: (string | null)[];
  text: string;
  controls: { control: string; visible: boolean; enabled: boolean }[];
}
/** A question's <details> (count, its explanation's visibility, its links, its innerText) and its controls, in one round trip. */
const readDetails = pageFn<{ explanation: string }, DetailsView>(`
  const all = group.querySelectorAll('details');
  const details = all[0];
  return {
    details: all.length,
    explanation: details ? byText(details, arg.explanation).map(visible) : [],
    links: details ? links(details).map((a) => a.getAttribute('href')) : [],
    text: details ? details.innerText : '',
    controls: [...group.querySelectorAll('input, select')].map((c) => ({ control: describe(c), visible: visible(c), enabled: !disabled(c) })),
  };
`);

test.describe('without JavaScript', { tag: '@nojs' }, () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: every question shows its controls, and its answer, explanation and section link inside <details>`, async ({ page }) => {
      await page.goto(paths[lang]);
      await expect(page.getByRole('button', { name: t(lang, 'quiz.check') })).toHaveCount(0);
      await expect(quizEl(page).locator('fieldset')).toHaveCount(total);
      for (const q of questions) {
        const group = groupOf(page, lang, q);
        const details = group.locator('details');
        // Before: one <details>, its explanation not shown (as toBeHidden on getByText).
        const before = await group.evaluate(readDetails, { explanation: q.explanation[lang] }, { timeout: 5_000 });
        expect(before.details, `${q.id}: <details>`).toBe(1);
        expect(before.explanation.length <= 1 && !before.explanation.includes(true), `${q.id}: the explanation is hidden before opening`).toBe(true);
        await details.getByText(t(lang, 'quiz.showAnswer'), { exact: true }).click();
        const after = await group.evaluate(readDetails, { explanation: q.explanation[lang] }, { timeout: 5_000 });
        expect(after.explanation, `${q.id}: the explanation, one element, visible once opened`).toEqual([true]);
        expect(after.links, `${q.id}: one section link`).toEqual([`${chapterPaths[lang]}#${q.section[lang]}`]);
        const shown = after.text;
        const expected: string[] = [];
        switch (q.type) {
          case 'single': expected.push(q.options.find((o) => o.id === q.answer)!.text[lang]); break;
          case 'multiple': expected.push(...q.options.filter((o) => q.answers.includes(o.id)).map((o) => o.text[lang])); break;
          case 'true-false': expected.push(`${t(lang, 'quiz.answer')} ${t(lang, q.answer ? 'quiz.true' : 'quiz.false')}`); break;
          case 'ordering': expected.push(q.items.map((x) => x.text[lang]).join('\n')); break;
          case 'matching': expected.push(...q.pairs.map((p) => `${p.left[lang]} → ${p.right[lang]}`)); break;
          case 'numeric': expected.push(new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 }).format(q.answer)); break;
        }
        for (const e of expected) expect(shown, `${q.id} shows "${e}"`).toContain(e);
        // Every control is there and usable: nothing ships disabled or hidden.
        expect(after.controls.length, `${q.id}: controls`).toBeGreaterThan(0);
        expect(after.controls.filter((c) => !c.visible || !c.enabled), `${q.id}: hidden or disabled controls`).toEqual([]);
      }
    });
  }

  test('the chapter ends with the same quiz, answers in <details>', async ({ page }) => {
    await page.goto(chapterPaths.en);
    await expect(page.getByRole('heading', { level: 2, name: t('en', 'quiz.title'), exact: true })).toBeVisible();
    await expect(page.locator('vp-quiz details')).toHaveCount(total);
    await expect(quizEl(page).locator('fieldset')).toHaveCount(total);
  });
});
