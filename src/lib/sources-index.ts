/**
 * The citation index behind the sources page: for every source entry, the
 * pages that cite it (chapters, glossary entries, timeline events, the
 * figures page's two charts, the breach table), plus the sources nobody
 * cites and the citations that point at no source. Pure: it takes plain
 * data, so the page, the unit tests and the e2e tests share one truth.
 *
 * A source's jurisdiction is its own `jurisdiction` when the entry has one;
 * otherwise the single country of the events and decisions that cite it
 * (US-IL counts as US, DE-HH as DE); otherwise none (a research paper, a
 * standard, a source used for several countries). Written once where it is
 * not obvious from the citations, derived where it is: no second copy of a
 * country to drift.
 *
 * @example
 *   const index = indexSources({ sources, chapters, glossary, events, fines, breaches });
 *   index.citations.get('cnil-sanction-2022')
 *   // [{ type: 'chapter', id: 'enforcement' }, { type: 'event', id: 'cnil-sanction' }, …]
 */

/** Display order of kinds on the page: the law first, the press last. */
export const KIND_ORDER = ['law', 'decision', 'court', 'guidance', 'press-release', 'paper', 'press'] as const;
export type SourceKind = (typeof KIND_ORDER)[number];

/** Where a source is cited. `figures` is the figures page, `breaches` the breach table. */
export type Citation =
  | { type: 'chapter'; id: string }
  | { type: 'page'; id: string }
  | { type: 'term'; id: string }
  | { type: 'event'; id: string }
  | { type: 'figures'; chart: 'fines' | 'claims' }
  | { type: 'breaches'; id: string };

export interface SourceLike { id: string; kind: SourceKind; date: string; title: string; jurisdiction?: string | undefined }
export interface IndexInput {
  sources: readonly SourceLike[];
  chapters: readonly { id: string; order: number; sources: readonly string[] }[];
  /** Plain pages that list sources (the face lab); optional, most pages cite none. */
  pages?: readonly { id: string; sources: readonly string[] }[] | undefined;
  glossary: readonly { id: string; sources: readonly string[] }[];
  events: readonly { id: string; date: string; jurisdiction: string; kind: string; claim?: unknown; sources: readonly string[] }[];
  fines?: {
    rates: readonly { source: string }[];
    fines: readonly { event: string; sources: readonly string[] }[];
    omitted: readonly { event: string; sources: readonly string[] }[];
  } | undefined;
  breaches?: { decisions: readonly { id: string; event: string; country: string; sources: readonly string[] }[] } | undefined;
}

export interface SourcesIndex {
  /** Source id → where it is cited, each place once: chapters by order, then pages, figures, breaches, events by date, terms. */
  citations: Map<string, Citation[]>;
  /** Source id → jurisdiction code (FR, EU, GB …) or null. */
  jurisdictions: Map<string, string | null>;
  /** Sources cited nowhere, by id. */
  orphans: string[];
  /** Citations of a source id that has no entry. */
  missing: { source: string; from: Citation }[];
}

const TYPE_RANK: Record<Citation['type'], number> = { chapter: 0, page: 1, figures: 2, breaches: 3, event: 4, term: 5 };
const key = (c: Citation) => `${c.type}:${'id' in c ? c.id : c.chart}`;

/** A country code without its subdivision: US-IL → US, DE-HH → DE; EU stays EU. */
export const country = (code: string) => code.split('-')[0]!;

