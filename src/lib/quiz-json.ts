/**
 * The JSON export of the quizzes, for teachers' tools and other software:
 * /downloads/quizzes/<chapter-id>.json (one quiz) and
 * /downloads/quizzes/all.json (every quiz, in course order). Language-neutral
 * and bilingual, like the YAML it comes from: each question is exactly the
 * entry of content/quizzes/<id>.yaml as validated by src/schemas/quiz.ts
 * (prompts and explanations as `{ fr, en }`, the correct answer written
 * once). URLs are absolute (site + base).
 *
 * Shape of one file (version 1; fields may be added, never renamed):
 *
 *   {
 *     "format": "visage-public/quiz", "version": 1,
 *     "chapter": "gdpr", "order": 4,
 *     "title":   { "fr": "Le RGPD", "en": "The GDPR" },
 *     "url":     { "fr": "https://…/fr/rgpd/", "en": "https://…/en/gdpr/" },
 *     "quizUrl": { "fr": "https://…/fr/quiz/rgpd/", "en": "…" },
 *     "gift":    { "fr": "https://…/downloads/quizzes/fr/gdpr.gift", "en": "…" },
 *     "questionCount": 14,
 *     "questions": [ { "id": "…", "type": "single", "prompt": { "fr": "…", "en": "…" }, … } ]
 *   }
 *
 * all.json: { "format": "visage-public/quizzes", "version": 1, "quizzes": [ <one file>, … ] }
 *
 *   quizJson({ id: 'gdpr', order: 4, title: { fr, en }, quiz }, Astro.site)
 */
import { byLocale, type Locale } from '../i18n';
import type { ChapterId } from '../schemas/chapter';
import type { Question, Quiz } from '../schemas/quiz';
import { absolute, chapterPath, giftPath, quizPath, withBase } from '../i18n/routes';

type L<T> = Record<Locale, T>;

export const QUIZ_JSON_FORMAT = 'visage-public/quiz';
export const QUIZ_JSON_ALL_FORMAT = 'visage-public/quizzes';

export interface QuizJson {
  format: typeof QUIZ_JSON_FORMAT;
  version: 1;
  /** The language-neutral chapter id (also the file name). */
  chapter: ChapterId;
  /** Position of the chapter in the course, from 1. */
  order: number;
  /** The chapter's title in each language. */
  title: L<string>;
  /** The chapter page in each language (absolute). */
  url: L<string>;
  /** The quiz page in each language (absolute). */
  quizUrl: L<string>;
  /** The Moodle GIFT file in each language (absolute). */
  gift: L<string>;
  /** Always `questions.length`, for tools that only list quizzes. */
  questionCount: number;
  /** The questions as in content/quizzes/<id>.yaml (src/schemas/quiz.ts). */
  questions: Question[];
}

export interface QuizJsonAll {
  format: typeof QUIZ_JSON_ALL_FORMAT;
  version: 1;
  quizzes: QuizJson[];
}

/** Site path of a chapter's JSON export, or of all of them (`all`). */
export const quizJsonPath = (id: ChapterId | 'all') => withBase(`downloads/quizzes/${id}.json`);

export interface QuizJsonInput {
  id: ChapterId;
  order: number;
  title: L<string>;
  quiz: Quiz;
}

/** One chapter's export; `site` makes URLs absolute (left site-relative without it). */
export function quizJson(q: QuizJsonInput, site: URL | string | undefined): QuizJson {
  const both = (path: (l: Locale) => string): L<string> => byLocale((l) => absolute(path(l), site));
  return {
    format: QUIZ_JSON_FORMAT,
    version: 1,
    chapter: q.id,
    order: q.order,
    title: byLocale((l) => q.title[l]),
    url: both((l) => chapterPath(q.id, l)),
    quizUrl: both((l) => quizPath(q.id, l)),
    gift: both((l) => giftPath(q.id, l)),
    questionCount: q.quiz.questions.length,
    questions: q.quiz.questions,
  };
}

/** Every quiz, in the order given (course order). */
export function quizJsonAll(quizzes: QuizJsonInput[], site: URL | string | undefined): QuizJsonAll {
  return { format: QUIZ_JSON_ALL_FORMAT, version: 1, quizzes: quizzes.map((q) => quizJson(q, site)) };
}

/** The file's text: two-space indented, with a final newline (like course.json). */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
