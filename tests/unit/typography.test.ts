import { describe, expect, it } from 'vitest';
import { fixFrenchTypography as fix, frenchTypographyProblems as problems, NBSP } from '../../src/lib/typography';

const rules = (s: string) => problems(s).map((p) => p.rule);
const N = NBSP;

describe('French typography', () => {
  it('accepts a text set right', () => {
    expect(problems(`Dates${N}: du 1er au 2${N}; voilà${N}! Pourquoi${N}? «${N}oui${N}», le 2e et la 1re.`)).toEqual([]);
  });
  it('finds a breaking or a narrow space before ; : ! ? »', () => {
    expect(rules('Dates : du 1er au 2')).toEqual(['space-before']);
    expect(rules('oui\u202f; non')).toEqual(['space-before']);
    expect(rules(`«${N}oui »`)).toEqual(['space-before']);
  });
  it('finds a mark glued to its word, but leaves times and article numbers alone', () => {
    expect(rules('Pourquoi? Parce que')).toEqual(['missing-space']);
    expect(rules('Voilà!')).toEqual(['missing-space']);
    expect(rules('à 12:30, Art. 5(1)(a)')).toEqual([]);
  });
  it('wants a no-break space inside « »', () => {
    expect(rules(`« oui${N}»`)).toEqual(['guillemet-space']);
    expect(rules(`«oui${N}»`)).toEqual(['guillemet-space']);
  });
  it('writes ordinals « 1er », « 1re », « 2e »', () => {
    expect(rules('le 1 octobre 2021')).toEqual(['ordinal']);
    expect(rules('la 1ère fois, le 2ème')).toEqual(['ordinal', 'ordinal']);
    expect(rules('le 11 octobre, le 21 mai, 1 000 visages')).toEqual([]);
  });
  it('skips addresses', () => {
    expect(problems('voir https://example.org/a?b=1:2 ou mailto:x@y.fr')).toEqual([]);
  });
  it('mends what it finds, and the mended text passes', () => {
    const bad = 'Dates : du 1 octobre au 2 ; voilà! « oui » et la 1ère, https://x.fr/?q=a:b';
    const good = fix(bad);
    expect(good).toBe(`Dates${N}: du 1er octobre au 2${N}; voilà${N}! «${N}oui${N}» et la 1re, https://x.fr/?q=a:b`);
    expect(problems(good)).toEqual([]);
    expect(fix(good)).toBe(good);
  });
  it('bites on a planted defect: one plain space before a colon in a long French text', () => {
    const page = `Le responsable du traitement doit répondre${N}: c’est l’article 12. `.repeat(20);
    expect(problems(page)).toEqual([]);
    const planted = page.replace(`répondre${N}:`, 'répondre :');
    expect(problems(planted)).toHaveLength(1);
    expect(problems(planted)[0]).toMatchObject({ rule: 'space-before' });
    expect(problems(planted)[0]!.excerpt).toContain('répondre·:');
  });
});
