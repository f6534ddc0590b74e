import { describe, expect, it } from 'vitest';
import { roundSignificant, toEuros, UnknownCurrencyError, type ExchangeRate } from '../../src/lib/charts/currency';

const rates: ExchangeRate[] = [
  { currency: 'GBP', perEuro: 0.84783, date: '2022-05-23', source: 'ecb-reference-rates-2022-05-23' },
  { currency: 'SEK', perEuro: 10.08, date: '2021-02-10', source: 'ecb-reference-rates-2021-02-10' },
];

describe('toEuros', () => {
  it('leaves an amount in euros as it is, with no rate', () => {
    expect(toEuros({ value: 20_000_000, currency: 'EUR' }, rates)).toEqual({ euros: 20_000_000, rate: undefined });
  });

  it('divides by the ECB quotation (units per euro) and rounds to the whole euro', () => {
    // 7,552,800 / 0.84783 = 8,908,389.6…
    expect(toEuros({ value: 7_552_800, currency: 'GBP' }, rates).euros).toBe(8_908_390);
    // 2,500,000 / 10.08 = 248,015.87…
    expect(toEuros({ value: 2_500_000, currency: 'SEK' }, rates).euros).toBe(248_016);
  });

  it('returns the rate it used, so a page can state its day and source', () => {
    expect(toEuros({ value: 1, currency: 'GBP' }, rates).rate).toEqual(rates[0]);
  });

  it('rounds halves up and never returns cents', () => {
    expect(toEuros({ value: 5, currency: 'SEK' }, [{ ...rates[1]!, perEuro: 2 }]).euros).toBe(3);
    expect(Number.isInteger(toEuros({ value: 1234.56, currency: 'EUR' }, rates).euros)).toBe(true);
  });

  it('throws for a currency without a rate, naming it and the file to fix', () => {
    expect(() => toEuros({ value: 51_750_000, currency: 'USD' }, rates)).toThrow(UnknownCurrencyError);
    expect(() => toEuros({ value: 1, currency: 'USD' }, rates)).toThrow(/USD.*content\/charts\/fines\.yaml/);
  });

  it('refuses a negative amount and a rate that is not positive', () => {
    expect(() => toEuros({ value: -1, currency: 'EUR' }, rates)).toThrow(RangeError);
    expect(() => toEuros({ value: 1, currency: 'GBP' }, [{ ...rates[0]!, perEuro: 0 }])).toThrow(RangeError);
  });
});

describe('roundSignificant', () => {
  it('keeps three significant digits by default', () => {
    expect(roundSignificant(8_908_390)).toBe(8_910_000);
    expect(roundSignificant(248_016)).toBe(248_000);
  });
  it('handles small numbers without floating-point residue', () => {
    expect(roundSignificant(0.84783, 2)).toBe(0.85);
    expect(roundSignificant(0.1234)).toBe(0.123);
  });
  it('leaves zero alone', () => expect(roundSignificant(0)).toBe(0));
});
