/**
 * The face lab's no-JavaScript walkthrough: its precomputed sample
 * (src/data/facelab-sample.json, written by scripts/facelab-sample.mjs from
 * face-api 1.7.15 in Chromium) is whole and self-consistent, and the pure
 * helpers the component draws it with (src/lib/facelab/walkthrough.ts) give
 * the outlines, verdicts and 1:N search the page states. Gallery time is
 * printed, not asserted.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sample from '../../src/data/facelab-sample.json';
import { FACE_API_VERSION, MODEL_FILES } from '../../src/lib/facelab/models';
import { expectedFmr, generateGallery, probeSeed } from '../../src/lib/facelab/gallery';
import { distance, searchGallery } from '../../src/lib/facelab/search';
import { formatFixed, isMatch, LANDMARK_PARTS, landmarkOutlines, searchSample, templateBytes, walkthrough, WALKTHROUGH_GALLERY, type FacelabSample } from '../../src/lib/facelab/walkthrough';

const s = sample as unknown as FacelabSample;

describe('the precomputed sample (src/data/facelab-sample.json)', () => {
  it('names the pinned face-api, its models and the photo it read, with the photo’s real size', () => {
    expect(s.faceApi).toBe(FACE_API_VERSION);
    expect(s.models).toEqual(MODEL_FILES.map((m) => m.name));
    expect(['webgl', 'cpu', 'wasm']).toContain(s.backend);
    expect(s.photo.bytes).toBe(statSync(s.photo.path).size);
    expect(s.photo.bytes).toBe(55_996);
    expect([s.photo.width, s.photo.height]).toEqual([512, 512]);
  });
  it('has one face, a confident detection inside the photo and an aligned box overlapping it', () => {
    expect(s.faces).toBe(1);
    expect(s.face.score).toBeGreaterThan(0.9);
    expect(s.face.score).toBeLessThanOrEqual(1);
    const { box, alignedBox } = s.face;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(s.photo.width);
    expect(box.y + box.height).toBeLessThanOrEqual(s.photo.height);
    expect(alignedBox).not.toBeNull();
    const overlapX = Math.min(box.x + box.width, alignedBox!.x + alignedBox!.width) - Math.max(box.x, alignedBox!.x);
    expect(overlapX).toBeGreaterThan(box.width / 2);
  });
  it('has 68 landmarks, nearly all within the detection box widened by a quarter', () => {
    const { box, landmarks } = s.face;
    expect(landmarks).toHaveLength(68);
    const m = box.width / 4;
    const inside = landmarks.filter(([x, y]) => x >= box.x - m && x <= box.x + box.width + m && y >= box.y - m && y <= box.y + box.height + m);
    expect(inside.length).toBeGreaterThanOrEqual(64);
    for (const [x, y] of landmarks) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(x >= 0 && x <= s.photo.width && y >= 0 && y <= s.photo.height).toBe(true);
    }
  });
  it('has a template of 128 finite numbers to 6 decimals, whose length is the one recorded', () => {
    expect(s.template).toHaveLength(128);
    for (const v of s.template) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThan(1);
      expect(Math.round(v * 1e6) / 1e6).toBe(v);
    }
    expect(Math.hypot(...s.template)).toBeCloseTo(s.templateNorm, 6);
    // Not unit length: face-api's templates are not normalised (gallery.ts, METHODS).
    expect(s.templateNorm).toBeGreaterThan(1.3);
    expect(s.templateNorm).toBeLessThan(1.6);
  });
  it('has distances in the order the smoke benchmark measured: itself 0, a crop nearer than the mirror, all under 0.6', () => {
    const d = s.distances;
    expect(d.self).toBeCloseTo(0, 6);
    expect(distance(s.template, s.template)).toBe(0);
    expect(d.crop).toBeGreaterThan(d.self);
    expect(d.mirror).toBeGreaterThan(d.crop);
    expect(d.mirror).toBeLessThan(0.6);
  });
  it('is the script’s output, not edited by hand: every line as the script writes it', () => {
    const text = readFileSync('src/data/facelab-sample.json', 'utf8');
    expect(text).toMatch(/^\{\n {2}"generatedBy": "scripts\/facelab-sample\.mjs",\n/);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\d/); // no date: a re-run gives the same file
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('the walkthrough helpers', () => {
  it('call a match only strictly under the threshold', () => {
    expect(isMatch(0.59999)).toBe(true);
    expect(isMatch(0.6)).toBe(false);
    expect(isMatch(0.3, 0.25)).toBe(false);
  });
  it('size a template in float32 bytes: 128 numbers are 512 bytes', () => {
    expect(templateBytes()).toBe(512);
    expect(templateBytes(2)).toBe(8);
  });
  it('cut the 68 landmarks into nine outlines that use every point once', () => {
    const pts = Array.from({ length: 68 }, (_, i) => [i, 2 * i] as [number, number]);
    const o = landmarkOutlines(pts);
    expect(o.map((x) => x.part)).toEqual(LANDMARK_PARTS.map((p) => p.part));
    expect(o.flatMap((x) => x.points.split(' ')).length).toBe(68);
    expect(o[0]!.points.startsWith('0,0 1,2 ')).toBe(true);
    expect(o.find((x) => x.part === 'eyeRight')).toMatchObject({ closed: true, points: '36,72 37,74 38,76 39,78 40,80 41,82' });
    expect(() => landmarkOutlines(pts.slice(1))).toThrow(RangeError);
  });
  it('give the sample’s 1:1 verdicts against 0.6: itself, its mirror and its crop all match', () => {
    const w = walkthrough(s);
    expect(w.checks.map((c) => [c.pair, c.match])).toEqual([['self', true], ['mirror', true], ['crop', true]]);
    expect(w.templateBytes).toBe(512);
    expect(w.outlines).toHaveLength(9);
    // At a stricter threshold the mirror is no longer "the same person".
    expect(walkthrough(s, 0.15).checks.map((c) => c.match)).toEqual([true, false, true]);
  });
  it('search 100,000 strangers drawn around the sample: 10 nearest, sorted, the count N × FMR predicts, the same each time', () => {
    const r = searchSample(s.template);
    console.log(`facelab walkthrough: ${WALKTHROUGH_GALLERY} templates drawn in ${r.generateMs.toFixed(0)} ms, searched in ${r.searchMs.toFixed(0)} ms; ${r.under} under 0.6 (expected ${r.expected.toFixed(0)}); nearest ${r.top.map((h) => h.distance.toFixed(4)).join(', ')}`);
    expect(r.n).toBe(100_000);
    expect(r.top).toHaveLength(10);
    for (let i = 1; i < r.top.length; i++) expect(r.top[i]!.distance).toBeGreaterThanOrEqual(r.top[i - 1]!.distance);
    expect(r.seed).toBe(probeSeed(Float32Array.from(s.template)));
    expect(r.expected).toBeCloseTo(100_000 * expectedFmr(0.6), 6);
    // Poisson: within five standard deviations of the prediction.
    expect(Math.abs(r.under - r.expected)).toBeLessThan(5 * Math.sqrt(r.expected));
    expect(r.top[0]!.distance).toBeLessThan(0.6);
    // Recomputed from scratch (no memo): the same gallery, the same ten.
    const again = searchGallery(Float32Array.from(s.template), generateGallery(Float32Array.from(s.template), 100_000), { k: 10, threshold: 0.6 });
    expect(again.top).toEqual(r.top);
    expect(again.under).toBe(r.under);
    expect(searchSample(s.template)).toBe(r);
  });
});

describe('formatFixed', () => {
  it('writes fixed decimals per locale with a true minus sign', () => {
    expect(formatFixed(-0.0931, 4, 'fr-FR')).toBe('\u22120,0931');
    expect(formatFixed(0.35, 4, 'en-GB')).toBe('0.3500');
    expect(formatFixed(0, 6, 'en-GB')).toBe('0.000000');
  });
});
