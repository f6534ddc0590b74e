/**
 * The printable worksheet and its answer key read one view of each question,
 * built here, so that a letter on the worksheet (option B, item C) is the
 * same letter in the key. Pure and deterministic: the same quiz gives the
 * same sheet on every build.
 *
 *   const items = sheetQuestions(quiz.questions, 'fr');
 *   items[0].choices // [{ letter: 'A', text: '…', correct: false }, …]
 *
 * Why shuffle on paper: ordering items and matching right sides are written
 * in the correct order in the YAML, so printing them as written would print
 * the answer. Options of single/multiple questions are shuffled too, so the
 * right one is not always "A" when an author lists it first. The shuffle is
 * seeded by the question id (stable across builds and languages) and never
 * returns the written order.
 */
import type { Locale } from '../schemas/localized';
import type { Question } from '../schemas/quiz';

export interface SheetChoice { letter: string; text: string; correct: boolean; explanation?: string }

interface Common {
  /** 1-based position in the quiz. */
  n: number;
  id: string;
  prompt: string;
  explanation: string;
  section: string;
  objective: number;
}

export type SheetQuestion = Common & (
  | { type: 'single' | 'multiple'; choices: SheetChoice[] }
  | { type: 'true-false'; answer: boolean }
  /** `items` in worksheet order (lettered); `order` the letters in the correct order. */
  | { type: 'ordering'; items: { letter: string; text: string }[]; order: string[] }
  /** `left` numbered 1…n in written order; `right` lettered, shuffled; `key[i]` the letter for left i. */
  | { type: 'matching'; left: string[]; right: { letter: string; text: string }[]; key: string[] }
  | { type: 'numeric'; answer: number; tolerance: number; unit?: string }
);

/** A, B, … Z, then AA, AB … (a question never has 27 options, but letters stay unique). */
export function letter(i: number): string {
  let s = '';
  let k = i;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

/** FNV-1a, 32 bits: a string seed to a number. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded permutation of `0 … n-1` that is never the identity (for n ≥ 2).
 * @example permutation(3, 'case-order') // e.g. [2, 0, 1], the same on every call
 */
export function permutation(n: number, seed: string): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  const rnd = random(hash(seed));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  // Never print the written (correct) order: rotate by one if the draw gave it.
  if (n > 1 && p.every((x, i) => x === i)) p.push(p.shift()!);
  return p;
}

/** The sheet view of every question, in quiz order. */
export function sheetQuestions(questions: Question[], lang: Locale): SheetQuestion[] {
  return questions.map((q, i) => sheetQuestion(q, i + 1, lang));
}

export function sheetQuestion(q: Question, n: number, lang: Locale): SheetQuestion {
  const common: Common = {
    n, id: q.id, prompt: q.prompt[lang], explanation: q.explanation[lang], section: q.section[lang], objective: q.objective,
  };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = new Set(q.type === 'single' ? [q.answer] : q.answers);
      const choices = permutation(q.options.length, q.id).map((k, i) => {
        const o = q.options[k]!;
        return { letter: letter(i), text: o.text[lang], correct: right.has(o.id), ...(o.explanation ? { explanation: o.explanation[lang] } : {}) };
      });
      return { ...common, type: q.type, choices };
    }
    case 'true-false':
      return { ...common, type: 'true-false', answer: q.answer };
    case 'ordering': {
      const perm = permutation(q.items.length, q.id);
      const items = perm.map((k, i) => ({ letter: letter(i), text: q.items[k]!.text[lang] }));
      // perm[i] = written index shown at i; the correct order lists, for each written index, its letter.
      const order = q.items.map((_, k) => letter(perm.indexOf(k)));
      return { ...common, type: 'ordering', items, order };
    }
    case 'matching': {
      const perm = permutation(q.pairs.length, q.id);
      const right = perm.map((k, i) => ({ letter: letter(i), text: q.pairs[k]!.right[lang] }));
      return {
        ...common, type: 'matching', left: q.pairs.map((p) => p.left[lang]), right, key: q.pairs.map((_, k) => letter(perm.indexOf(k))),
      };
    }
    case 'numeric':
      return { ...common, type: 'numeric', answer: q.answer, tolerance: q.tolerance, ...(q.unit ? { unit: q.unit[lang] } : {}) };
  }
}
