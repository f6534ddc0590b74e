/**
 * The course catalogue as pages embed it (build time only: reads the
 * content collections). Every module link and result code of the site is
 * made and read against this one catalogue: chapter ids in course order,
 * each with its quiz's questions in quiz order (catalogue.ts).
 *
 *   const cat = await courseCatalogue();
 *   <vp-result-code data-catalogue={JSON.stringify(forChapter(cat, 'gdpr'))}>
 *
 * forChapter() keeps every chapter id but only one chapter's questions: a
 * result code for that chapter encodes exactly as with the full catalogue
 * (the fingerprint and the selection bits only read the chapters a code
 * uses, plus the chapter list), and a chapter page embeds ~1 KB, not ~6.
 */
import { getCollection } from 'astro:content';
import type { ChapterId } from '../../schemas/chapter';
import { quizzesInCourseOrder } from '../quiz-downloads';
import { buildCatalogue, type Catalogue } from './catalogue';

let cached: Promise<Catalogue> | undefined;

/** Every chapter (course order, from the French chapters' `order`) and every quiz. */
export function courseCatalogue(): Promise<Catalogue> {
  cached ??= (async () => {
    const chapters = (await getCollection('chapters', (c) => c.id.startsWith('fr/'))).sort((a, b) => a.data.order - b.data.order);
    const ids = chapters.map((c) => c.id.slice(3) as ChapterId);
    const quizzes = await quizzesInCourseOrder();
    return buildCatalogue(quizzes.map((q) => ({ chapter: q.id, questions: q.quiz.questions })), ids);
  })();
  return cached;
}

/** The catalogue with one chapter's questions only (see above). */
export function forChapter(cat: Catalogue, chapter: ChapterId): Catalogue {
  return { ...cat, chapters: cat.chapters.map((c) => (c.id === chapter ? c : { id: c.id, questions: [] })) };
}
