/** The teacher's results report (src/lib/results/report.ts) over aggregate() of real codes. */
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type QuizLike } from '../../src/lib/share/catalogue';
import { aggregate, encodeResult } from '../../src/lib/share/result-code';
import { barChart, problems, questionRows, summarise } from '../../src/lib/results/report';
import type { ChapterId } from '../../src/schemas/chapter';

const IDS = ['clearview-case', 'scraping', 'gdpr'] as const satisfies readonly ChapterId[];
const quizzes: QuizLike[] = [
  { chapter: 'clearview-case', questions: [{ id: 'a', type: 'single', options: [{ id: 'x' }, { id: 'y' }], answer: 'y' }, { id: 'b', type: 'true-false', answer: false }, { id: 'c', type: 'multiple' }] },
  { chapter: 'scraping', questions: [{ id: 'd', type: 'numeric' }] },
];
const cat = buildCatalogue(quizzes, IDS);
type Saved = Record<string, { answer: unknown; points: number }>;
const code = (answered: Saved, date: string, nonce: number, chapters = ['clearview-case']) => {
  const r = encodeResult({ chapters, answered: { [chapters[0]!]: answered as never }, date, nonce }, cat);
  if (!r.ok) throw new Error(r.reason);
  return r.code;
};

describe('the results report', () => {
  const c1 = code({ a: { answer: 'y', points: 1 }, b: { answer: false, points: 1 }, c: { answer: ['p'], points: 0.5 } }, '2026-03-04', 1);
  const c2 = code({ a: { answer: 'x', points: 0 } }, '2026-03-02', 2);
  const c3 = code({ b: { answer: true, points: 0 }, c: { answer: ['q'], points: 1 } }, '2026-03-06', 3);
  const other = code({ d: { answer: 3, points: 1 } }, '2026-03-05', 4, ['scraping']);
  const changed = `${c1.slice(0, 5)}${c1[5] === 'A' ? 'B' : 'A'}${c1.slice(6)}`;
  const lines = [c1, '', c2, '  hello world!  ', c1.toLowerCase(), c3, other, changed, c2.slice(0, 8)];
  const agg = aggregate(lines, cat);

  it('lists every line not counted, with its number, its text and why', () => {
    expect(problems(agg, lines)).toEqual([
      { line: 4, text: 'hello world!', reason: 'malformed' },
      { line: 5, text: c1.toLowerCase(), reason: 'duplicate', of: 1 },
      { line: 7, text: other, reason: 'other-module' },
      { line: 8, text: changed, reason: 'checksum' },
      { line: 9, text: c2.slice(0, 8), reason: 'truncated' },
    ]);
  });

  it('summarises the counted codes: how many, the mean score and the date range', () => {
    expect(summarise(agg)).toEqual({ count: 3, mean: (2.5 + 0 + 1) / 3, total: 3, from: '2026-03-02', to: '2026-03-06' });
  });

  it('says nothing of dates when nothing is counted', () => {
    expect(summarise(aggregate(['zz'], cat))).toEqual({ count: 0, mean: 0, total: 0 });
  });

  it('gives one row per question with its number in the quiz and the share right', () => {
    const rows = questionRows(agg, cat);
    expect(rows.map((r) => [r.id, r.number, r.right, r.partial, r.wrong, r.unanswered, r.count, Math.round(r.percent)])).toEqual([
      ['a', 1, 1, 0, 1, 1, 3, 33],
      ['b', 2, 1, 0, 1, 1, 3, 33],
      ['c', 3, 1, 1, 0, 1, 3, 33],
    ]);
  });

  it('lays out one bar per question, 100 % spanning the plot width', () => {
    const rows = questionRows(agg, cat);
    const g = barChart([...rows, { ...rows[0]!, percent: 100 }, { ...rows[0]!, percent: 0 }], { width: 600, labelWidth: 100, valueWidth: 50, bar: 10, gap: 5, top: 20 });
    expect(g.span).toBe(450);
    expect(g.height).toBe(20 + 5 * 15 + 5);
    expect(g.bars.map((b) => [b.y, b.width])).toEqual([[25, 150], [40, 150], [55, 150], [70, 450], [85, 0]]);
    expect(g.ticks).toEqual([0, 25, 50, 75, 100].map((value) => ({ value, x: 100 + 4.5 * value })));
  });
});
