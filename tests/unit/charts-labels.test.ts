import { describe, expect, it } from 'vitest';
import { formatBillions, formatEurosShort, formatRate, formatYear, regionName } from '../../src/lib/charts/labels';

/** Intl uses (narrow) no-break spaces; compare with plain ones. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('chart labels', () => {
  it('write euros short, with at most three significant digits, per language', () => {
    expect(plain(formatEurosShort(8_908_390, 'fr'))).toBe('8,91 M €');
    expect(formatEurosShort(8_908_390, 'en')).toBe('€8.91m');
    expect(plain(formatEurosShort(248_016, 'fr'))).toBe('248 k €');
    expect(plain(formatEurosShort(0, 'fr'))).toBe('0 €');
  });
  it('write image counts in billions', () => {
    expect(formatBillions(60e9, 'en')).toBe('60');
    expect(formatBillions(2.5e9, 'fr')).toBe('2,5');
  });
  it('write an exchange rate with every digit the source gives', () => {
    expect(plain(formatRate(0.84783, 'GBP', 'fr'))).toBe('0,84783 £GB');
    expect(formatRate(0.84783, 'GBP', 'en')).toBe('£0.84783');
    expect(plain(formatRate(10.08, 'SEK', 'en'))).toBe('SEK 10.08');
  });
  it('name countries in the reader’s language, from ISO 3166 codes', () => {
    expect(regionName('GB', 'fr')).toBe('Royaume-Uni');
    expect(regionName('GB', 'en')).toBe('United Kingdom');
    expect(regionName('US-IL', 'en')).toBe('United States');
    expect(regionName('NL', 'fr')).toBe('Pays-Bas');
  });
  it('write years', () => expect(formatYear(2026, 'fr')).toBe('2026'));
});
