import { describe, expect, it } from 'vitest';
import { CLAIMED_SIZES, expectedFalseMatches, galleryFromLog, probAtLeastOne } from '../../src/lib/biometrics/gallery';
import { formatCount, formatGallery, formatOdds, formatPercent, formatRate, formatScore } from '../../src/lib/biometrics/bio-format';
import { intlLocale } from '../../src/i18n';

/** The Intl locales the components pass (src/i18n/locales.json). */
const fr = intlLocale.fr;
const en = intlLocale.en;

/** Plain spaces for Intl's (narrow) no-break spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('expectedFalseMatches', () => {
  it('is N × FMR', () => {
    expect(expectedFalseMatches(3e9, 1e-6)).toBeCloseTo(3000, 9);
    expect(expectedFalseMatches(6e10, 1e-10)).toBeCloseTo(6, 12);
    expect(expectedFalseMatches(1, 1e-10)).toBe(1e-10);
  });
});

describe('probAtLeastOne', () => {
  it('matches the closed form 1 − (1 − FMR)^N where that form is exact enough', () => {
    for (const [n, f] of [[10, 0.1], [1000, 1e-3], [1e6, 1e-6], [50, 0.02]] as const) {
      expect(probAtLeastOne(n, f)).toBeCloseTo(1 - (1 - f) ** n, 9);
    }
  });
  it('stays finite and accurate at N = 6e10, FMR = 1e-10: 1 − e^−6', () => {
    const p = probAtLeastOne(6e10, 1e-10);
    expect(Number.isFinite(p)).toBe(true);
    expect(Math.abs(p - (1 - Math.exp(-6)))).toBeLessThan(1e-12);
    expect(p).toBeCloseTo(0.997521, 6);
  });
  it('keeps tiny probabilities: one face at FMR 1e-10 gives 1e-10, not 0', () => {
    expect(probAtLeastOne(1, 1e-10) / 1e-10).toBeCloseTo(1, 9);
    expect(probAtLeastOne(1, 1e-16) / 1e-16).toBeCloseTo(1, 9);
  });
  it('is 1 − e^−1 ≈ 63.2% when N × FMR = 1', () => {
    expect(probAtLeastOne(1e6, 1e-6)).toBeCloseTo(1 - Math.exp(-1), 6);
  });
  it('stays in [0, 1] at every extreme', () => {
    for (const n of [0, 1, 1e3, 6e10, 1e15, 1e300]) {
      for (const f of [0, 1e-300, 1e-10, 1e-3, 0.5, 1]) {
        const p = probAtLeastOne(n, f);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Number.isNaN(p)).toBe(false);
      }
    }
  });
  it('grows with the gallery', () => {
    const ps = CLAIMED_SIZES.map((n) => probAtLeastOne(n, 1e-10));
    for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeGreaterThan(ps[i - 1]!);
  });
});

describe('galleryFromLog', () => {
  it('turns a log10 slider position into a whole number of faces', () => {
    expect(galleryFromLog(0)).toBe(1);
    expect(galleryFromLog(6)).toBe(1e6);
  });
});

describe('the biometrics formatters', () => {
  it('format counts per language', () => {
    expect(plain(formatCount(3000, fr))).toBe('3 000');
    expect(formatCount(3000, en)).toBe('3,000');
    expect(formatCount(6, en)).toBe('6');
    expect(formatCount(0.06, fr)).toBe('0,06');
  });
  it('format probabilities per language, never as a certainty', () => {
    expect(plain(formatPercent(probAtLeastOne(1e6, 1e-6), fr))).toBe('63,2 %');
    expect(formatPercent(probAtLeastOne(1e6, 1e-6), en)).toBe('63.2%');
    expect(formatPercent(1, en)).toBe('> 99.9%');
    expect(formatPercent(0.9975, en)).toBe('99.8%');
    expect(formatPercent(0.9995, en)).toBe('> 99.9%');
    expect(formatPercent(0.001, en)).toBe('0.1%');
    expect(formatPercent(1e-10, en)).toBe('0.00000001%');
  });
  it('format odds, scores, rates and gallery sizes', () => {
    expect(formatOdds(1e-3, en)).toBe('1,000');
    expect(formatScore(0.62, fr)).toBe('0,62');
    expect(formatRate(1e-10)).toBe('10⁻¹⁰');
    expect(formatGallery(6e10, en)).toBe('60 billion');
    expect(formatGallery(6e10, fr)).toBe('60 milliards');
  });
});
