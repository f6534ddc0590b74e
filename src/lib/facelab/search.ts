/**
 * The face lab's comparisons, as Clearview's search does them in principle:
 * 1:1, the Euclidean distance between two templates; 1:N, the probe
 * compared with every template of a gallery, brute force, keeping the k
 * nearest. No index, no approximation: at 100,000 templates of 128 numbers
 * that is 12.8 million multiply-adds, a few tens of milliseconds.
 *
 *   const gallery = new Float32Array(3 * 128);        // three templates, end to end
 *   const r = searchGallery(probe, gallery, { k: 10, threshold: 0.6 });
 *   r.top[0]                                          // { index: 2, distance: 0.93 }: always someone
 *   r.under                                           // how many are nearer than 0.6
 *
 * "Under the threshold" is strict (distance < threshold), as face-api's
 * FaceMatcher decides a match. Distances are compared squared, in doubles,
 * and the square root taken only for the k kept; equal distances keep
 * gallery order (the lower index first), so the result is deterministic.
 */

/** The length of a face-api recognition-net template. */
export const TEMPLATE_DIM = 128;

/** face-api's FaceMatcher default: a pair nearer than this is called the same person. */
export const DEFAULT_THRESHOLD = 0.6;

/** How many nearest templates the lab lists. */
export const DEFAULT_K = 10;

export interface Hit {
  /** The template's position in the gallery (0-based). */
  index: number;
  /** Euclidean distance to the probe. */
  distance: number;
}

export interface SearchResult {
  /** The k nearest, nearest first (fewer when the gallery is smaller); ties by index. */
  top: Hit[];
  /** How many gallery templates lie strictly nearer than the threshold. */
  under: number;
  /** How many templates were compared. */
  compared: number;
}

export interface SearchOptions {
  /** How many nearest to keep; a positive integer (default 10). */
  k?: number;
  /** The match threshold (default 0.6); a finite number ≥ 0. */
  threshold?: number;
  /** Template length (default 128). */
  dim?: number;
}

/** Throws a RangeError unless every value is a finite number. */
function assertFinite(v: ArrayLike<number>, what: string): void {
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new RangeError(`${what}: value ${i} is ${v[i]}, not a finite number`);
  }
}

/**
 * 1:1: the Euclidean distance between two templates of the same length.
 * Rejects a length mismatch and any NaN or infinite value (a broken
 * template must not quietly look like a match or a non-match).
 *
 * @example distance([0, 0], [3, 4]) // 5
 */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`distance: lengths differ (${a.length} and ${b.length})`);
  assertFinite(a, 'distance');
  assertFinite(b, 'distance');
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    s += d * d;
  }
  return Math.sqrt(s);
}

/**
 * 1:N: the probe against every template of `gallery` (N templates of
 * `dim` numbers, end to end). Returns the k nearest, sorted, and how many
 * fall under the threshold. A gallery template holding NaN is never
 * returned nor counted (its distance compares false with everything);
 * the probe itself must be finite.
 *
 * @example searchGallery([0, 0], new Float32Array([3, 4, 1, 0]), { dim: 2, k: 1, threshold: 2 })
 *   // { top: [{ index: 1, distance: 1 }], under: 1, compared: 2 }
 */
export function searchGallery(probe: ArrayLike<number>, gallery: Float32Array, options: SearchOptions = {}): SearchResult {
  const dim = options.dim ?? TEMPLATE_DIM;
  const k = options.k ?? DEFAULT_K;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(dim) || dim < 1) throw new RangeError(`searchGallery: dim must be a positive integer, got ${dim}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`searchGallery: k must be a positive integer, got ${k}`);
  if (!Number.isFinite(threshold) || threshold < 0) throw new RangeError(`searchGallery: threshold must be a finite number ≥ 0, got ${threshold}`);
  if (probe.length !== dim) throw new RangeError(`searchGallery: the probe has ${probe.length} values, expected ${dim}`);
  if (gallery.length % dim !== 0) throw new RangeError(`searchGallery: the gallery's ${gallery.length} values are not a whole number of ${dim}-value templates`);
  assertFinite(probe, 'searchGallery: probe');

  const n = gallery.length / dim;
  const t2 = threshold * threshold;
  const p = Float64Array.from(probe);
  // The k best so far, sorted by squared distance then index: parallel arrays, insertion sort.
  const keep = Math.min(k, n);
  const bestD = new Float64Array(keep);
  const bestI = new Int32Array(keep);
  let filled = 0;
  let under = 0;

  for (let j = 0, off = 0; j < n; j++, off += dim) {
    let s = 0;
    for (let i = 0; i < dim; i++) {
      const d = gallery[off + i]! - p[i]!;
      s += d * d;
    }
    if (s < t2) under++;
    // Strictly nearer than the worst kept: an equal distance at a later index loses the tie.
    if (filled < keep || s < bestD[filled - 1]!) {
      if (!(s === s)) continue; // NaN
      let at = filled < keep ? filled++ : keep - 1;
      while (at > 0 && bestD[at - 1]! > s) {
        bestD[at] = bestD[at - 1]!;
        bestI[at] = bestI[at - 1]!;
        at--;
      }
      bestD[at] = s;
      bestI[at] = j;
    }
  }

  const top: Hit[] = [];
  for (let i = 0; i < filled; i++) top.push({ index: bestI[i]!, distance: Math.sqrt(bestD[i]!) });
  return { top, under, compared: n };
}
