/**
 * The face lab's synthetic gallery: N templates of 128 numbers that belong
 * to nobody, drawn from a seeded generator, so that the same template and
 * the same seed give the same bytes in every browser run, build and test.
 * No face image is involved: what is modelled is how far face-api's
 * templates of *other people* lie from a reader's template, not any face.
 *
 *   const g = generateGallery(probe, 100_000);    // Float32Array(12_800_000)
 *   searchGallery(probe, g).under                 // ≈ 560 "matches" at 0.6: see METHODS
 *
 * METHODS (quoted by the lab page's methods note)
 *
 * The network. face-api's recognition net is dlib's ResNet face model
 * (the package's TUTORIAL.md: "equivalent to … the net used in the dlib face
 * recognition example", weights by Davis King, 99.38 % on LFW). dlib's
 * example (python_examples/face_recognition.py) states the rule: two faces
 * nearer than 0.6 (Euclidean) are taken for the same person — the threshold
 * face-api's FaceMatcher uses too. A 1:N search returns strangers according
 * to the distances between a probe and other people's templates (impostor
 * distances), above all their lower tail.
 *
 * The impostor distances. Jack Grimes measured dlib's model (through the
 * face_recognition package) on all 81,875,206 pairs of 12,797 LFW images of
 * 5,467 people and published precision and recall per cutoff
 * (https://jackgrimes.net/projects/face_recognition): 0.98 and 0.59 at
 * 0.45; 0.91 and 0.84 at 0.50; 0.71 and 0.96 at 0.55; 0.34 and 0.99 at
 * 0.60. With about 240,000 same-person pairs among them (our estimate from
 * LFW's images per person; the page does not say), the false match rate is
 * about 3.5e-5 at 0.45, 2.4e-4 at 0.50, 1.2e-3 at 0.55 and 5.6e-3 at 0.60. A
 * normal law of mean 0.87 and standard deviation 0.106 (IMPOSTOR) gives
 * 3.7e-5, 2.5e-4, 1.3e-3 and 5.6e-3 at the same cutoffs. These are
 * estimates from figures rounded to two digits: good to a factor of about
 * 1.5; below 0.45 the normal tail is an extrapolation.
 *
 * Why the gallery is drawn around the reader's template. A fixed cloud of
 * random vectors, the same for every probe, reproduces the mean and spread
 * of those distances but not their lower tail: a sum of 128 independent
 * terms has almost no values four standard deviations below its mean,
 * where real look-alikes are (we tried isotropic and low-dimensional clouds
 * of the right mean and spread: at 0.6 they gave a false match rate of 0 to
 * 1.3e-3 instead of 5.6e-3, depending on the spectrum and the probe). So each synthetic template j is placed
 * directly: a distance d_j drawn from IMPOSTOR, a direction drawn at random,
 * and the point at distance d_j from the probe p, in that direction, on the
 * sphere of the probe's own length ‖p‖ (so a synthetic template is as long
 * as a real one): t_j = a p/‖p‖ + b u_j with u_j ⟂ p a unit vector,
 * a = ‖p‖ − d_j² / (2‖p‖), b = √(‖p‖² − a²). A distance the sphere cannot
 * hold (d_j ≥ 2‖p‖) is drawn again. The search then finds, among N
 * strangers, the matches N × FMR predicts — the chapter's own model
 * (src/lib/biometrics/gallery.ts) — and a nearest stranger always.
 *
 * What it is not. A gallery of strangers' distances, not of faces: its
 * templates are nobody, and are meaningful only for the probe they were
 * drawn around. It says how many strangers a dlib-class model confuses
 * with you at a threshold, not who.
 *
 * Measured (scripts/facelab-smoke.mjs, face-api 1.7.15, tiny face detector
 * and tiny landmarks, headless Chromium 156 on SwiftShader WebGL, on
 * public/lab/astronaut.jpg): one face (score 0.973), 128 numbers, length
 * 1.457 (mean −0.014, sd 0.128, from −0.298 to 0.405); the same photo twice,
 * distance 0; a crop, 0.0075; the mirrored photo, 0.195; in a side-by-side
 * pair, 0.076 and 0.223. So templates are far from unit length, and the
 * sphere of the probe's length (1.457) holds every impostor distance up to
 * 2.9: no draw is ever refused for a real template.
 *
 * The seed comes from the probe's own bytes (probeSeed), so the same photo
 * meets the same strangers and another photo others. Each template has its
 * own random stream (mulberry32 seeded by a hash of the seed and its
 * index), so that any slice can be drawn alone (between frames, in a
 * worker) and the whole is the same whatever the slicing.
 */
import { TEMPLATE_DIM } from './search';

/** The impostor distance law the gallery reproduces (see METHODS). */
export const IMPOSTOR = { mean: 0.87, sd: 0.106 } as const;

/** Mixed into every probe's seed (probeSeed): any 32-bit integer gives other, equally valid galleries. */
export const DEFAULT_SEED = 0x5eedf00d;

/**
 * mulberry32: a 32-bit seeded generator of uniforms in [0, 1), small, fast
 * and the same on every JavaScript engine (integer arithmetic only).
 *
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 32-bit seed of template `index`'s stream: murmur3's finaliser over seed and index. */
export function templateSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One standard normal number (Box–Muller, the cosine half). Math.log and
 * Math.cos may round differently in a double's last bit from one engine to
 * another; after rounding to float32 that almost never shows.
 */
