import { describe, expect, it } from 'vitest';
import { countWords, formatAmount, formatDate, readingMinutes } from '../../src/lib/format';

describe('formatDate', () => {
  it('formats a day in each language without shifting it across time zones', () => {
    expect(formatDate('2021-11-26', 'fr')).toBe('26 novembre 2021');
    expect(formatDate('2021-11-26', 'en')).toBe('26 November 2021');
    expect(formatDate('2022-01-01', 'en')).toBe('1 January 2022');
  });
  it('keeps the precision of a month or a year', () => {
    expect(formatDate('2020-05', 'fr')).toBe('mai 2020');
    expect(formatDate('2020-05', 'en')).toBe('May 2020');
    expect(formatDate('2017', 'fr')).toBe('2017');
  });
});

describe('formatAmount', () => {
  it('writes amounts in their own currency with the reader’s conventions', () => {
    expect(formatAmount({ value: 7_552_800, currency: 'GBP' }, 'en')).toBe('£7,552,800');
    expect(formatAmount({ value: 20_000_000, currency: 'EUR' }, 'fr').replace(/\s/g, ' ')).toBe('20 000 000 €');
  });
});

describe('reading time', () => {
  it('counts words but not MDX tags', () => {
    expect(countWords('Hello <Cite id="x" /> world, l’affaire.')).toBe(3);
    expect(readingMinutes('word '.repeat(401))).toBe(3);
  });
});
