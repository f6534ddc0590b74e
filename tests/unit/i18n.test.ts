import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json';
import en from '../../src/i18n/en.json';
import { dictionaryDrift, useT } from '../../src/i18n';
import { chapterSegments, pageSegments } from '../../src/i18n/routes';
import { CHAPTER_IDS } from '../../src/schemas/chapter';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('French and English have exactly the same keys', () => {
    expect(dictionaryDrift(fr, en)).toEqual([]);
  });
  it('detects a key present in one language only', () => {
    expect(dictionaryDrift({ a: '1', b: '2' }, { a: '1' })).toEqual(['b']);
  });
  it('no string is empty and both languages use the same placeholders', () => {
    for (const [k, v] of Object.entries(fr)) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(v), k).toEqual(placeholders((en as Record<string, string>)[k]!));
    }
  });
  it('has a title for every chapter of the course, in both languages', () => {
    for (const id of CHAPTER_IDS) {
      expect(useT('fr')(`chapter.${id}.title`)).toBeTruthy();
      expect(useT('en')(`chapter.${id}.title`)).toBeTruthy();
    }
  });
  it('fills placeholders', () => {
    expect(useT('fr')('chapter.label', { n: 2 })).toBe('Chapitre 2');
    expect(useT('en')('chapter.label', { n: 2 })).toBe('Chapter 2');
  });
});

describe('routes', () => {
  it('gives every chapter a distinct path segment in each language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const segs = [...Object.values(chapterSegments), ...Object.values(pageSegments)].map((s) => s[lang]);
      expect(new Set(segs).size).toBe(segs.length);
      for (const s of segs) expect(s).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
