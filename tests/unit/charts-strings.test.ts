/**
 * The breach table's words (src/i18n/<lang>/charts.json, `breach`): a gist
 * for every GDPR article the data may cite and a label for every standing,
 * in every language, so that a new article or standing cannot render blank.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, fill, strings } from '../../src/i18n';
import { BREACH_ARTICLES, BREACH_STANDING } from '../../src/schemas/breach';

describe('breach table strings', () => {
  it.each(LOCALES)('gloss every article and name every standing in %s, and nothing else', (lang) => {
    const s = strings('charts', lang).breach;
    expect(Object.keys(s.gists).sort()).toEqual([...BREACH_ARTICLES].sort());
    expect(Object.keys(s.standing).sort()).toEqual([...BREACH_STANDING].sort());
    for (const a of BREACH_ARTICLES) expect(s.gists[a].trim(), a).not.toBe('');
  });
  it('fills the article number and the dates into their sentences', () => {
    const fr = strings('charts', 'fr').breach;
    const en = strings('charts', 'en').breach;
    expect(fill(fr.article, { n: '5(1)(a)' })).toBe('Art. 5(1)(a)');
    expect(fill(en.decided.day, { date: '13 July 2022' })).toBe('decided on 13 July 2022');
    expect(fill(fr.decided.month, { date: 'janvier 2020' })).toBe('décision de janvier 2020');
    expect(fill(fr.announced, { date: '10 mai 2023' })).toBe('décision rendue publique le 10 mai 2023');
  });
  it('puts a no-break space before the colon in French only', () => {
    expect(strings('charts', 'fr').breach.colon).toBe('\u00a0: ');
    expect(strings('charts', 'en').breach.colon).toBe(': ');
  });
});