/** Builds the index; see the module comment. */
export function indexSources(input: IndexInput): SourcesIndex {
  const known = new Set(input.sources.map((s) => s.id));
  const citations = new Map<string, Citation[]>(input.sources.map((s) => [s.id, []]));
  const places = new Map<string, Set<string>>(input.sources.map((s) => [s.id, new Set()]));
  const countries = new Map<string, Set<string>>(input.sources.map((s) => [s.id, new Set()]));
  const missing: SourcesIndex['missing'] = [];
  const events = new Map(input.events.map((e) => [e.id, e]));
  const chapterOrder = new Map(input.chapters.map((c) => [c.id, c.order]));
  const eventDate = (id: string) => events.get(id)?.date ?? '';

  const cite = (ids: readonly string[], from: Citation, where?: string) => {
    for (const id of ids) {
      if (!known.has(id)) { missing.push({ source: id, from }); continue; }
      if (where) countries.get(id)!.add(country(where));
      const seen = places.get(id)!;
      if (seen.has(key(from))) continue;
      seen.add(key(from));
      citations.get(id)!.push(from);
    }
  };

  for (const c of input.chapters) cite(c.sources, { type: 'chapter', id: c.id });
  for (const pg of input.pages ?? []) cite(pg.sources, { type: 'page', id: pg.id });
  for (const g of input.glossary) cite(g.sources, { type: 'term', id: g.id });
  for (const e of input.events) cite(e.sources, { type: 'event', id: e.id }, e.jurisdiction);
  // The claims chart lists each claim event's sources.
  for (const e of input.events) if (e.kind === 'claim' && e.claim) cite(e.sources, { type: 'figures', chart: 'claims' });
  if (input.fines) {
    // The fines chart lists, per row, the event's sources, the status sources and the rate's.
    const fines: Citation = { type: 'figures', chart: 'fines' };
    for (const f of [...input.fines.fines, ...input.fines.omitted]) {
      cite([...(events.get(f.event)?.sources ?? []), ...f.sources], fines, events.get(f.event)?.jurisdiction);
    }
    cite(input.fines.rates.map((r) => r.source), fines);
  }
  for (const d of input.breaches?.decisions ?? []) cite(d.sources, { type: 'breaches', id: d.id }, d.country);

  const rank = (c: Citation) =>
    c.type === 'chapter' ? String(chapterOrder.get(c.id) ?? 0).padStart(3, '0')
    : c.type === 'event' ? `${eventDate(c.id)}:${c.id}`
    : c.type === 'figures' ? c.chart
    : c.id;
  for (const list of citations.values()) {
    list.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  }

  const jurisdictions = new Map<string, string | null>();
  for (const s of input.sources) {
    const derived = countries.get(s.id)!;
    jurisdictions.set(s.id, s.jurisdiction ?? (derived.size === 1 ? [...derived][0]! : null));
  }
  const orphans = input.sources.filter((s) => citations.get(s.id)!.length === 0).map((s) => s.id).sort();
  return { citations, jurisdictions, orphans, missing };
}

export interface JurisdictionGroup<S> { jurisdiction: string | null; sources: S[] }
export interface KindGroup<S> { kind: SourceKind; count: number; jurisdictions: JurisdictionGroup<S>[] }

/**
 * Countries in page order: France first, then the EU, then the others by
 * their name in the page language (`name`), then none (null) last.
 *
 * @example orderJurisdictions([null, 'IT', 'EU', 'FR', 'GB'], (c) => regionName(c, 'en'), 'en')
 *   // ['FR', 'EU', 'IT', 'GB', null]  (Italy before United Kingdom)
 */
export function orderJurisdictions(codes: readonly (string | null)[], name: (code: string) => string, locale: string): (string | null)[] {
  const collator = new Intl.Collator(locale);
  const rank = (j: string | null) => (j === 'FR' ? 0 : j === 'EU' ? 1 : j === null ? 3 : 2);
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || (a && b ? collator.compare(name(a), name(b)) : 0));
}

/**
 * Sources grouped by kind (KIND_ORDER), then by jurisdiction
 * (orderJurisdictions), each list sorted by date, then title.
 *
 * @example groupSources(sources, index.jurisdictions, (c) => regionName(c, 'fr'), 'fr')
 */
export function groupSources<S extends SourceLike>(
  sources: readonly S[],
  jurisdictions: ReadonlyMap<string, string | null>,
  name: (code: string) => string,
  locale: string,
): KindGroup<S>[] {
  const collator = new Intl.Collator(locale);
  const byDate = (a: S, b: S) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.title, b.title));
  return KIND_ORDER.flatMap((kind) => {
    const ofKind = sources.filter((s) => s.kind === kind);
    if (!ofKind.length) return [];
    const byJ = new Map<string | null, S[]>();
    for (const s of ofKind) {
      const j = jurisdictions.get(s.id) ?? null;
      byJ.set(j, [...(byJ.get(j) ?? []), s]);
    }
    const order = orderJurisdictions([...byJ.keys()], name, locale);
    return [{ kind, count: ofKind.length, jurisdictions: order.map((j) => ({ jurisdiction: j, sources: byJ.get(j)!.sort(byDate) })) }];
  });
}
