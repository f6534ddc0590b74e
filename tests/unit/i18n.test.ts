import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allDictionaryProblems, dictionaries, dictionaryProblems, REAL_LOCALES, REFERENCE, strings, useT, flatten } from '../../src/i18n';
import { LOCALES, PSEUDO_LOCALES, byLocale, sourceLocale } from '../../src/i18n/locales';
import { looksPseudo, pseudo, pseudoDeep } from '../../src/i18n/pseudo';
import { chapterSegments, pageSegments } from '../../src/i18n/routes';
import { localized } from '../../src/schemas/localized';
import { CHAPTER_IDS } from '../../src/schemas/chapter';

describe('UI dictionaries', () => {
  it('every language has the reference language’s files, keys and {slots}, with no empty string', () => {
    expect(allDictionaryProblems()).toEqual([]);
    for (const lang of REAL_LOCALES) {
      expect(readdirSync(`src/i18n/${lang}`).sort(), lang).toEqual(readdirSync(`src/i18n/${REFERENCE}`).sort());
    }
  });
  it('reports a missing key, an extra key, an empty string, another shape and other slots', () => {
    const ref = { a: { b: 'Chapter {n}', c: 'x' }, list: ['one'], d: 'y' };
    const other = { a: { b: 'Chapitre {m}', c: ' ' }, list: 'un', e: 'z' };
    expect(dictionaryProblems(ref, other, 'xx').sort()).toEqual([
      'xx: a.b has slots {m}, en has {n}',
      'xx: a.c is empty',
      'xx: extra e (not in en)',
      'xx: list is not of the same kind as in en',
      'xx: missing d',
    ]);
  });
  it('has a title for every chapter of the course, in every language', () => {
    for (const lang of LOCALES) for (const id of CHAPTER_IDS) expect(useT(lang)(`chapter.${id}.title`)).toBeTruthy();
  });
  it('fills placeholders', () => {
    expect(useT('fr')('chapter.label', { n: 2 })).toBe('Chapitre 2');
    expect(useT('en')('chapter.label', { n: 2 })).toBe('Chapter 2');
  });
  it('gives every area as its JSON file', () => {
    expect(strings('ui', 'fr')).toBe(dictionaries.fr.ui);
    expect(Object.keys(flatten(dictionaries.en)).length).toBeGreaterThan(300);
  });
});

describe('the pseudo-locale', () => {
  it('turns every ASCII letter into a look-alike and brackets the string, keeping {slots} and entities', () => {
    expect(pseudo('Chapter {n}')).toBe('[Çĥàƥţéŕ {n}]');
    expect(pseudo('Q&amp;A {title}')).toBe('[Ɋ&amp;À {title}]');
    expect(looksPseudo(pseudo('The quick brown fox jumps over the lazy dog, THE QUICK BROWN FOX'))).toBe(true);
    expect(looksPseudo('[Çĥàƥţéŕ] plain')).toBe(false);
    expect(pseudo('  ')).toBe('  ');
  });
  it('transforms every string of a nested value and no key', () => {
    expect(pseudoDeep({ a: 'Yes', b: ['No'], n: 3 })).toEqual({ a: '[Ýéš]', b: ['[Ñö]'], n: 3 });
  });
  it('is made from its source language, and content strings gain it only in the pseudo build', () => {
    for (const p of PSEUDO_LOCALES) {
      expect(sourceLocale(p)).toBe('en');
      expect(strings('ui', p)['site.name']).toBe(pseudo(strings('ui', 'en')['site.name']));
      // URL segments stay the source's: a pseudo page lives at readable addresses.
      expect(strings('routes', p)).toEqual(strings('routes', 'en'));
    }
    expect(Object.keys(localized.parse({ fr: 'Amende', en: 'Fine' }))).toEqual([...LOCALES]);
  });
  it('byLocale maps the languages of the build, in order', () => {
    expect(Object.keys(byLocale((l) => l))).toEqual([...LOCALES]);
  });
});

describe('routes', () => {
  it('gives every chapter a distinct path segment in each language', () => {
    for (const lang of LOCALES) {
      const segs = [...Object.values(chapterSegments), ...Object.values(pageSegments)].map((s) => s[lang]);
      expect(new Set(segs).size).toBe(segs.length);
      for (const s of segs) expect(s).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
