/**
 * The face lab's synthetic gallery (src/lib/facelab/gallery.ts): the same
 * probe and seed give the same bytes, whatever the slicing; every template
 * is as long as the probe; the distances to the probe follow the impostor
 * law of the methods note, so a search over 100,000 finds the false matches
 * N × FMR predicts and always a nearest stranger. Generation time is
 * printed, not asserted.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, expectedFmr, fillGallery, generateGallery, IMPOSTOR, mulberry32, normal, probeSeed, templateSeed } from '../../src/lib/facelab/gallery';
import { distance, searchGallery } from '../../src/lib/facelab/search';

/** A stand-in for a reader's template: 128 seeded numbers scaled to a given length. */
function probeOf(length: number, seed = 1): Float32Array {
  const u = mulberry32(seed);
  const p = Float64Array.from({ length: 128 }, () => normal(u));
  const n = Math.hypot(...p);
  return Float32Array.from(p, (v) => (v / n) * length);
}
const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const sameBytes = (a: Float32Array, b: Float32Array) => bytes(a).equals(bytes(b));

describe('mulberry32', () => {
  it('gives the published sequence for seed 1, in [0, 1)', () => {
    const u = mulberry32(1);
    expect([u(), u(), u()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const v = mulberry32(99);
    for (let i = 0; i < 10_000; i++) {
      const x = v();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
  it('feeds normals of mean 0 and standard deviation 1', () => {
    const u = mulberry32(7);
    const xs = Array.from({ length: 50_000 }, () => normal(u));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });
});

describe('generateGallery', () => {
  const probe = probeOf(0.6);
  it('gives the same bytes for the same probe and seed, other bytes for another seed or probe', () => {
    const a = generateGallery(probe, 500);
    expect(sameBytes(a, generateGallery(Float32Array.from(probe), 500))).toBe(true);
    expect(sameBytes(a, generateGallery(probe, 500, { seed: probeSeed(probe) }))).toBe(true);
    expect(sameBytes(a, generateGallery(probe, 500, { seed: 1 }))).toBe(false);
    expect(sameBytes(a, generateGallery(probeOf(0.6, 2), 500))).toBe(false);
  });
  it('gives the same bytes drawn in slices, in any order, as in one go', () => {
    const whole = generateGallery(probe, 1000);
    const sliced = new Float32Array(1000 * 128);
    for (const [from, count] of [[700, 300], [0, 1], [1, 399], [400, 300]] as const) fillGallery(probe, sliced, from, count);
    expect(sameBytes(whole, sliced)).toBe(true);
    // A bigger gallery begins with the smaller one.
    expect(sameBytes(whole, generateGallery(probe, 1500).subarray(0, 1000 * 128))).toBe(true);
  });
  it('makes every template exactly as long as the probe, and none equal to it', () => {
    const g = generateGallery(probe, 2000);
    for (let j = 0; j < 2000; j++) {
      const t = g.subarray(j * 128, (j + 1) * 128);
      expect(Math.abs(Math.hypot(...t) - 0.6)).toBeLessThan(1e-5);
      expect(distance(t, probe)).toBeGreaterThan(0);
    }
  });
  it('draws the distances to the probe from the impostor law: mean 0.87, standard deviation 0.106', () => {
    const n = 20_000;
    const g = generateGallery(probe, n);
    const ds = Array.from({ length: n }, (_, j) => distance(g.subarray(j * 128, (j + 1) * 128), probe));
    const mean = ds.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(ds.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    expect(Math.abs(mean - IMPOSTOR.mean)).toBeLessThan(0.004);
    expect(Math.abs(sd - IMPOSTOR.sd)).toBeLessThan(0.004);
  });
  it('yields, at 100,000 templates, the false matches N × FMR predicts at 0.5, 0.55 and 0.6, and always a nearest stranger', () => {
    const n = 100_000;
    const t0 = performance.now();
    const g = generateGallery(probe, n);
    const gen = performance.now() - t0;
    const t1 = performance.now();
    const r = searchGallery(probe, g);
    const search = performance.now() - t1;
    const counts = [0.5, 0.55, 0.6].map((threshold) => [threshold, searchGallery(probe, g, { threshold, k: 1 }).under, n * expectedFmr(threshold)] as const);
    console.log(`gallery: ${n} templates (${(g.byteLength / 1e6).toFixed(1)} MB) in ${gen.toFixed(0)} ms; search in ${search.toFixed(0)} ms; nearest ${r.top[0]!.distance.toFixed(3)}; under 0.5/0.55/0.6: ${counts.map(([, c, e]) => `${c} (expected ${e.toFixed(0)})`).join(', ')}`);
    expect(r.top).toHaveLength(10);
    for (let i = 1; i < 10; i++) expect(r.top[i]!.distance).toBeGreaterThanOrEqual(r.top[i - 1]!.distance);
    // Someone is always returned, and at this size the nearest stranger is already a "match".
    expect(r.top[0]!.distance).toBeLessThan(0.6);
    for (const [threshold, count, expected] of counts) {
      // Poisson counts: within five standard deviations of the expectation.
      expect(Math.abs(count - expected), `at ${threshold}`).toBeLessThan(5 * Math.sqrt(expected) + 1);
    }
    expect(r.under).toBe(counts[2]![1]);
  });
  it('holds for a probe of another length, as long as the sphere can hold the distances', () => {
    const g = generateGallery(probeOf(0.9, 3), 50_000);
    const under = searchGallery(probeOf(0.9, 3), g, { k: 1 }).under;
    expect(Math.abs(under - 50_000 * expectedFmr(0.6))).toBeLessThan(5 * Math.sqrt(50_000 * expectedFmr(0.6)));
  });
  it('rejects a probe that is not a template, and sizes that mean nothing', () => {
    const bad = Float32Array.from(probe);
    bad[3] = NaN;
    expect(() => generateGallery(bad, 10)).toThrow(/probe value 3 is NaN/);
    expect(() => generateGallery(new Float32Array(128), 10)).toThrow(/all zeros/);
    expect(() => generateGallery(new Float32Array(64).fill(0.1), 10)).toThrow(/64 numbers, expected 128/);
    expect(() => generateGallery(probe, -1)).toThrow(RangeError);
    expect(() => generateGallery(probe, 1.5)).toThrow(RangeError);
    expect(() => fillGallery(probe, new Float32Array(128 * 4), 3, 2)).toThrow(/do not fit/);
    expect(generateGallery(probe, 0)).toHaveLength(0);
  });
});

describe('seeds', () => {
  it('give each template its own stream, and each probe its own gallery', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, j) => templateSeed(DEFAULT_SEED, j)));
    expect(seeds.size).toBe(10_000);
    expect(probeSeed(probeOf(0.6, 1))).toBe(probeSeed(probeOf(0.6, 1)));
    expect(probeSeed(probeOf(0.6, 1))).not.toBe(probeSeed(probeOf(0.6, 2)));
  });
});

describe('expectedFmr', () => {
  it('is the normal law\'s lower tail: ½ at the mean, 2.5 % at 1.96 standard deviations below', () => {
    expect(expectedFmr(IMPOSTOR.mean)).toBeCloseTo(0.5, 6);
    expect(expectedFmr(IMPOSTOR.mean - 1.959964 * IMPOSTOR.sd)).toBeCloseTo(0.025, 5);
  });
  it('gives the methods note\'s false match rates at 0.45, 0.5, 0.55 and 0.6', () => {
    expect(expectedFmr(0.45)).toBeCloseTo(3.7e-5, 6);
    expect(expectedFmr(0.5)).toBeCloseTo(2.4e-4, 5);
    expect(expectedFmr(0.55)).toBeCloseTo(1.27e-3, 4);
    expect(expectedFmr(0.6)).toBeCloseTo(5.43e-3, 4);
  });
});
