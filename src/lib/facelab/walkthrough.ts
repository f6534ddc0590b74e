/**
 * The no-JavaScript walkthrough's numbers (src/components/facelab/FaceLab.astro),
 * from the precomputed sample (src/data/facelab-sample.json, written by
 * scripts/facelab-sample.mjs): the landmarks as the face's outlines for an
 * SVG overlay, the 1:1 verdicts, and the 1:N search over a synthetic
 * gallery drawn at build time with gallery.ts and searched with search.ts,
 * exactly as the live lab will do it in the browser.
 *
 *   const w = walkthrough(sample);
 *   w.outlines[0]                 // { part: 'jaw', points: '163.5,101.2 …', closed: false }
 *   w.checks[1]                   // { pair: 'mirror', distance: 0.194726, match: true }
 *   w.search.top[0]               // { index: …, distance: … }: the nearest stranger, always
 *
 * Pure apart from the clock it reads to time the gallery (`ms`), and
 * memoised per template: the French and the English page share one gallery.
 */
import { DEFAULT_SEED, generateGallery, IMPOSTOR, expectedFmr, probeSeed } from './gallery';
import { DEFAULT_K, DEFAULT_THRESHOLD, distance, searchGallery, TEMPLATE_DIM, type Hit } from './search';

/** The parts of the 68-point landmark scheme (iBUG 300-W, as face-api numbers them), first and last index. */
export const LANDMARK_PARTS = [
  { part: 'jaw', from: 0, to: 16, closed: false },
  { part: 'browRight', from: 17, to: 21, closed: false },
  { part: 'browLeft', from: 22, to: 26, closed: false },
  { part: 'noseBridge', from: 27, to: 30, closed: false },
  { part: 'noseBase', from: 31, to: 35, closed: false },
  { part: 'eyeRight', from: 36, to: 41, closed: true },
  { part: 'eyeLeft', from: 42, to: 47, closed: true },
  { part: 'mouthOuter', from: 48, to: 59, closed: true },
  { part: 'mouthInner', from: 60, to: 67, closed: true },
] as const;

export type LandmarkPart = (typeof LANDMARK_PARTS)[number]['part'];

/** The sample as scripts/facelab-sample.mjs writes it (the fields the page reads). */
export interface FacelabSample {
  faceApi: string;
  backend: string;
  models: string[];
  photo: { path: string; bytes: number; width: number; height: number };
  faces: number;
  face: {
    score: number;
    box: Box;
    alignedBox: Box | null;
    landmarks: [number, number][];
  };
  template: number[];
  templateNorm: number;
  distances: { self: number; mirror: number; crop: number };
}

export interface Box { x: number; y: number; width: number; height: number }

export interface Outline {
  part: LandmarkPart;
  /** SVG `points`: "x,y x,y …" in the photo's pixels. */
  points: string;
  closed: boolean;
}

export interface Check {
  /** What the sample is compared with. */
  pair: 'self' | 'mirror' | 'crop';
  distance: number;
  /** Strictly under the threshold, as face-api's FaceMatcher decides. */
  match: boolean;
}

export interface GallerySearch {
  /** Templates in the gallery. */
  n: number;
  /** The seed the gallery was drawn with (probeSeed of the template: see gallery.ts). */
  seed: number;
  /** DEFAULT_SEED, mixed into it. */
  baseSeed: number;
  law: { mean: number; sd: number };
  threshold: number;
  top: Hit[];
  /** How many of the n lie strictly under the threshold. */
  under: number;
  /** What the law predicts: n × FMR(threshold). */
  expected: number;
  /** Milliseconds to draw the gallery and to search it, on the build machine. */
  generateMs: number;
  searchMs: number;
}

export interface Walkthrough {
  outlines: Outline[];
  checks: Check[];
  /** 128 float32: 512 bytes. */
  templateBytes: number;
  search: GallerySearch;
}

/** Is a pair nearer than the threshold a match? Strict, like search.ts and FaceMatcher. @example isMatch(0.6, 0.6) // false */
export function isMatch(d: number, threshold = DEFAULT_THRESHOLD): boolean {
  return d < threshold;
}

/**
 * The 68 landmarks as nine outlines (jaw, brows, nose, eyes, lips), one SVG
 * polyline or polygon each. Throws unless there are exactly 68 points.
 *
 * @example landmarkOutlines(points)[5] // { part: 'eyeRight', points: '…', closed: true }
 */
export function landmarkOutlines(points: readonly (readonly [number, number])[]): Outline[] {
  if (points.length !== 68) throw new RangeError(`landmarkOutlines: expected 68 points, got ${points.length}`);
  return LANDMARK_PARTS.map(({ part, from, to, closed }) => ({
    part,
    points: points.slice(from, to + 1).map(([x, y]) => `${x},${y}`).join(' '),
    closed,
  }));
}

/** The number of bytes of a template stored as float32. @example templateBytes(128) // 512 */
export function templateBytes(dim = TEMPLATE_DIM): number {
  return dim * Float32Array.BYTES_PER_ELEMENT;
}

/** The gallery the walkthrough searches: 100,000 strangers, the lab's minimum (issue 15). */
export const WALKTHROUGH_GALLERY = 100_000;

const memo = new Map<string, GallerySearch>();

/**
 * 1:N on the sample: a gallery of `n` synthetic templates drawn around the
 * template (gallery.ts, its default seed and law), searched by brute force
 * (search.ts) for the k nearest and the count under the threshold.
 */
export function searchSample(template: readonly number[], n = WALKTHROUGH_GALLERY, threshold = DEFAULT_THRESHOLD, k = DEFAULT_K): GallerySearch {
  const key = `${n}|${threshold}|${k}|${template.join(',')}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const probe = Float32Array.from(template);
  const seed = probeSeed(probe);
  const t0 = performance.now();
  const gallery = generateGallery(probe, n, { seed });
  const t1 = performance.now();
  const r = searchGallery(probe, gallery, { k, threshold });
  const t2 = performance.now();
  const out: GallerySearch = {
    n, seed, baseSeed: DEFAULT_SEED, law: IMPOSTOR, threshold,
    top: r.top, under: r.under, expected: n * expectedFmr(threshold),
    generateMs: t1 - t0, searchMs: t2 - t1,
  };
  memo.set(key, out);
  return out;
}

/** Everything the walkthrough draws, from the sample. */
export function walkthrough(sample: FacelabSample, threshold = DEFAULT_THRESHOLD): Walkthrough {
  if (sample.template.length !== TEMPLATE_DIM) throw new RangeError(`walkthrough: the sample's template has ${sample.template.length} numbers`);
  const checks = (['self', 'mirror', 'crop'] as const).map((pair) => ({ pair, distance: sample.distances[pair], match: isMatch(sample.distances[pair], threshold) }));
  return {
    outlines: landmarkOutlines(sample.face.landmarks),
    checks,
    templateBytes: templateBytes(sample.template.length),
    search: searchSample(sample.template, WALKTHROUGH_GALLERY, threshold),
  };
}

/**
 * A number with a fixed count of decimals in a page's Intl locale, with a
 * true minus sign (U+2212) so that a column of signed values lines up and
 * reads as "minus": the walkthrough's distances (4) and template values (6).
 *
 * @example formatFixed(-0.0931, 4, 'fr-FR') // '−0,0931'
 */
export function formatFixed(x: number, digits: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x).replace('-', '\u2212');
}

/** Re-exported for the component: 1:1 distance between two templates. */
export { distance };
