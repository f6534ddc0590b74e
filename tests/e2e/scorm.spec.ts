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
import { existsSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { axeOn, formatAxeViolations } from './helpers';
import { SCORM_TYPES, scormDecimal } from '../../src/lib/scorm/runtime';
import { CMI_TIMESPAN, type Lang, ORIGIN, answerByKeyboard, answerOf, answerQuiz, closeSco, launch, lmsCalls, lmsSent, lmsState, pctOf, planOf, questionsOf, resultOf, scoreLine, serve, statusLine, t, tabTo, zipOf } from './scorm-harness';

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
