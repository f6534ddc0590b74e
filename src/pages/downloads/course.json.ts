/**
 * /downloads/course.json — the course outline for teachers and tools. URLs
 * are absolute (site + base). A chapter with a quiz carries `quiz`: its page,
 * its number of questions and its GIFT files; a chapter without one has no
 * `quiz` key. Every chapter carries `scorm`, its SCORM 1.2 package per
 * language. A feature that does not exist yet is left out until it lands.
 * `pages` holds the site's reference pages and the two statements about the
 * site a school may have to check before sending a class to it (privacy,
 * accessibility); the about page is not a reference and stays out.
 */
import type { APIRoute } from 'astro';
import { byLocale, DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n';
import { absolute, chapterPath, giftPath, glossaryPath, pagePath, progressPath, quizPath, scormPath, searchPath, sourcesPath, teachersPath, timelinePath } from '../../i18n/routes';
import { chapterId, chaptersIn } from '../../lib/content';
import type { Course, CourseChapter } from '../../lib/exports';
import { quizzesInCourseOrder } from '../../lib/quiz-downloads';

export const GET: APIRoute = async ({ site }) => {
  const byLang = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await chaptersIn(l)]))) as Record<Locale, Awaited<ReturnType<typeof chaptersIn>>>;
  const quizzes = new Map((await quizzesInCourseOrder()).map((q) => [q.id, q.quiz]));
  const every = (path: (l: Locale) => string) => byLocale((l) => absolute(path(l), site));
  const chapters: CourseChapter[] = byLang[DEFAULT_LOCALE].map((first) => {
    const id = chapterId(first);
    const twin = byLocale((l) => {
      const c = byLang[l].find((x) => chapterId(x) === id);
      if (!c) throw new Error(`chapter ${id} has no "${l}" twin`);
      return c;
    });
    const quiz = quizzes.get(id);
    return {
      slug: id,
      order: first.data.order,
      title: byLocale((l) => twin[l].data.title),
      url: every((l) => chapterPath(id, l)),
      minutes: first.data.minutes,
      objectives: byLocale((l) => twin[l].data.objectives),
      scorm: every((l) => scormPath(id, l)),
      ...(quiz ? { quiz: { url: every((l) => quizPath(id, l)), questions: quiz.questions.length, gift: every((l) => giftPath(id, l)), gift44: every((l) => giftPath(id, l, 'ordering')) } } : {}),
    };
  });
  const course: Course = {
    chapters,
    pages: {
      timeline: every(timelinePath),
      glossary: every(glossaryPath),
      sources: every(sourcesPath),
      privacy: every((l) => pagePath('privacy', l)),
      accessibility: every((l) => pagePath('accessibility', l)),
      lab: every((l) => pagePath('lab', l)),
      search: every(searchPath),
      teachers: every(teachersPath),
      progress: every(progressPath),
    },
  };
  return new Response(`${JSON.stringify(course, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
