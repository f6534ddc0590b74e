/**
 * Scoring of one quiz answer, for every question type. Pure, no DOM: the same
 * code runs in the tests and in the browser (<vp-quiz>), which rebuilds a
 * `Key` from the data-* attributes of the server HTML.
 *
 *   import { score } from '../lib/quiz/score';
 *   score({ type: 'single', answer: 'b' }, 'b'); // { points: 1, verdict: 'right' }
 *
 * Every question is worth one point; partial credit is a fraction of it:
 * - `single`, `true-false`, `numeric`: all or nothing (numeric: within ± tolerance);
 * - `multiple`: (right options ticked − wrong options ticked) ÷ right options,
 *   floored at 0, so ticking every box earns little (nothing when the wrong
 *   options are as many as the right ones);
 * - `ordering`: the share of pairs of items put in the right relative order
 *   (the share of concordant pairs, as in Kendall's tau). Positions are 1-based; two items given the
 *   same position make a wrong pair. Why pairs and not "item at its exact
 *   position": moving the first item to the end leaves every item misplaced
 *   (0 points) although most of the sequence is right (here ½);
 * - `matching`: the share of left items matched with their own right item.
 *
 * Why `Key` and not the schema's `Question`: the browser must not ship Zod,
 * and only these fields matter for scoring. A parsed `Question` is a `Key`.
 */

/** What scoring needs to know of a question: its type and its right answer. */
export type Key =
  | { type: 'single'; answer: string }
  | { type: 'multiple'; answers: readonly string[] }
  | { type: 'true-false'; answer: boolean }
  | { type: 'ordering'; items: readonly { id: string }[] }
  | { type: 'matching'; pairs: readonly { id: string }[] }
  | { type: 'numeric'; answer: number; tolerance: number };

/**
 * A reader's answer: an option id (`single`), option ids (`multiple`), a
 * boolean (`true-false`), a number (`numeric`), item id → position
 * (`ordering`) or left id → right id (`matching`); null when unanswered.
 */
export type Answer = string | boolean | number | readonly string[] | Readonly<Record<string, string | number>> | null;

export type Verdict = 'right' | 'partial' | 'wrong';
export interface Scored {
  /** 0 to 1. */
  points: number;
  verdict: Verdict;
}

/** Room for binary fractions: 0.1 + 0.2 is within 0.3 ± 0. */
const EPSILON = 1e-9;

const isRecord = (a: Answer): a is Readonly<Record<string, string | number>> =>
  typeof a === 'object' && a !== null && !Array.isArray(a);

/**
 * Points and verdict for one answer. An answer of the wrong shape scores 0.
 *
 * @example
 *   score({ type: 'multiple', answers: ['a', 'b'] }, ['a', 'c']) // { points: 0, verdict: 'wrong' }
 *   score({ type: 'multiple', answers: ['a', 'b'] }, ['a'])      // { points: 0.5, verdict: 'partial' }
 *   score({ type: 'numeric', answer: 20, tolerance: 1 }, 20.5)   // { points: 1, verdict: 'right' }
 *   score({ type: 'ordering', items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }, { a: 2, b: 3, c: 1 }) // ⅓ point: only a before b
 */
export function score(key: Key, answer: Answer): Scored {
  let points = 0;
  switch (key.type) {
    case 'single':
    case 'true-false':
      points = answer === key.answer ? 1 : 0;
      break;
    case 'numeric':
      points = typeof answer === 'number' && Math.abs(answer - key.answer) <= key.tolerance + EPSILON ? 1 : 0;
      break;
    case 'multiple':
      if (Array.isArray(answer)) {
        const chosen = new Set<string>(answer);
        const right = key.answers.filter((a) => chosen.has(a)).length;
        points = Math.max(0, (right - (chosen.size - right)) / key.answers.length);
      }
      break;
    case 'ordering':
      if (isRecord(answer)) {
        const at = key.items.map((x) => Number(answer[x.id]));
        let right = 0;
        let pairs = 0;
        at.forEach((a, i) => at.slice(i + 1).forEach((b) => {
          pairs++;
          if (a < b) right++;
        }));
        points = pairs ? right / pairs : Number(at[0] === 1);
      }
      break;
    case 'matching':
      if (isRecord(answer)) points = key.pairs.filter((x) => answer[x.id] === x.id).length / key.pairs.length;
      break;
  }
  return { points, verdict: points >= 1 ? 'right' : points > 0 ? 'partial' : 'wrong' };
}

/**
 * Whether an answer is complete enough to check: an option or a number
 * chosen, at least one box ticked, every line of an ordering or a matching
 * question filled in.
 *
 * @example
 *   isComplete({ type: 'ordering', items: [{ id: 'a' }, { id: 'b' }] }, { a: 1 }) // false
 */
export function isComplete(key: Key, answer: Answer): boolean {
  switch (key.type) {
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0;
    case 'ordering':
    case 'matching': {
      const ids = key.type === 'ordering' ? key.items : key.pairs;
      return isRecord(answer) && ids.every((x) => answer[x.id] !== undefined && answer[x.id] !== '');
    }
    case 'numeric':
      return typeof answer === 'number' && Number.isFinite(answer);
    default:
      return answer !== null && typeof answer === (key.type === 'single' ? 'string' : 'boolean');
  }
}
