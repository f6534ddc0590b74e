/**
 * Turns the per-chapter corrections logs into dated items for the chapter
 * page and the Atom feeds. Pure: the Astro pages fetch the collections and
 * pass plain data in.
 *
 * Each item gets a stable key, `correction-<date>-<n>`, where n counts the
 * entries of that day in file order (1, 2 …): appending an entry never
 * renames an older one, so feed ids and page anchors stay put.
 *
 * @example
 *   correctionItems('gdpr', { published: '2026-11-26', entries: [e] })
 *   // [{ chapter: 'gdpr', key: 'correction-2026-11-26-1', ...e }]
 */
import type { Corrections, CorrectionEntry } from '../schemas/correction';
import { sourceLocale, type Locale } from '../i18n/locales';

export interface CorrectionItem extends CorrectionEntry {
  chapter: string;
  /** Anchor id on the chapter page and the tail of the feed entry id. */
  key: string;
  /** Position in the file, to keep same-day entries newest first. */
  index: number;
}

/** One chapter's entries, newest first (same day: later in the file first). */
export function correctionItems(chapter: string, log: Pick<Corrections, 'entries'>): CorrectionItem[] {
  const perDay = new Map<string, number>();
  const items = log.entries.map((e, index) => {
    const n = (perDay.get(e.date) ?? 0) + 1;
    perDay.set(e.date, n);
    return { ...e, chapter, key: `correction-${e.date}-${n}`, index };
  });
  return items.sort((a, b) => b.date.localeCompare(a.date) || b.index - a.index);
}

/**
 * Every chapter's items in one list, newest first; on the same day, in course
 * order. `order` gives each chapter's position in the course.
 */
export function allCorrectionItems(logs: { chapter: string; log: Pick<Corrections, 'entries'> }[], order: (chapter: string) => number): CorrectionItem[] {
  return logs
    .flatMap(({ chapter, log }) => correctionItems(chapter, log))
    .sort((a, b) => b.date.localeCompare(a.date) || order(a.chapter) - order(b.chapter) || b.index - a.index);
}

/**
 * The first section anchor of an item in one language (where links go), if
 * any. Anchors are not words: the pseudo-locale uses its source language's.
 */
export function firstSection(item: Pick<CorrectionEntry, 'sections'>, lang: Locale): string | undefined {
  return item.sections?.[sourceLocale(lang)][0];
}

/** The newest date among the items and the publication days: the feed's `updated`. */
export function latestDate(items: Pick<CorrectionEntry, 'date'>[], published: string[]): string {
  return [...items.map((i) => i.date), ...published].sort().at(-1) ?? '1970-01-01';
}

/**
 * Heading anchors of an MDX body mapped to their text, the same way Astro
 * makes them, so that a correction can name the section it links to (the
 * content check's own function).
 */
export { headingTitles } from './content-check';
