/**
 * What the teacher's results page shows, from aggregate() (result-code.ts):
 * the lines not counted and why, a summary, one row per question and the
 * geometry of the "% right" bar chart. Pure, so it is tested without a DOM;
 * <vp-results> only turns it into elements.
 *
 *   const agg = aggregate(text.split('\n'), cat, key);
 *   problems(agg, text.split('\n'))  // [{ line: 31, text: 'ZZZZ', reason: 'malformed' }, …]
 *   summarise(agg)                    // { count: 30, mean: 9.4, total: 14, from: '2026-03-02', to: '2026-03-05' }
 *   questionRows(agg, cat)            // [{ chapter: 'gdpr', id: 'gdpr-vocabulary', number: 1, right: 20, …, percent: 66.7 }]
 *   barChart(rows)                    // { width: 640, height: …, bars: [{ y, width, … }], ticks: [{ x, value }] }
 */
import type { Catalogue } from '../share/catalogue';
import type { Aggregate, QuestionTally, ResultProblem } from '../share/result-code';

export type LineProblem = ResultProblem | 'duplicate' | 'other-module';
export interface Problem {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line as pasted, trimmed. */
  text: string;
  reason: LineProblem;
  /** For a duplicate: the line it repeats. */
  of?: number;
}
export interface Summary {
  /** Codes counted. */
  count: number;
  /** Mean score in points (0 when nothing is counted). */
  mean: number;
  /** Questions in the counted module, the most points possible. */
  total: number;
  /** Earliest and latest dates (YYYY-MM-DD) of the counted codes. */
  from?: string;
  to?: string;
}
export interface Row extends QuestionTally {
  /** The question's number in its chapter's quiz (1-based), as the quiz page numbers it. */
  number: number;
  /** Codes counted for this question. */
  count: number;
  /** Share of right answers, 0–100 (0 when nothing is counted). */
  percent: number;
}

/**
 * Every line that was not counted, in line order.
 *
 * @example problems(aggregate(['ZZZ'], cat), ['ZZZ']) // [{ line: 1, text: 'ZZZ', reason: 'malformed' }]
 */
export function problems(agg: Aggregate, lines: readonly string[]): Problem[] {
  const out: Problem[] = [];
  for (const l of agg.lines) {
    const text = (lines[l.line - 1] ?? '').trim();
    if (l.status === 'invalid') out.push({ line: l.line, text, reason: l.reason });
    else if (l.status === 'duplicate') out.push({ line: l.line, text, reason: 'duplicate', of: l.of });
    else if (l.status === 'other-module') out.push({ line: l.line, text, reason: 'other-module' });
  }
  return out;
}

/**
 * Count, mean score and date range of the counted codes.
 *
 * @example summarise(agg) // { count: 30, mean: 9.4, total: 14, from: '2026-03-02', to: '2026-03-05' }
 */
export function summarise(agg: Aggregate): Summary {
  const counted = agg.lines.flatMap((l) => (l.status === 'ok' ? [l.result] : []));
  const dates = counted.map((r) => r.date).sort();
  const sum = agg.scores.reduce((a, b) => a + b, 0);
  return {
    count: agg.scores.length,
    mean: agg.scores.length ? sum / agg.scores.length : 0,
    total: agg.questions.length,
    ...(dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : {}),
  };
}

/**
 * One row per question of the counted module, in course order.
 *
 * @example questionRows(agg, cat)[0] // { chapter: 'gdpr', id: '…', number: 1, right: 20, partial: 0, wrong: 7, unanswered: 3, count: 30, percent: 66.67 }
 */
export function questionRows(agg: Aggregate, cat: Catalogue): Row[] {
  return agg.questions.map((q) => {
    const count = q.right + q.partial + q.wrong + q.unanswered;
    const number = (cat.chapters.find((c) => c.id === q.chapter)?.questions.findIndex((x) => x.id === q.id) ?? -1) + 1;
    return { ...q, number, count, percent: count ? (100 * q.right) / count : 0 };
  });
}

export interface ChartOptions {
  /** viewBox width. */
  width?: number;
  /** Room on the left for the question labels. */
  labelWidth?: number;
  /** Room on the right for the values. */
  valueWidth?: number;
  bar?: number;
  gap?: number;
  /** Room at the top for the axis ticks. */
  top?: number;
}
export interface Bar {
  y: number;
  /** Bar length (0 for 0 %). */
  width: number;
  percent: number;
  row: Row;
}
export interface ChartGeometry {
  width: number;
  height: number;
  /** Where bars start (x) and how long 100 % is. */
  x0: number;
  span: number;
  bar: number;
  bars: Bar[];
  ticks: { x: number; value: number }[];
}

/**
 * Geometry of a horizontal bar chart of `percent`, one bar per row, for an
 * SVG with this viewBox: nothing is measured in the browser.
 *
 * @example barChart(rows, { width: 640 }).bars[0] // { y: 24, width: 326.7, percent: 66.7, row }
 */
export function barChart(rows: readonly Row[], o: ChartOptions = {}): ChartGeometry {
  const { width = 640, labelWidth = 120, valueWidth = 64, bar = 18, gap = 8, top = 24 } = o;
  const span = width - labelWidth - valueWidth;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height: top + rows.length * (bar + gap) + gap,
    x0: labelWidth,
    span,
    bar,
    bars: rows.map((row, i) => ({ y: top + gap + i * (bar + gap), width: round((span * Math.min(100, Math.max(0, row.percent))) / 100), percent: row.percent, row })),
    ticks: [0, 25, 50, 75, 100].map((value) => ({ x: round(labelWidth + (span * value) / 100), value })),
  };
}
