/**
 * Typed access to the collections, by language. Entry ids from the glob
 * loader look like `fr/gdpr`; the language-neutral id is the part after the
 * slash.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ChapterId } from '../schemas/chapter';
import type { Locale } from '../schemas/localized';

export type ChapterEntry = CollectionEntry<'chapters'>;

export function splitId(entryId: string): { lang: Locale; id: string } {
  const [lang, ...rest] = entryId.split('/');
  return { lang: lang as Locale, id: rest.join('/') };
}

/** Chapters of one language, in course order. */
export async function chaptersIn(lang: Locale): Promise<ChapterEntry[]> {
  const all = await getCollection('chapters', (e) => splitId(e.id).lang === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}

export const chapterId = (e: ChapterEntry) => splitId(e.id).id as ChapterId;

export async function sourcesById() {
  const all = await getCollection('sources');
  return new Map(all.map((s) => [s.id, s.data]));
}

export async function eventsSorted() {
  const all = await getCollection('events');
  return all.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

/** The source entries for a list of ids, in that order; an unknown id throws. */
export async function sourcesFor(ids: string[]) {
  return Promise.all(ids.map(async (id) => {
    const e = await getEntry('sources', id);
    if (!e) throw new Error(`unknown source "${id}"`);
    return e;
  }));
}
