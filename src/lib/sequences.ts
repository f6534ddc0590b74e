/**
 * Arithmetic over the teachers' hub sequences (content/sequences/*.yaml,
 * schema in src/schemas/sequence.ts). A page never retypes a duration: it
 * adds up the activities with these. Pure, so the page, the sequences check
 * and the tests share them.
 *
 *   sequenceMinutes(oneHour)                      // 60
 *   sequenceChapters(oneHour)                     // ['clearview-case']
 *   readingNeeds(activity, (id) => minutesOf(id)) // 20 (sum, or the longest with `split`)
 */
import type { ChapterId } from '../schemas/chapter';
import type { Activity, Resource, Sequence, Session } from '../schemas/sequence';

/** Minutes of one session, added up from its activities. */
export const sessionMinutes = (s: Pick<Session, 'activities'>) => s.activities.reduce((sum, a) => sum + a.minutes, 0);

/** Minutes of a whole sequence, added up from its activities. */
export const sequenceMinutes = (s: Pick<Sequence, 'sessions'>) => s.sessions.reduce((sum, x) => sum + sessionMinutes(x), 0);

/** The chapter a resource belongs to, if any (a section's through the sequence's `sections`). */
export function resourceChapter(s: Pick<Sequence, 'sections'>, r: Resource): ChapterId | undefined {
  if (r.kind === 'chapter' || r.kind === 'quiz' || r.kind === 'worksheet') return r.id;
  if (r.kind === 'section') return s.sections[r.id]?.chapter;
  return undefined;
}

/** Every chapter a sequence uses, in order of first appearance. */
export function sequenceChapters(s: Pick<Sequence, 'sessions' | 'sections'>): ChapterId[] {
  const ids = new Set<ChapterId>();
  for (const a of s.sessions.flatMap((x) => x.activities)) {
    for (const r of a.resources) {
      const id = resourceChapter(s, r);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * The minutes a reading needs: the chapters' own reading times added up, or
 * the longest one when groups read different chapters (`split`). 0 for an
 * activity that reads nothing.
 */
export function readingNeeds(a: Pick<Activity, 'reads' | 'split'>, minutesOf: (id: ChapterId) => number): number {
  const times = (a.reads ?? []).map(minutesOf);
  if (!times.length) return 0;
  return a.split ? Math.max(...times) : times.reduce((x, y) => x + y, 0);
}

/** Sequences in the order the hub shows them (their `order`, then id). */
export const inHubOrder = <T extends { id: string; data: Pick<Sequence, 'order'> }>(entries: T[]): T[] =>
  [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
