/**
 * Result codes end to end (issue 7): a student gets a code under a quiz and
 * copies it; a teacher pastes a class's codes and reads the table, the
 * summary, the chart and the lines that were not counted.
 *
 * Codes are made here in Node with the site's own encoder, for 30 simulated
 * students (seeded answers), against the catalogue the built page embeds;
 * the expected counts are tallied from the simulated answers, not read back
 * from the decoder. The student's code is decoded here too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { formatAxeViolations, watchPage, withBase, axeOn } from './helpers';
import type { Catalogue } from '../../src/lib/share/catalogue';
import { encodeModule } from '../../src/lib/share/module-state';
import { decodeResult, encodeResult, type Outcome } from '../../src/lib/share/result-code';
import { mulberry32 } from '../../src/lib/quiz/shuffle';
import { fill } from '../../src/i18n/fill';
import type ResultStrings from '../../src/i18n/en/results.json';

type Lang = 'fr' | 'en';
const CHAPTER = 'clearview-case';
const resultsPaths: Record<Lang, string> = { fr: withBase('fr/enseignants/resultats/'), en: withBase('en/teachers/results/') };
const quizPaths: Record<Lang, string> = { fr: withBase('fr/quiz/affaire-clearview/'), en: withBase('en/quiz/clearview-case/') };
/** The result codes' words, by language (src/i18n/<lang>/results.json). */
const STRINGS = Object.fromEntries(
  (['fr', 'en'] as const).map((l) => [l, JSON.parse(readFileSync(resolve('src/i18n', l, 'results.json'), 'utf8')) as typeof ResultStrings]),
) as Record<Lang, typeof ResultStrings>;
const PARTIAL = [0, 1 / 3, 0.5, 2 / 3, 0.25, 1];
const num = (lang: Lang, n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);

async function catalogueOf(page: Page, selector: string): Promise<Catalogue> {
  return JSON.parse((await page.locator(selector).getAttribute('data-catalogue')) ?? '');
}

interface Class {
  codes: string[];
  /** Expected tally per question id. */
  tally: Record<string, Record<Outcome, number>>;
  scores: number[];
  dates: string[];
}
/** `n` students answering the whole chapter quiz at random (seeded), each question skipped 15 % of the time. */
function simulateClass(cat: Catalogue, n: number, seed: number): Class {
  const random = mulberry32(seed);
  const questions = cat.chapters.find((c) => c.id === CHAPTER)!.questions;
  const tally: Class['tally'] = Object.fromEntries(questions.map((q) => [q.id, { right: 0, partial: 0, wrong: 0, unanswered: 0 }]));
  const out: Class = { codes: [], tally, scores: [], dates: [] };
  for (let s = 0; s < n; s++) {
    const answered: Record<string, { answer: string | boolean | number | string[]; points: number }> = {};
    let points = 0;
    for (const q of questions) {
      if (random() < 0.15) {
        tally[q.id]!.unanswered++;
        continue;
      }
      let saved: { answer: string | boolean | number | string[]; points: number };
      if (q.type === 'single') {
        const k = Math.floor(random() * q.options!.length);
        saved = { answer: q.options![k]!, points: Number(k === q.answer) };
      } else if (q.type === 'true-false') {
        const b = random() < 0.5;
        saved = { answer: b, points: Number(b === q.answer) };
      } else if (q.type === 'numeric') saved = { answer: 1, points: Number(random() < 0.6) };
      else saved = { answer: ['x'], points: PARTIAL[Math.floor(random() * PARTIAL.length)]! };
      answered[q.id] = saved;
      points += saved.points;
      tally[q.id]![saved.points >= 1 ? 'right' : saved.points > 0 ? 'partial' : 'wrong']++;
    }
    const date = `2026-03-${String(2 + (s % 5)).padStart(2, '0')}`;
    const made = encodeResult({ chapters: [CHAPTER], answered: { [CHAPTER]: answered }, date, nonce: Math.floor(random() * 32768) }, cat);
    if (!made.ok) throw new Error(made.reason);
    out.codes.push(made.code);
    out.scores.push(Math.round(points * 10) / 10);
    out.dates.push(date);
  }
  return out;
}

/** One symbol changed to another valid one. */
const corrupt = (code: string, at: number) => code.slice(0, at) + (code[at] === '7' ? '8' : '7') + code.slice(at + 1);

async function paste(page: Page, lang: Lang, codes: string[], link = '') {
  const s = STRINGS[lang];
  await page.getByLabel(s.codesLabel).fill(codes.join('\n'));
  if (link) await page.getByLabel(s.moduleLabel).fill(link);
  await page.getByRole('button', { name: s.submit }).click();
  await expect(page.getByRole('heading', { name: s.summaryTitle })).toBeVisible();
}

