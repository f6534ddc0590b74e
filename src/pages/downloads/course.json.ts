/**
 * /downloads/course.json — the course outline for teachers and tools. URLs
 * are absolute (site + base). A chapter with a quiz carries `quiz`: its page,
 * its number of questions and its GIFT files; a chapter without one has no
 * `quiz` key. A feature that does not exist yet is left out until it lands.
 */
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../i18n';
import { absolute, chapterPath, giftPath, glossaryPath, pagePath, progressPath, quizPath, searchPath, sourcesPath, teachersPath, timelinePath } from '../../i18n/routes';
import { chapterId, chaptersIn } from '../../lib/content';
import type { Course, CourseChapter } from '../../lib/exports';
import { quizzesInCourseOrder } from '../../lib/quiz-downloads';

export const GET: APIRoute = async ({ site }) => {
  const byLang = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await chaptersIn(l)]))) as Record<Locale, Awaited<ReturnType<typeof chaptersIn>>>;
  const quizzes = new Map((await quizzesInCourseOrder()).map((q) => [q.id, q.quiz]));
  const both = (path: (l: Locale) => string) => ({ fr: absolute(path('fr'), site), en: absolute(path('en'), site) });
  const chapters: CourseChapter[] = byLang.fr.map((fr) => {
    const id = chapterId(fr);
    const en = byLang.en.find((c) => chapterId(c) === id);
    if (!en) throw new Error(`chapter ${id} has no English twin`);
    const quiz = quizzes.get(id);
    return {
      slug: id,
      order: fr.data.order,
      title: { fr: fr.data.title, en: en.data.title },
      url: { fr: absolute(chapterPath(id, 'fr'), site), en: absolute(chapterPath(id, 'en'), site) },
      minutes: fr.data.minutes,
      objectives: { fr: fr.data.objectives, en: en.data.objectives },
      ...(quiz ? { quiz: { url: both((l) => quizPath(id, l)), questions: quiz.questions.length, gift: both((l) => giftPath(id, l)) } } : {}),
    };
  });
  const course: Course = {
    chapters,
    pages: {
      timeline: { fr: absolute(timelinePath('fr'), site), en: absolute(timelinePath('en'), site) },
      glossary: { fr: absolute(glossaryPath('fr'), site), en: absolute(glossaryPath('en'), site) },
      sources: { fr: absolute(sourcesPath('fr'), site), en: absolute(sourcesPath('en'), site) },
      privacy: { fr: absolute(pagePath('privacy', 'fr'), site), en: absolute(pagePath('privacy', 'en'), site) },
      search: { fr: absolute(searchPath('fr'), site), en: absolute(searchPath('en'), site) },
      teachers: { fr: absolute(teachersPath('fr'), site), en: absolute(teachersPath('en'), site) },
      progress: { fr: absolute(progressPath('fr'), site), en: absolute(progressPath('en'), site) },
    },
  };
  return new Response(`${JSON.stringify(course, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
