/**
 * Error rates of a face matcher at a decision threshold, from two synthetic
 * score distributions: genuine pairs (same person) and impostor pairs
 * (different people). Scores are normal here, so the rates are closed-form
 * normal tails — exact, deterministic and cheap enough to recompute on every
 * slider step in the browser (no sampling, so no seed to keep in sync).
 *
 * @example
 *   fmr(0.62)  // ≈ 0.001: 1 impostor in 1,000 is accepted
 *   fnmr(0.62) // ≈ 0.03: 3 genuine pairs in 100 are rejected
 */

/** A normal distribution of similarity scores (0 = unlike, 1 = identical). */
export interface Normal {
  mean: number;
  sd: number;
}

/** The synthetic matcher of the chapter: separated, but overlapping in the tails. */
export const GENUINE: Normal = { mean: 0.77, sd: 0.08 };
export const IMPOSTOR: Normal = { mean: 0.311, sd: 0.1 };

/**
 * erfc(x), Chebyshev fit of Numerical Recipes (erfcc): relative error below
 * 1.2e-7 for every x, so tails as small as 1e-12 keep ~7 significant digits
 * (an absolute-error fit such as Abramowitz–Stegun 7.1.26 would not).
 *
 * @example erfc(0) // 1
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/**
 * Standard normal CDF Φ(x) = erfc(−x/√2)/2, relative error < 1.2e-7.
 *
 * @example phi(1.959964) // ≈ 0.975
 */
export function phi(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Normal density, for drawing the score distributions. */
export function density(x: number, d: Normal): number {
  const z = (x - d.mean) / d.sd;
  return Math.exp(-0.5 * z * z) / (d.sd * Math.sqrt(2 * Math.PI));
}

/**
 * False match rate: the share of impostor pairs scoring at or above t.
 * Computed as Φ(−z) rather than 1 − Φ(z) so that tiny rates stay accurate.
 *
 * @example fmr(0.311) // 0.5
 */
export function fmr(t: number, impostor: Normal = IMPOSTOR): number {
  return phi((impostor.mean - t) / impostor.sd);
}

/**
 * False non-match rate: the share of genuine pairs scoring below t.
 *
 * @example fnmr(0.77) // 0.5
 */
export function fnmr(t: number, genuine: Normal = GENUINE): number {
  return phi((t - genuine.mean) / genuine.sd);
}

/** One operating point of a DET curve. */
export interface DetPoint {
  threshold: number;
  fmr: number;
  fnmr: number;
}

/**
 * The DET curve sampled at `n` evenly spaced thresholds from `from` to `to`:
 * FMR falls and FNMR rises as the threshold goes up.
 *
 * @example detPoints(3, 0, 1).map((p) => p.threshold) // [0, 0.5, 1]
 */
export function detPoints(n = 101, from = 0, to = 1, genuine = GENUINE, impostor = IMPOSTOR): DetPoint[] {
  return Array.from({ length: n }, (_, i) => {
    const threshold = n === 1 ? from : from + ((to - from) * i) / (n - 1);
    return { threshold, fmr: fmr(threshold, impostor), fnmr: fnmr(threshold, genuine) };
  });
}
