/**
 * Seeded, reproducible shuffling for quiz options: the same question and
 * attempt always give the same order, at build time (attempt 0, in the
 * server HTML) and in the browser (attempt 1, 2, … after "Start again").
 *
 *   import { seedOf, shuffle } from '../lib/quiz/shuffle';
 *   shuffle(['a', 'b', 'c', 'd'], seedOf('cnil-steps/1')); // same order on every run
 *
 * mulberry32 is a tiny 32-bit generator with good enough statistics for
 * putting a handful of options in order (d3-random is not a dependency,
 * and a few lines beat one for the browser's byte budget).
 */

/**
 * A pseudo-random generator of numbers in [0, 1), seeded by a 32-bit integer.
 *
 * @example
 *   const random = mulberry32(42);
 *   random(); // 0.6011037519201636, and the same on every run
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from a string (FNV-1a), to seed by question id and attempt.
 *
 * @example seedOf('cnil-steps/0') // 684372912
 */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A shuffled copy of `list` (Fisher–Yates). With `moveSome`, a list of two or
 * more never comes back in its original order (it is rotated by one if the
 * draw happens to be the identity): an ordering question must not be shown
 * already solved.
 *
 * @example
 *   shuffle([1, 2, 3], 7)        // [2, 3, 1], on every run
 *   shuffle([1, 2], 0, true)     // [2, 1]
 */
export function shuffle<T>(list: readonly T[], seed: number, moveSome = false): T[] {
  const out = [...list];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (moveSome && out.length > 1 && out.every((x, i) => x === list[i])) out.push(out.shift()!);
  return out;
}
