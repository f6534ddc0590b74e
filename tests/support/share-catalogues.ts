/**
 * Catalogues for the share-code tests (tests/unit/share-*.test.ts): the real
 * one, built from content/quizzes like the site builds it, and a small fixed
 * course (three chapters, seven questions of every type), with `changed()`
 * to make a variant of it (a question added, removed, reordered…).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildCatalogue, type QuizLike } from '../../src/lib/share/catalogue';
import { CHAPTER_IDS, type ChapterId } from '../../src/schemas/chapter';

export const quizzes: QuizLike[] = CHAPTER_IDS.map((c) => parse(readFileSync(`content/quizzes/${c}.yaml`, 'utf8')));
export const real = buildCatalogue(quizzes, CHAPTER_IDS);

/** A small course: three chapters, a few questions (the third chapter has no quiz). */
export const FIXTURE_IDS = ['clearview-case', 'scraping', 'gdpr'] as const satisfies readonly ChapterId[];
export const fixtureQuizzes = (): QuizLike[] => [
  { chapter: 'clearview-case', questions: [{ id: 'a', type: 'single', options: [{ id: 'x' }, { id: 'y' }, { id: 'z' }], answer: 'y' }, { id: 'b', type: 'true-false', answer: false }, { id: 'c', type: 'numeric' }] },
  { chapter: 'scraping', questions: [{ id: 'd', type: 'ordering' }, { id: 'e', type: 'matching' }, { id: 'f', type: 'multiple' }, { id: 'g', type: 'single', options: [{ id: 'p' }, { id: 'q' }], answer: 'p' }] },
];
export const fixture = buildCatalogue(fixtureQuizzes(), FIXTURE_IDS);
/** The fixture course after `edit` changed its quizzes. */
export const changed = (edit: (qs: QuizLike[]) => void) => {
  const qs = structuredClone(fixtureQuizzes());
  edit(qs);
  return buildCatalogue(qs, FIXTURE_IDS);
};
