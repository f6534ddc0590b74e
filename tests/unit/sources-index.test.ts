/**
 * The citation index behind the sources page (src/lib/sources-index.ts):
 * small hand-made fixtures pin the rules, then the real content is checked
 * (every source cited somewhere, no citation to a missing source).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check';
import { KIND_ORDER, groupSources, indexSources, orderJurisdictions, type IndexInput, type SourceLike } from '../../src/lib/sources-index';

const src = (id: string, over: Partial<SourceLike> = {}): SourceLike => ({ id, kind: 'press', date: '2022-01-01', title: id, ...over });
const ev = (id: string, jurisdiction: string, sources: string[], date = '2022-01-01') => ({ id, date, jurisdiction, kind: 'fine', sources });
const names: Record<string, string> = { FR: 'France', EU: 'European Union', IT: 'Italy', GB: 'United Kingdom', US: 'United States', AT: 'Austria' };
const name = (c: string) => names[c] ?? c;

function input(over: Partial<IndexInput> = {}): IndexInput {
  return { sources: [], chapters: [], glossary: [], events: [], ...over };
}

describe('indexSources', () => {
  it('lists where each source is cited: chapters by order, then pages, figures, breaches, events by date, terms', () => {
    const index = indexSources(input({
      sources: [src('a'), src('b')],
      chapters: [{ id: 'gdpr', order: 4, sources: ['a'] }, { id: 'clearview-case', order: 1, sources: ['a'] }],
      pages: [{ id: 'lab', sources: ['a'] }, { id: 'about', sources: [] }],
      glossary: [{ id: 'formal-notice', sources: ['a'] }],
      events: [ev('late', 'FR', ['a'], '2023-05-01'), ev('early', 'FR', ['a', 'b'], '2021-11-26')],
      breaches: { decisions: [{ id: 'cnil-2022', event: 'late', country: 'FR', sources: ['a'] }] },
    }));
    expect(index.citations.get('a')).toEqual([
      { type: 'chapter', id: 'clearview-case' },
      { type: 'chapter', id: 'gdpr' },
      { type: 'page', id: 'lab' },
      { type: 'breaches', id: 'cnil-2022' },
      { type: 'event', id: 'early' },
      { type: 'event', id: 'late' },
      { type: 'term', id: 'formal-notice' },
    ]);
    expect(index.citations.get('b')).toEqual([{ type: 'event', id: 'early' }]);
  });

  it('counts the fines chart once per source: event sources, status sources, rates and omitted rows', () => {
    const index = indexSources(input({
      sources: [src('ev'), src('status'), src('rate'), src('omit'), src('claim')],
      events: [ev('fine', 'GB', ['ev']), ev('austria', 'AT', []), { ...ev('size', 'US', ['claim']), kind: 'claim', claim: { images: 1 } }],
      fines: {
        rates: [{ source: 'rate' }],
        fines: [{ event: 'fine', sources: ['status', 'ev'] }],
        omitted: [{ event: 'austria', sources: ['omit'] }],
      },
    }));
    expect(index.citations.get('ev')).toEqual([{ type: 'figures', chart: 'fines' }, { type: 'event', id: 'fine' }]);
    expect(index.citations.get('status')).toEqual([{ type: 'figures', chart: 'fines' }]);
    expect(index.citations.get('rate')).toEqual([{ type: 'figures', chart: 'fines' }]);
    expect(index.citations.get('omit')).toEqual([{ type: 'figures', chart: 'fines' }]);
    expect(index.citations.get('claim')).toEqual([{ type: 'figures', chart: 'claims' }, { type: 'event', id: 'size' }]);
  });

  it('reports sources cited nowhere and citations of unknown sources', () => {
    const index = indexSources(input({
      sources: [src('used'), src('lonely')],
      chapters: [{ id: 'gdpr', order: 4, sources: ['used', 'ghost'] }],
    }));
    expect(index.orphans).toEqual(['lonely']);
    expect(index.missing).toEqual([{ source: 'ghost', from: { type: 'chapter', id: 'gdpr' } }]);
    expect(index.citations.has('ghost')).toBe(false);
  });

  it('takes a source’s own jurisdiction, else the single country that cites it, else none', () => {
    const index = indexSources(input({
      sources: [src('own', { jurisdiction: 'EU' }), src('one'), src('two'), src('sub'), src('paper')],
      events: [ev('fr', 'FR', ['own', 'one', 'two']), ev('it', 'IT', ['two']), ev('il', 'US-IL', ['sub'])],
      chapters: [{ id: 'scraping', order: 2, sources: ['paper'] }],
    }));
    expect(Object.fromEntries(index.jurisdictions)).toEqual({ own: 'EU', one: 'FR', two: null, sub: 'US', paper: null });
  });
});

describe('groupSources', () => {
  it('groups by kind in page order, then France, the EU, the others by name and none last, each by date', () => {
    const sources = [
      src('uk', { kind: 'decision', date: '2022-05' }),
      src('none', { kind: 'decision', date: '2020' }),
      src('it', { kind: 'decision', date: '2022-02-10' }),
      src('fr2', { kind: 'decision', date: '2022-10-17' }),
      src('fr1', { kind: 'decision', date: '2021-11-26' }),
      src('eu', { kind: 'law', date: '2016-04-27' }),
    ];
    const j = new Map<string, string | null>([['uk', 'GB'], ['none', null], ['it', 'IT'], ['fr2', 'FR'], ['fr1', 'FR'], ['eu', 'EU']]);
    const groups = groupSources(sources, j, name, 'en');
    expect(groups.map((g) => [g.kind, g.count])).toEqual([['law', 1], ['decision', 5]]);
    expect(groups[1]!.jurisdictions.map((g) => [g.jurisdiction, g.sources.map((s) => s.id)])).toEqual([
      ['FR', ['fr1', 'fr2']], ['IT', ['it']], ['GB', ['uk']], [null, ['none']],
    ]);
  });

  it('orders countries by their name in the page language', () => {
    const fr: Record<string, string> = { GB: 'Royaume-Uni', IT: 'Italie', AT: 'Autriche', US: 'États-Unis' };
    expect(orderJurisdictions([null, 'US', 'GB', 'EU', 'IT', 'FR', 'AT'], (c) => fr[c] ?? c, 'fr'))
      .toEqual(['FR', 'EU', 'AT', 'US', 'IT', 'GB', null]);
  });
});

describe('the real content', () => {
  const c = loadContent(process.env.CONTENT_DIR ?? 'content', []);
  const sources = [...c.sources.values()].map((s) => ({ id: s.id, ...s.data! }));
  const index = indexSources({
    sources,
    chapters: [...c.chapters.values()].map((x) => ({ id: x.id, order: x.data!.order, sources: x.data!.sources })),
    pages: [...c.pages.values()].map((x) => ({ id: x.id, sources: x.data!.sources ?? [] })),
    glossary: [...c.glossary.values()].map((g) => ({ id: g.id, sources: g.data!.sources })),
    events: [...c.events.values()].map((e) => ({ id: e.id, ...e.data! })),
    fines: c.fines?.data,
    breaches: c.breaches?.data,
  });

  it('has sources of known kinds only', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(KIND_ORDER, s.id).toContain(s.kind);
  });
  it('cites every source somewhere (a chapter, a page, a glossary entry, an event or a chart)', () => {
    expect(index.orphans).toEqual([]);
  });
  it('has no citation of a missing source', () => {
    expect(index.missing).toEqual([]);
  });
  it('puts every source in exactly one group', () => {
    const grouped = groupSources(sources, index.jurisdictions, name, 'en').flatMap((g) => g.jurisdictions.flatMap((j) => j.sources.map((s) => s.id)));
    expect(grouped.sort()).toEqual(sources.map((s) => s.id).sort());
  });
});
