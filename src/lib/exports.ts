/**
 * The data contracts teachers and other tools read. Pure functions from
 * content to JSON/CSV, so they can be tested without a build. Keep the shapes
 * stable: add fields, never rename or remove them.
 *
 * @example toCsv([{ a: 'x,y' }], ['a']) // 'a\r\n"x,y"\r\n'
 */
import { REAL_LOCALES, type Locale, type RealLocale } from '../i18n/locales';
import type { Source } from '../schemas/source';
import type { TimelineEvent } from '../schemas/event';

type L<T> = Record<Locale, T>;

export interface CourseChapter {
  slug: string;
  order: number;
  title: L<string>;
  url: L<string>;
  minutes: number;
  objectives: L<string[]>;
  /** `gift`: GIFT for every Moodle (ordering as matching); `gift44`: for Moodle 4.4+ (ordering type). */
  quiz?: { url: L<string>; questions: number; gift: L<string>; gift44: L<string> };
  /** The chapter's SCORM 1.2 package (chapter, quiz, glossary terms, sources) for an LMS; every chapter has one. */
  scorm: L<string>;
}
export interface Course {
  chapters: CourseChapter[];
  pages: Partial<Record<'timeline' | 'teachers' | 'glossary' | 'sources' | 'progress' | 'privacy' | 'accessibility' | 'lab' | 'search', L<string>>>;
}

export interface TimelineRow {
  id: string;
  date: string;
  datePrecision: TimelineEvent['datePrecision'];
  announced?: string;
  jurisdiction: string;
  /** Who acted, per language; one English string before issue 13 (the CSV's `actor` became actor_fr, actor_en). */
  actor: Record<RealLocale, string>;
  kind: TimelineEvent['kind'];
  amount?: { value: number; currency: string };
  title: Record<RealLocale, string>;
  summary: Record<RealLocale, string>;
  confidence: TimelineEvent['confidence'];
  sources: { id: string; title: string; publisher: string; url: string; date: string }[];
}

/** The real languages' texts of a localized value (without the pseudo-locale's, in a pseudo build). */
const real = (v: Record<Locale, string>) => Object.fromEntries(REAL_LOCALES.map((l) => [l, v[l]])) as Record<RealLocale, string>;

/** Events with their sources expanded, in date order. */
export function timelineRows(events: { id: string; data: TimelineEvent }[], sources: Map<string, Source>): TimelineRow[] {
  return [...events]
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
    .map(({ id, data: e }) => ({
      id,
      date: e.date,
      datePrecision: e.datePrecision,
      ...(e.announced ? { announced: e.announced } : {}),
      jurisdiction: e.jurisdiction,
      actor: real(e.actor),
      kind: e.kind,
      ...(e.amount ? { amount: { value: e.amount.value, currency: e.amount.currency } } : {}),
      title: real(e.title),
      summary: real(e.summary),
      confidence: e.confidence,
      sources: e.sources.map((sid) => {
        const s = sources.get(sid);
        if (!s) throw new Error(`event ${id}: unknown source ${sid}`);
        return { id: sid, title: s.title, publisher: s.publisher, url: s.url, date: s.date };
      }),
    }));
}

export const TIMELINE_CSV_COLUMNS = [
  'id', 'date', 'datePrecision', 'announced', 'jurisdiction', 'actor_fr', 'actor_en', 'kind', 'amount_value', 'amount_currency',
  'title_fr', 'title_en', 'summary_fr', 'summary_en', 'confidence', 'source_ids', 'source_urls',
] as const;

/** One CSV row per event, both languages as columns; lists joined with " | ". */
export function timelineCsv(rows: TimelineRow[]): string {
  const records = rows.map((r) => ({
    id: r.id, date: r.date, datePrecision: r.datePrecision, announced: r.announced ?? '', jurisdiction: r.jurisdiction,
    actor_fr: r.actor.fr, actor_en: r.actor.en, kind: r.kind, amount_value: r.amount ? String(r.amount.value) : '', amount_currency: r.amount?.currency ?? '',
    title_fr: r.title.fr, title_en: r.title.en, summary_fr: r.summary.fr, summary_en: r.summary.en, confidence: r.confidence,
    source_ids: r.sources.map((s) => s.id).join(' | '), source_urls: r.sources.map((s) => s.url).join(' | '),
  }));
  return toCsv(records, TIMELINE_CSV_COLUMNS);
}

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv<K extends string>(records: Record<K, string>[], columns: readonly K[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].map((l) => `${l}\r\n`).join('');
}

/** Parses RFC 4180 CSV (for tests and tools that read the download back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
