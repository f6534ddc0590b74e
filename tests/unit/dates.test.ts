import { describe, expect, it } from 'vitest';
import { dated, dateOn, formatDate, formatDay, formatMonth, formatYear } from '../../src/lib/format';
import { strings } from '../../src/i18n';

// One function per precision, in each language; then the phrases whose words
// depend on the precision (issue 14: « publié le janvier 2020 », « 1 octobre 2021 »).
describe('a day', () => {
  it('is written « 1er » on the first of a month in French, and plainly otherwise', () => {
    expect(formatDay('2021-10-01', 'fr')).toBe('1er octobre 2021');
    expect(formatDay('2021-10-02', 'fr')).toBe('2 octobre 2021');
    expect(formatDay('2021-10-11', 'fr')).toBe('11 octobre 2021');
    expect(formatDay('2021-10-21', 'fr')).toBe('21 octobre 2021');
  });
  it('is "1 October 2021" in English (no ordinal suffix in British dates)', () => {
    expect(formatDay('2021-10-01', 'en')).toBe('1 October 2021');
    expect(formatDay('2021-11-26', 'en')).toBe('26 November 2021');
  });
  it('takes its preposition: « le 1er octobre 2021 », "on 1 October 2021"', () => {
    expect(dateOn('2021-10-01', 'fr')).toBe('le 1er octobre 2021');
    expect(dateOn('2021-10-01', 'en')).toBe('on 1 October 2021');
  });
});

describe('a month', () => {
  it('is bare where the template supplies its words', () => {
    expect(formatMonth('2020-01', 'fr')).toBe('janvier 2020');
    expect(formatMonth('2020-01', 'en')).toBe('January 2020');
  });
  it('takes « en » / "in", never « le »', () => {
    expect(dateOn('2020-01', 'fr')).toBe('en janvier 2020');
    expect(dateOn('2020-01', 'en')).toBe('in January 2020');
  });
});

describe('a year', () => {
  it('is the year alone, with « en » / "in" as its preposition', () => {
    expect(formatYear('2020', 'fr')).toBe('2020');
    expect(formatYear('2020', 'en')).toBe('2020');
    expect(dateOn('2020', 'fr')).toBe('en 2020');
    expect(dateOn('2020', 'en')).toBe('in 2020');
  });
});

describe('formatDate', () => {
  it('follows the precision of the string', () => {
    expect(formatDate('2021-10-01', 'fr')).toBe('1er octobre 2021');
    expect(formatDate('2020-01', 'fr')).toBe('janvier 2020');
    expect(formatDate('2020', 'fr')).toBe('2020');
  });
  it('refuses a string that is not a date', () => {
    expect(() => formatDate('01/10/2021', 'fr')).toThrow(/YYYY/);
  });
});

describe('phrases chosen by precision', () => {
  it('writes the publication date of a source as French and English say it', () => {
    expect(dated('source.published', '2021-10-01', 'fr')).toBe('publié le 1er octobre 2021');
    expect(dated('source.published', '2020-01', 'fr')).toBe('publié en janvier 2020');
    expect(dated('source.published', '2020', 'fr')).toBe('publié en 2020');
    expect(dated('source.published', '2020-01', 'en')).toBe('published in January 2020');
    expect(dated('source.published', '2021-10-01', 'en')).toBe('published on 1 October 2021');
  });
  it('writes a fine’s status date « état en novembre 2022 », not « état au novembre 2022 »', () => {
    expect(dated('charts.fines.asOf', '2022-11', 'fr')).toBe('état en novembre 2022');
    expect(dated('charts.fines.asOf', '2022-11-01', 'fr')).toBe('état au 1er novembre 2022');
    expect(dated('charts.fines.decidedOn', '2022', 'fr')).toBe('décision de 2022');
  });
  it('takes the forms from an i18n object too (the breach table’s)', () => {
    expect(dated(strings('charts', 'fr').breach.decided, '2022-07-13', 'fr')).toBe('décision du 13 juillet 2022');
    expect(dated(strings('charts', 'en').breach.decided, '2022-07', 'en')).toBe('decided in July 2022');
  });
  it('fails loudly on a phrase that lacks a precision’s form', () => {
    expect(() => dated('chapter.updated', '2020-01', 'fr')).toThrow(/chapter\.updated\.month/);
  });
  it('has, in every language, a form of each dated phrase for each precision', () => {
    for (const lang of ['fr', 'en'] as const) {
      const ui = strings('ui', lang) as Record<string, string>;
      for (const key of ['date.on', 'source.published', 'charts.fines.decidedOn', 'charts.fines.asOf'])
        for (const p of ['day', 'month', 'year']) expect(ui[`${key}.${p}`], `${lang} ${key}.${p}`).toMatch(/\{date\}/);
    }
  });
});

describe('the check bites', () => {
  // A planted defect: the old template « publié le {date} » filled with a month,
  // the way the site wrote it before, is caught by the same expectation.
  it('rejects « publié le janvier 2020 »', () => {
    const planted = 'publié le {date}'.replace('{date}', formatMonth('2020-01', 'fr'));
    expect(planted).not.toBe(dated('source.published', '2020-01', 'fr'));
    expect(planted).toMatch(/\ble (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/);
    expect(dated('source.published', '2020-01', 'fr')).not.toMatch(/\ble (janvier|février)/);
  });
});
