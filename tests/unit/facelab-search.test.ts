/**
 * The face lab's 1:1 and 1:N comparisons (src/lib/facelab/search.ts),
 * checked against a naive reference (every distance computed, then the
 * whole list sorted) on seeded random data, and at the edges: ties, k larger
 * than the gallery, an empty gallery, broken input.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/lib/facelab/gallery';
import { DEFAULT_K, DEFAULT_THRESHOLD, distance, searchGallery, TEMPLATE_DIM } from '../../src/lib/facelab/search';

/** Seeded test data: gallery.ts's mulberry32 (another module than the one under test). */
const rng = mulberry32;
const randomGallery = (n: number, dim: number, seed: number, scale = 0.1) => {
  const r = rng(seed);
  return Float32Array.from({ length: n * dim }, () => (r() - 0.5) * 2 * scale);
};

/** The reference: every distance, sorted by distance then index. */
function naive(probe: ArrayLike<number>, gallery: Float32Array, dim: number, k: number, threshold: number) {
  const all: { index: number; distance: number }[] = [];
  for (let j = 0; j < gallery.length / dim; j++) {
    let s = 0;
    for (let i = 0; i < dim; i++) s += (gallery[j * dim + i]! - probe[i]!) ** 2;
    all.push({ index: j, distance: Math.sqrt(s) });
  }
  const sorted = all.filter((h) => !Number.isNaN(h.distance)).sort((a, b) => a.distance - b.distance || a.index - b.index);
  return { top: sorted.slice(0, k), under: all.filter((h) => h.distance < threshold).length, compared: all.length };
}

describe('distance (1:1)', () => {
  it('is the Euclidean distance, 0 for a template and itself', () => {
    expect(distance([0, 0], [3, 4])).toBe(5);
    const t = randomGallery(1, 128, 1);
    expect(distance(t, t)).toBe(0);
    expect(distance(t, Float32Array.from(t, (v) => -v))).toBeCloseTo(2 * Math.hypot(...t), 6);
  });
  it('is symmetric', () => {
    const a = randomGallery(1, 128, 2);
    const b = randomGallery(1, 128, 3);
    expect(distance(a, b)).toBe(distance(b, a));
  });
  it('rejects templates of different lengths, NaN and infinities', () => {
    expect(() => distance([1, 2], [1])).toThrow(RangeError);
    expect(() => distance([1, NaN], [1, 2])).toThrow(/value 1 is NaN/);
    expect(() => distance([1, 2], [Infinity, 2])).toThrow(RangeError);
  });
});

