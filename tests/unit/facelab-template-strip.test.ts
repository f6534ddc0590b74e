/**
 * The template strip's geometry (src/lib/facelab/template-strip.ts): cells
 * that tile the width, a fixed diverging scale (the same number, the same
 * colour and height in every strip), clipping at the domain, bad input refused.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, DEFAULT_DOMAIN, stripLayout } from '../../src/lib/facelab/template-strip';

const template = Array.from({ length: 128 }, (_, i) => Math.sin(i * 0.7) * 0.2);

describe('stripLayout', () => {
  it('gives one cell per number, tiling the width with no gap or overlap', () => {
    const s = stripLayout(template, { width: 500, height: 40 });
    expect(s.cells).toHaveLength(128);
    expect(s.cells[0]!.x).toBe(0);
    for (let i = 1; i < 128; i++) expect(s.cells[i]!.x).toBeCloseTo(s.cells[i - 1]!.x + s.cells[i - 1]!.width, 9);
    const last = s.cells[127]!;
    expect(last.x + last.width).toBeCloseTo(500, 9);
    expect(s.cells.every((c) => c.width > 3.8 && c.width < 4.1)).toBe(true);
  });
  it('draws positive values above the middle line and negative ones below, in proportion', () => {
    const s = stripLayout([0.25, 0.125, 0, -0.125, -0.25], { width: 5, height: 40, domain: 0.25 });
    expect(s.cells.map((c) => [c.y, c.height])).toEqual([[0, 20], [10, 10], [20, 0], [20, 10], [20, 20]]);
  });
  it('uses a fixed scale: the same value gets the same band and bar in any template', () => {
    const a = stripLayout([0.1, -0.2, 0.05]);
    const b = stripLayout([0.05, 0.3, 0.1, -0.2]);
    expect(a.cells[0]!.band).toBe(b.cells[2]!.band);
    expect(a.cells[0]!.height).toBe(b.cells[2]!.height);
    expect(a.cells[1]!.band).toBe(b.cells[3]!.band);
    expect(a.domain).toBe(DEFAULT_DOMAIN);
  });
  it('clips a value beyond the domain at the edge, and says so', () => {
    const s = stripLayout([1, -1, 0.1], { height: 10, domain: 0.25, bands: 9 });
    expect(s.cells.map((c) => c.clipped)).toEqual([true, true, false]);
    expect(s.cells[0]!.height).toBe(5);
    expect([s.cells[0]!.band, s.cells[1]!.band]).toEqual([8, 0]);
  });
  it('rejects NaN or infinite values, an even band count and sizes that mean nothing', () => {
    expect(() => stripLayout([0, NaN])).toThrow(/value 1 is NaN/);
    expect(() => stripLayout([Infinity])).toThrow(RangeError);
    expect(() => stripLayout([0], { bands: 8 })).toThrow(/odd/);
    expect(() => stripLayout([0], { width: 0 })).toThrow(RangeError);
    expect(() => stripLayout([0], { domain: -1 })).toThrow(RangeError);
  });
  it('lays out an empty template as an empty strip', () => {
    expect(stripLayout([]).cells).toEqual([]);
  });
});

describe('bandOf', () => {
  it('splits [−domain, domain] into equal bands, the middle one centred on 0', () => {
    const bands = [-0.25, -0.2, -0.15, -0.05, 0, 0.05, 0.15, 0.2, 0.2499].map((v) => bandOf(v, 0.25, 9));
    expect(bands).toEqual([0, 0, 1, 3, 4, 5, 7, 8, 8]);
    expect(bandOf(0.027, 0.25, 9)).toBe(4);
    expect(bandOf(-0.027, 0.25, 9)).toBe(4);
  });
  it('is symmetric around 0 for values off the band edges', () => {
    for (const v of [0.01, 0.07, 0.13, 0.19, 0.24]) expect(bandOf(v, 0.25, 9) + bandOf(-v, 0.25, 9)).toBe(8);
  });
});
