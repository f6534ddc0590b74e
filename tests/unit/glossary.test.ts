import { describe, expect, it } from 'vitest';
import { groupByInitial, initial, sortTerms } from '../../src/lib/glossary';
import { texts } from '../support/localized';

const e = (id: string, fr: string, en: string) => ({ id, term: texts(fr, en) });
const entries = [
  e('a', 'Écran', 'Screen'),
  e('b', 'données', 'Data'),
  e('c', 'Droit', 'Right'),
  e('d', 'Astreinte', 'Periodic penalty payment'),
  e('e', 'Édition', 'Edition'),
  e('f', '« Zèbre »', 'Zebra'),
];

describe('glossary ordering', () => {
  it('sorts French terms with accents and case ignored (« Écran » with E, « données » before « Droit »)', () => {
    expect(sortTerms(entries, 'fr').map((x) => x.term.fr)).toEqual(['Astreinte', 'données', 'Droit', 'Écran', 'Édition', '« Zèbre »']);
  });
  it('sorts the same entries by their English term on the English page', () => {
    expect(sortTerms(entries, 'en').map((x) => x.id)).toEqual(['b', 'e', 'd', 'c', 'a', 'f']);
  });
  it('takes the unaccented initial, skipping quotes, and # for digits', () => {
    expect(initial('Écran')).toBe('E');
    expect(initial('« Zèbre »')).toBe('Z');
    expect(initial('1:N search')).toBe('#');
  });
  it('groups sorted entries under one letter each, in order', () => {
    const groups = groupByInitial(entries, 'fr');
    expect(groups.map((g) => g.letter)).toEqual(['A', 'D', 'E', 'Z']);
    expect(groups.find((g) => g.letter === 'E')!.entries.map((x) => x.id)).toEqual(['a', 'e']);
  });
  it('breaks ties by id, so the order never depends on the file system', () => {
    const twins = [e('z', 'Même', 'Same'), e('y', 'Meme', 'Same')];
    expect(sortTerms(twins, 'en').map((x) => x.id)).toEqual(['y', 'z']);
  });
});