test.describe('the teacher’s results page', () => {
  test('30 codes from simulated students aggregate correctly; corrupt, truncated, duplicate, garbage and other-module lines are reported (FR)', async ({ page, baseURL }) => {
    const lang: Lang = 'fr';
    const s = STRINGS[lang];
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto(resultsPaths[lang]);
    const cat = await catalogueOf(page, 'vp-results');
    const klass = simulateClass(cat, 30, 20260305);
    const truncated = klass.codes[5]!.slice(0, -7);
    expect(decodeResult(truncated, cat)).toEqual({ ok: false, reason: 'truncated' });
    const broken = corrupt(klass.codes[4]!, 12);
    const gdpr = encodeResult({ chapters: ['gdpr'], answered: {}, date: '2026-03-03', nonce: 7 }, cat);
    if (!gdpr.ok) throw new Error(gdpr.reason);
    const lines = [
      ...klass.codes.slice(0, 10),
      '',
      ...klass.codes.slice(10).map((c, i) => (i % 3 ? c : c.toLowerCase().replace(/-/g, ' '))),
      broken, // 32
      truncated, // 33
      `  ${klass.codes[2]!}  `, // 34: duplicate of line 3
      'bonjour !', // 35
      gdpr.code, // 36
    ];
    const link = encodeModule({ chapters: [CHAPTER], name: 'Séance 1' }, cat);
    if (!link.ok) throw new Error(link.reason);
    await paste(page, lang, lines, `https://example.org${quizPaths.fr}#${link.value}`);

    // Every bad line, with its number and the reason in words.
    const expected: [number, string][] = [
      [32, s.reasons.checksum],
      [33, s.reasons.truncated],
      [34, fill(s.reasons.duplicate, { of: 3 })],
      [35, s.reasons.malformed],
      [36, s.reasons['other-module']],
    ];
    const items = page.getByRole('list').filter({ hasText: fill(s.problemLine, { line: 32 }) }).getByRole('listitem');
    await expect(items).toHaveCount(expected.length);
    for (const [i, [line, reason]] of expected.entries()) {
      await expect(items.nth(i)).toContainText(fill(s.problemLine, { line }));
      await expect(items.nth(i)).toContainText(reason);
    }
    await expect(page.getByText(fill(s.problemsSome, { n: 5 }), { exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(fill(s.count, { n: 30 }));
    await expect(page.getByText('Séance 1')).toBeVisible();

    // Summary: count, mean score, date range.
    const total = Object.keys(klass.tally).length;
    const mean = klass.scores.reduce((a, b) => a + b, 0) / 30;
    await expect(page.getByText(fill(s.count, { n: 30 }), { exact: true })).toBeVisible();
    await expect(page.getByText(fill(s.mean, { mean: num(lang, mean), total }), { exact: true })).toBeVisible();
    const day = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    await expect(page.getByText(fill(s.dates, { from: day('2026-03-02'), to: day('2026-03-06') }))).toBeVisible();

    // The table: one row per question, counts equal to the independent tally.
    const table = page.getByRole('table', { name: s.tableCaption });
    // A header row, a chapter row, one row per question.
    await expect(table.getByRole('row')).toHaveCount(total + 2);
    await expect(table.getByRole('rowheader', { name: /^Chapitre 1\. / })).toBeVisible();
    for (const [id, t] of Object.entries(klass.tally)) {
      const cells = table.locator(`tr[data-question="${CHAPTER}/${id}"]`).getByRole('cell');
      const pct = num(lang, (100 * t.right) / 30);
      // Right, partial, wrong, unanswered, % right (the question is the row's header).
      await expect(cells).toHaveText([String(t.right), String(t.partial), String(t.wrong), String(t.unanswered), pct]);
    }

    // The chart: one bar per question, an accessible name, no inline style.
    const chart = page.getByRole('img', { name: fill(s.chartLabel, { n: total }) });
    await expect(chart).toBeVisible();
    await expect(chart.locator('rect.bar')).toHaveCount(total);
    expect(await page.locator('vp-results [style]').count()).toBe(0);

    const axe = await axeOn(page).analyze();
    expect(axe.violations, formatAxeViolations(axe.violations)).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect([...watch.consoleErrors, ...watch.pageErrors]).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('the English page reads codes and reports a bad line (smoke)', async ({ page }) => {
    const lang: Lang = 'en';
    const s = STRINGS[lang];
    await page.goto(resultsPaths[lang]);
    await expect(page.getByText(s.tamper)).toBeVisible();
    const cat = await catalogueOf(page, 'vp-results');
    const klass = simulateClass(cat, 5, 7);
    await paste(page, lang, [...klass.codes, klass.codes[0]!.slice(0, -1) + (klass.codes[0]!.endsWith('0') ? '1' : '0')]);
    await expect(page.getByText(fill(s.count, { n: 5 }), { exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: fill(s.problemLine, { line: 6 }) })).toContainText(s.reasons.checksum);
    await expect(page.getByRole('table', { name: s.tableCaption }).getByRole('row')).toHaveCount(Object.keys(klass.tally).length + 2);
  });

  test('says plainly, without JavaScript, that reading codes needs it, and shows no dead control @nojs', async ({ page }) => {
    for (const lang of ['fr', 'en'] as const) {
      const s = STRINGS[lang];
      await page.goto(resultsPaths[lang]);
      await expect(page.getByText(s.noJs)).toBeVisible();
      await expect(page.getByText(s.tamper)).toBeVisible();
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await expect(page.getByRole('button', { name: s.submit })).toHaveCount(0);
    }
  });
});

test.describe('the student’s result code', () => {
  test('answers given on the quiz page come back out of the code, and the code copies', async ({ page, context, baseURL }) => {
    const lang: Lang = 'fr';
    const s = STRINGS[lang];
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto(quizPaths[lang]);
    const cat = await catalogueOf(page, 'vp-result-code');
    const questions = cat.chapters.find((c) => c.id === CHAPTER)!.questions;
    const single = questions.find((q) => q.type === 'single')!;
    const tf = questions.find((q) => q.type === 'true-false')!;
    const right = single.options![single.answer as number]!;
    const check = (id: string) => page.locator(`#quiz-${id}`).getByRole('button', { name: 'Vérifier' }).click();

    await page.locator(`#quiz-${single.id} input[value="${right}"]`).check();
    await check(single.id);
    await page.locator(`#quiz-${tf.id} input[value="${String(!tf.answer)}"]`).check();
    await check(tf.id);

    await page.getByRole('button', { name: s.codeGet }).click();
    const summary = fill(s.codeSummary, { done: 2, total: questions.length, score: '1' });
    await expect(page.locator('vp-result-code').getByRole('status')).toHaveText(fill(s.codeReady, { summary }));
    const codeEl = page.locator('.rc-code');
    const code = (await codeEl.textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    const decoded = decodeResult(code, cat);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.result.score).toBe(1);
    expect(decoded.result.total).toBe(questions.length);
    expect(decoded.result.chapters).toEqual([CHAPTER]);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(decoded.result.date).toBe(today);
    for (const a of decoded.result.answers) {
      if (a.id === single.id) expect(a).toMatchObject({ outcome: 'right', choice: right });
      else if (a.id === tf.id) expect(a).toMatchObject({ outcome: 'wrong', choice: !tf.answer });
      else expect(a.outcome).toBe('unanswered');
    }

    await page.getByRole('button', { name: s.codeCopy }).click();
    await expect(page.locator('vp-result-code').getByRole('status')).toHaveText(s.codeCopied);
    await expect(page.locator('.rc-note')).toHaveText(s.codeCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // One more answer: the code shown follows.
    const other = questions.find((q) => q.type === 'single' && q.id !== single.id)!;
    await page.locator(`#quiz-${other.id} input[value="${other.options![other.answer as number]!}"]`).check();
    await check(other.id);
    await expect(page.locator('.rc-summary')).toHaveText(fill(s.codeSummary, { done: 3, total: questions.length, score: '2' }));
    const again = decodeResult((await codeEl.textContent()) ?? '', cat);
    expect(again.ok && again.result.score).toBe(2);

    // After a reload, the saved answers are in the code.
    await page.reload();
    await page.getByRole('button', { name: s.codeGet }).click();
    await expect(page.locator('.rc-summary')).toHaveText(fill(s.codeSummary, { done: 3, total: questions.length, score: '2' }));

    const axe = await axeOn(page).analyze();
    expect(axe.violations, formatAxeViolations(axe.violations)).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
    expect([...watch.consoleErrors, ...watch.pageErrors]).toEqual([]);
  });

  test('without clipboard access, the code is selected and the student is told to press Ctrl+C', async ({ page }) => {
    const lang: Lang = 'en';
    const s = STRINGS[lang];
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(quizPaths[lang]);
    await page.getByRole('button', { name: s.codeGet }).click();
    await expect(page.locator('.rc-summary')).toHaveText(/^Answered: 0 of \d+ questions; score: 0 \/ \d+\.$/);
    await page.getByRole('button', { name: s.codeCopy }).click();
    await expect(page.locator('vp-result-code').getByRole('status')).toHaveText(s.codeCopyManual);
    await expect(page.locator('.rc-note')).toHaveText(s.codeCopyManual);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(await page.locator('.rc-code').textContent());
  });

  test('the chapter page has the code under its quiz too; without JavaScript only a sentence stands in @nojs', async ({ page }) => {
    await page.goto(withBase('fr/affaire-clearview/'));
    await expect(page.getByText(STRINGS.fr.codeNoJs)).toBeVisible();
    await expect(page.getByRole('button', { name: STRINGS.fr.codeGet })).toHaveCount(0);
  });
});