export function normal(uniform: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * The default seed for a probe: FNV-1a over its numbers as float32 bytes,
 * mixed with DEFAULT_SEED. The same template always meets the same
 * strangers; another photo meets others (with one fixed seed, every reader
 * would see the very same ten nearest distances).
 *
 * @example probeSeed(new Float32Array(128).fill(0.1)) === probeSeed(new Float32Array(128).fill(0.1)) // true
 */
export function probeSeed(probe: ArrayLike<number>): number {
  const bytes = new Uint8Array(Float32Array.from(probe).buffer);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h ^ DEFAULT_SEED) >>> 0;
}

export interface GalleryOptions {
  /** The gallery's seed (default probeSeed(probe)). */
  seed?: number;
  /** The distance law (default IMPOSTOR). */
  law?: { mean: number; sd: number };
}

/** Throws unless the probe is a usable template: finite, of a positive length. */
function probeNorm(probe: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < probe.length; i++) {
    const v = probe[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`generateGallery: probe value ${i} is ${v}, not a finite number`);
    s += v * v;
  }
  if (!(s > 0)) throw new RangeError('generateGallery: the probe is all zeros');
  return Math.sqrt(s);
}

/**
 * Writes templates [from, from + count) of the gallery drawn around `probe`
 * into `out` (which holds the whole gallery, `dim` numbers per template).
 * Calling it slice by slice gives the same bytes as generateGallery.
 */
export function fillGallery(probe: ArrayLike<number>, out: Float32Array, from: number, count: number, options: GalleryOptions = {}): void {
  const dim = probe.length;
  const seed = options.seed ?? probeSeed(probe);
  const law = options.law ?? IMPOSTOR;
  if (dim < 2) throw new RangeError('generateGallery: the probe needs at least two numbers');
  if (!Number.isInteger(from) || !Number.isInteger(count) || from < 0 || count < 0 || (from + count) * dim > out.length) {
    throw new RangeError(`generateGallery: templates ${from}…${from + count} do not fit in ${out.length / dim}`);
  }
  if (!(law.sd >= 0) || !(law.mean > 0)) throw new RangeError('generateGallery: the law needs a positive mean and sd ≥ 0');
  const r = probeNorm(probe);
  const unit = Float64Array.from(probe, (v) => v / r);
  const u = new Float64Array(dim);

  for (let j = from; j < from + count; j++) {
    // mulberry32, inlined: the same numbers as mulberry32(templateSeed(seed, j)), without a call per number.
    let state = templateSeed(seed, j);
    const uniform = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let x = state;
      x = Math.imul(x ^ (x >>> 15), x | 1);
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    // The distance: from the law, inside what a sphere of radius r can hold around a point on it.
    let d = law.mean + law.sd * normal(uniform);
    for (let tries = 0; !(d > 0 && d < 2 * r) && tries < 16; tries++) d = law.mean + law.sd * normal(uniform);
    if (!(d > 0 && d < 2 * r)) d = Math.min(Math.max(d, 1e-6), 2 * r * (1 - 1e-9));
    // The direction: any unit vector orthogonal to the probe. Its exact law does not change
    // the distance, so uniforms centred on 0 do (cheaper than 128 normals).
    let dot = 0;
    for (let k = 0; k < dim; k++) {
      u[k] = uniform() - 0.5;
      dot += u[k]! * unit[k]!;
    }
    let len = 0;
    for (let k = 0; k < dim; k++) {
      u[k]! -= dot * unit[k]!;
      len += u[k]! * u[k]!;
    }
    len = Math.sqrt(len);
    const a = r - (d * d) / (2 * r);
    const b = Math.sqrt(Math.max(0, r * r - a * a)) / len;
    const off = j * dim;
    for (let k = 0; k < dim; k++) out[off + k] = a * unit[k]! + b * u[k]!;
  }
}

/**
 * N synthetic templates drawn around `probe` (a reader's template, 128
 * numbers), end to end in one Float32Array: template j is
 * `subarray(j * 128, (j + 1) * 128)`. Same probe, seed and law: same bytes.
 *
 * @example generateGallery(probe, 2).length // 256
 */
export function generateGallery(probe: ArrayLike<number>, n: number, options: GalleryOptions = {}): Float32Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`generateGallery: n must be a whole number ≥ 0, got ${n}`);
  if (probe.length !== TEMPLATE_DIM) throw new RangeError(`generateGallery: the probe has ${probe.length} numbers, expected ${TEMPLATE_DIM}`);
  const out = new Float32Array(n * TEMPLATE_DIM);
  fillGallery(probe, out, 0, n, options);
  return out;
}

/**
 * The share of the law's distances under a threshold: the false match rate
 * the gallery is drawn to have (normal CDF, Abramowitz–Stegun 7.1.26 erf,
 * |error| < 1.5e-7).
 *
 * @example expectedFmr(0.6) // ≈ 0.0054
 */
export function expectedFmr(threshold: number, law: { mean: number; sd: number } = IMPOSTOR): number {
  const x = (threshold - law.mean) / (law.sd * Math.SQRT2);
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return 0.5 * (1 + (x >= 0 ? y : -y));
}
