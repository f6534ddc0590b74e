/**
 * Build-time data of the module pages (reads the content collections): the
 * course in catalogue order, with what the builder and the module page
 * show of each chapter, and the GIFT pieces the builder joins in the
 * browser (src/lib/module-gift.ts).
 *
 *   const course = await moduleCourse('fr');   // [{ id, n, title, minutes, href, questions }]
 *   const gift = await moduleGiftData('fr', Astro.site);
 */
import { strings, useT, type Locale } from '../../i18n';
import { chapterPath } from '../../i18n/routes';
import { chaptersIn, chapterId } from '../../lib/content';
import { categorySegment, giftQuestion } from '../../lib/gift';
import type { ModuleGiftData } from '../../lib/module-gift';
import { quizzesInCourseOrder } from '../../lib/quiz-downloads';
import { courseCatalogue } from '../../lib/share/course-catalogue';
import type { ChapterId } from '../../schemas/chapter';
import type { Question } from '../../schemas/quiz';

export interface CourseChapter {
  id: ChapterId;
  /** Position in the course, from 1. */
  n: number;
  title: string;
  minutes: number;
  href: string;
  hasQuiz: boolean;
  questions: Question[];
}

/** Every chapter of the catalogue, in its order, in one language. */
export async function moduleCourse(lang: Locale): Promise<CourseChapter[]> {
  const [cat, entries, quizzes] = await Promise.all([courseCatalogue(), chaptersIn(lang), quizzesInCourseOrder()]);
  return cat.chapters.map((c, i) => {
    const entry = entries.find((e) => chapterId(e) === c.id);
    if (!entry) throw new Error(`module: no ${lang} chapter "${c.id}"`);
    const quiz = quizzes.find((q) => q.id === c.id);
    return {
      id: c.id, n: entry.data.order ?? i + 1, title: entry.data.title, minutes: entry.data.minutes,
      href: chapterPath(c.id, lang), hasQuiz: Boolean(quiz), questions: quiz?.quiz.questions ?? [],
    };
  });
}

/** The GIFT pieces of every question, in one language (moduleGift() joins them). */
export async function moduleGiftData(lang: Locale): Promise<ModuleGiftData> {
  const t = useT(lang);
  const s = strings('module', lang);
  const course = await moduleCourse(lang);
  const opts = {
    lang,
    position: (n: number) => t('sheet.gift.position', { n }),
    orderingNote: t('sheet.gift.ordering'),
    unit: (unit: string) => t('sheet.gift.unit', { unit }),
    ordering: 'matching' as const,
  };
  return {
    header: [s['gift.title'], t('sheet.gift.source', { url: '{url}' }), t('sheet.gift.language'), t('sheet.gift.date', { date: '{date}' }), t('sheet.gift.licence'), t('sheet.gift.import')],
    untitled: s['gift.untitled'],
    ordering: t('sheet.gift.ordering'),
    forMoodle: { matching: t('sheet.gift.anyMoodle'), ordering: t('sheet.gift.moodle44') },
    site: categorySegment(t('site.name')),
    chapters: course.map((c) => ({
      id: c.id,
      category: categorySegment(`${t('chapter.label', { n: c.n })} · ${c.title}`),
      questions: c.questions.map((q) => ({
        id: q.id,
        text: giftQuestion(q, 0, opts),
        ordering: q.type === 'ordering',
        ...(q.type === 'ordering' ? { text44: giftQuestion(q, 0, { ...opts, ordering: 'ordering' }) } : {}),
      })),
    })),
  };
}
