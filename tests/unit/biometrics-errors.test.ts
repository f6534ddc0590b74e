import { describe, expect, it } from 'vitest';
import { detPoints, erfc, fmr, fnmr, GENUINE, IMPOSTOR, phi } from '../../src/lib/biometrics/errors';
import { detPath, detXY, errorAreas, scoreX } from '../../src/lib/biometrics/threshold-chart';

describe('phi, the standard normal CDF', () => {
  // Reference values (R: pnorm), to 10 significant digits.
  const known: [number, number][] = [
    [0, 0.5],
    [1, 0.8413447461],
    [1.959963985, 0.975],
    [-1, 0.1586552539],
    [-3.090232306, 0.001],
    [-4.753424309, 1e-6],
    [-6.361340902, 1e-10],
    [3, 0.9986501020],
  ];
  it.each(known)('phi(%d) matches the reference to a relative error below 2e-7', (x, p) => {
    expect(Math.abs(phi(x) - p) / p).toBeLessThan(2e-7);
  });
  it('is symmetric: phi(x) + phi(-x) = 1', () => {
    for (const x of [0.1, 0.7, 1.3, 2.9, 4.4]) expect(phi(x) + phi(-x)).toBeCloseTo(1, 12);
  });
  it('stays in [0, 1] and never NaN, even far out', () => {
    for (const x of [-40, -10, 10, 40]) {
      expect(phi(x)).toBeGreaterThanOrEqual(0);
      expect(phi(x)).toBeLessThanOrEqual(1);
    }
    expect(erfc(0)).toBeCloseTo(1, 7);
  });
});

describe('error rates at a threshold', () => {
  it('give FMR 0.1% and FNMR about 3% at the default threshold 0.62', () => {
    expect(fmr(0.62)).toBeCloseTo(0.001, 5);
    expect(fnmr(0.62)).toBeGreaterThan(0.029);
    expect(fnmr(0.62)).toBeLessThan(0.032);
  });
  it('are one half at each distribution mean', () => {
    expect(fmr(IMPOSTOR.mean)).toBeCloseTo(0.5, 7);
    expect(fnmr(GENUINE.mean)).toBeCloseTo(0.5, 7);
  });
  it('move in opposite directions as the threshold rises: FMR falls, FNMR rises', () => {
    const ts = Array.from({ length: 101 }, (_, i) => i / 100);
    for (let i = 1; i < ts.length; i++) {
      expect(fmr(ts[i]!)).toBeLessThan(fmr(ts[i - 1]!));
      expect(fnmr(ts[i]!)).toBeGreaterThan(fnmr(ts[i - 1]!));
    }
  });
});

describe('detPoints', () => {
  it('samples thresholds evenly, ends included', () => {
    expect(detPoints(3, 0, 1).map((p) => p.threshold)).toEqual([0, 0.5, 1]);
    expect(detPoints(5)).toHaveLength(5);
  });
  it('traces a curve where FNMR rises as FMR falls', () => {
    const pts = detPoints(51);
    for (let i = 1; i < pts.length; i++) {
      expect(pts[i]!.fmr).toBeLessThan(pts[i - 1]!.fmr);
      expect(pts[i]!.fnmr).toBeGreaterThan(pts[i - 1]!.fnmr);
    }
  });
  it('holds the same rates as fmr() and fnmr()', () => {
    for (const p of detPoints(11)) {
      expect(p.fmr).toBe(fmr(p.threshold));
      expect(p.fnmr).toBe(fnmr(p.threshold));
    }
  });
});

describe('the threshold chart geometry', () => {
  it('places scores left to right and a lower FMR further left on the DET chart', () => {
    expect(scoreX(0)).toBeLessThan(scoreX(1));
    expect(detXY(1e-3, 0.03)[0]).toBeLessThan(detXY(1e-2, 0.03)[0]);
    expect(detXY(1e-3, 0.03)[1]).toBeLessThan(detXY(1e-3, 0.003)[1]);
  });
  it('clamps rates below the axis to its edge instead of leaving the chart', () => {
    expect(detXY(1e-12, 1e-12)).toEqual(detXY(1e-6, 1e-6));
    expect(detPath()).toMatch(/^M[\d.,L]+$/);
  });
  it('shades the two error areas on either side of the threshold', () => {
    const a = errorAreas(0.62);
    expect(a.fmr).toMatch(new RegExp(`^M${scoreX(0.62)},`));
    expect(a.fnmr).toMatch(/Z$/);
    expect(errorAreas(1).fmr).toBe('');
  });
});
