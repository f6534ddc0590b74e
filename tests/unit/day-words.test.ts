/**
 * The browser's dates: <vp-progress>, <vp-results> and the letter's date
 * (compose.ts, bundled by <vp-letter>) write days with dayWords() and the
 * Intl tag and first-day word the server puts in their data-* attributes
 * (dayWordsOf, the letter's WORDING), so the first of a month reads
 * « 1er décembre » in the browser as on the server, never Intl's « 1 décembre ».
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayWords } from '../../src/lib/day-words';
import { dayWordsOf, formatDay } from '../../src/lib/format';
import { letterDate } from '../../src/lib/letters/compose';
import { WORDING } from '../../src/lib/letters/letter';

// What an element gets: the server's attribute, parsed back from its JSON.
const fromPage = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('dates written in the browser', () => {
  const first = Date.UTC(2026, 11, 1);
  const utc = (lang: 'fr' | 'en', dateStyle: 'long' | 'medium') => {
    const { tag, firstDay } = fromPage(dayWordsOf(lang));
    return dayWords(new Intl.DateTimeFormat(tag, { dateStyle, timeZone: 'UTC' }), first, firstDay);
  };

  it('write the first of a month « 1er » in French and "1" in English, as formatDay does', () => {
    expect(utc('fr', 'long')).toBe('1er décembre 2026');
    expect(utc('en', 'long')).toBe('1 December 2026');
    expect(utc('fr', 'long')).toBe(formatDay('2026-12-01', 'fr'));
    expect(utc('en', 'long')).toBe(formatDay('2026-12-01', 'en'));
  });

  it('write « 1er » in the short form of the progress table too', () => {
    expect(utc('fr', 'medium')).toBe('1er déc. 2026');
    expect(utc('en', 'medium')).toBe('1 Dec 2026');
  });

  it('leave every other day as Intl writes it (the 10th, the 11th, the 31st)', () => {
    const f = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
    expect(['2026-12-10', '2026-12-11', '2026-12-31'].map((d) => dayWords(f, Date.parse(`${d}T00:00:00Z`), '1er')))
      .toEqual(['10 décembre 2026', '11 décembre 2026', '31 décembre 2026']);
  });

  it('date a letter of the 1st « 1er » in French, with the words the page ships', () => {
    expect(letterDate('2026-12-01', fromPage(WORDING.fr))).toBe('1er décembre 2026');
    expect(letterDate('2026-12-01T23:30:00Z', fromPage(WORDING.en))).toBe('1 December 2026');
  });

  it('are all written through dayWords, not by Intl alone', () => {
    for (const file of ['src/components/progress/vp-progress.ts', 'src/components/results/vp-results.ts', 'src/lib/letters/compose.ts']) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).toMatch(/dayWords\(/);
      expect(code, file).not.toMatch(/DateTimeFormat\([^)]*\)\.format\(|#(?:date|short)\.format\(|toLocaleDateString/);
    }
  });
});