describe('searchGallery (1:N)', () => {
  it('keeps 128 numbers, 10 results and face-api\'s 0.6 as its defaults', () => {
    expect([TEMPLATE_DIM, DEFAULT_K, DEFAULT_THRESHOLD]).toEqual([128, 10, 0.6]);
  });
  it('returns what the naive reference returns, on random galleries of several sizes', () => {
    for (const [n, seed] of [[1, 10], [9, 11], [10, 12], [11, 13], [500, 14], [3000, 15]] as const) {
      const gallery = randomGallery(n, 128, seed);
      const probe = randomGallery(1, 128, seed + 100);
      // A threshold near the median distance, so that "under" is neither 0 nor n.
      const ref = naive(probe, gallery, 128, 10, 0.9);
      const got = searchGallery(probe, gallery, { threshold: 0.9 });
      expect(got.compared).toBe(n);
      expect(got.under).toBe(ref.under);
      expect(got.top.map((h) => h.index)).toEqual(ref.top.map((h) => h.index));
      got.top.forEach((h, i) => expect(h.distance).toBeCloseTo(ref.top[i]!.distance, 12));
      if (n === 3000) { expect(ref.under).toBeGreaterThan(100); expect(ref.under).toBeLessThan(2900); }
    }
  });
  it('sorts the top k nearest first, and always returns someone even when nobody is under the threshold', () => {
    const gallery = randomGallery(2000, 128, 20, 1);
    const r = searchGallery(randomGallery(1, 128, 21, 1), gallery, { threshold: 0.6 });
    expect(r.top).toHaveLength(10);
    for (let i = 1; i < r.top.length; i++) expect(r.top[i]!.distance).toBeGreaterThanOrEqual(r.top[i - 1]!.distance);
    expect(r.under).toBe(0);
    expect(r.top[0]!.distance).toBeGreaterThan(0.6);
  });
  it('breaks ties by gallery order, lower index first, however many tie', () => {
    const dim = 4;
    const t = [0.1, 0.2, 0.3, 0.4];
    // Templates 0, 2, 3 and 5 are the same; 1 and 4 are nearer copies of each other.
    const g = new Float32Array([...t, 0, 0, 0, 0.1, ...t, ...t, 0, 0, 0, 0.1, ...t]);
    const r = searchGallery([0, 0, 0, 0], g, { dim, k: 5, threshold: 1 });
    expect(r.top.map((h) => h.index)).toEqual([1, 4, 0, 2, 3]);
    expect(r.top.map((h) => h.index)).toEqual(naive([0, 0, 0, 0], g, dim, 5, 1).top.map((h) => h.index));
  });
  it('counts under the threshold strictly, as face-api\'s FaceMatcher does', () => {
    const r = searchGallery([0, 0], new Float32Array([3, 4, 0, 5, 1, 0]), { dim: 2, k: 3, threshold: 5 });
    expect(r.under).toBe(1);
    expect(r.top).toEqual([{ index: 2, distance: 1 }, { index: 0, distance: 5 }, { index: 1, distance: 5 }]);
  });
  it('returns the whole gallery, sorted, when k is larger than it', () => {
    const g = randomGallery(3, 128, 30);
    const r = searchGallery(randomGallery(1, 128, 31), g, { k: 10 });
    expect(r.top).toHaveLength(3);
    expect(r.top.map((h) => h.index).sort()).toEqual([0, 1, 2]);
  });
  it('returns nobody from an empty gallery, without failing', () => {
    expect(searchGallery(new Float32Array(128), new Float32Array(0))).toEqual({ top: [], under: 0, compared: 0 });
  });
  it('rejects a probe with NaN or infinity, of the wrong length, or a gallery that is not whole templates', () => {
    const g = randomGallery(2, 128, 40);
    const bad = Float32Array.from(randomGallery(1, 128, 41));
    bad[7] = NaN;
    expect(() => searchGallery(bad, g)).toThrow(/probe: value 7 is NaN/);
    bad[7] = -Infinity;
    expect(() => searchGallery(bad, g)).toThrow(RangeError);
    expect(() => searchGallery(new Float32Array(127), g)).toThrow(/127 values, expected 128/);
    expect(() => searchGallery(new Float32Array(128), g.subarray(1))).toThrow(/not a whole number/);
  });
  it('rejects k or a threshold that mean nothing', () => {
    const g = randomGallery(2, 128, 50);
    const p = randomGallery(1, 128, 51);
    for (const k of [0, -1, 2.5, NaN]) expect(() => searchGallery(p, g, { k }), String(k)).toThrow(RangeError);
    for (const threshold of [-0.1, NaN, Infinity]) expect(() => searchGallery(p, g, { threshold }), String(threshold)).toThrow(RangeError);
  });
  it('never returns nor counts a gallery template that holds NaN', () => {
    const g = randomGallery(4, 128, 60);
    g[128 + 5] = NaN; // template 1
    const probe = g.slice(128, 256);
    probe[5] = 0;
    const r = searchGallery(probe, g, { k: 4, threshold: 100 });
    expect(r.top.map((h) => h.index)).not.toContain(1);
    expect(r.top).toHaveLength(3);
    expect(r.under).toBe(3);
  });
});
