/**
 * One-to-many search: a probe face compared with every face of a gallery of
 * N people, each comparison wrongly matching with probability FMR.
 *
 * Expected false matches per search is N × FMR; the chance of at least one is
 * 1 − (1 − FMR)^N, computed as −expm1(N · log1p(−FMR)) because the naive form
 * rounds (1 − 1e-10) and loses everything at N = 6e10.
 *
 * @example
 *   expectedFalseMatches(6e10, 1e-10) // 6
 *   probAtLeastOne(6e10, 1e-10)       // ≈ 0.99752 (1 − e^−6)
 */

/** The gallery sizes Clearview AI has claimed over time (company claims, not audited). */
export const CLAIMED_SIZES = [3e9, 1e10, 2e10, 3e10, 5e10, 6e10] as const;

/** The largest gallery of the calculator: 60 billion faces. */
export const MAX_GALLERY = 6e10;

/** The false match rates offered: 1e-3 … 1e-10. */
export const FMR_CHOICES = [1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10] as const;

/**
 * N × FMR, the mean number of innocent people returned per search.
 *
 * @example expectedFalseMatches(3e9, 1e-6) // 3000
 */
export function expectedFalseMatches(gallery: number, fmr: number): number {
  return gallery * fmr;
}

/**
 * P(at least one false match) = 1 − (1 − FMR)^N, stable for tiny FMR and
 * huge N; always within [0, 1].
 *
 * @example probAtLeastOne(1e6, 1e-6) // ≈ 0.632
 */
export function probAtLeastOne(gallery: number, fmr: number): number {
  if (!(gallery > 0) || !(fmr > 0)) return 0;
  if (fmr >= 1) return 1;
  const p = -Math.expm1(gallery * Math.log1p(-fmr));
  return Math.min(1, Math.max(0, p));
}

/** A gallery size from a slider position over log10 N (0 → 1 face). */
export const galleryFromLog = (x: number): number => Math.round(10 ** x);
