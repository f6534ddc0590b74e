/**
 * The quizzes as the teachers' downloads see them: each quiz with its chapter
 * (title, order) in course order, and the GIFT text of one chapter or of all.
 * Reads the content collections; the GIFT writing itself is the pure
 * src/lib/gift.ts.
 *
 *   const quizzes = await quizzesInCourseOrder();
 *   const text = giftText('all', 'fr', quizzes, Astro.site);
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, useT, type Locale } from '../i18n';
import { absolute, chapterPath, homePath } from '../i18n/routes';
import type { ChapterId } from '../schemas/chapter';
import type { Quiz } from '../schemas/quiz';
import { categorySegment, giftDocument, type GiftOrdering } from './gift';

export interface CourseQuiz {
  id: ChapterId;
  quiz: Quiz;
  order: number;
  chapter: Record<Locale, CollectionEntry<'chapters'>>;
}

/** Every quiz whose chapter exists in every language, in course order. */
export async function quizzesInCourseOrder(): Promise<CourseQuiz[]> {
  const [quizzes, chapters] = await Promise.all([getCollection('quizzes'), getCollection('chapters')]);
  const out: CourseQuiz[] = [];
  for (const q of quizzes) {
    const id = q.id as ChapterId;
    const twins = LOCALES.map((l) => chapters.find((c) => c.id === `${l}/${id}`));
    if (twins.some((c) => !c)) continue; // content-integrity has already failed the build for this
    const chapter = Object.fromEntries(LOCALES.map((l, i) => [l, twins[i]!])) as Record<Locale, CollectionEntry<'chapters'>>;
    out.push({ id, quiz: q.data, order: twins[0]!.data.order, chapter });
  }
  return out.sort((a, b) => a.order - b.order);
}

/** The day the file is generated (SOURCE_DATE_EPOCH for reproducible builds). */
function today(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/**
 * The text of /downloads/quizzes/<lang>/<id>.gift (`all`: every quiz, one
 * category each); `ordering: 'ordering'` gives the Moodle 4.4+ file
 * (<id>.moodle44.gift, see giftPath), with ordering questions of that type.
 */
export function giftText(which: ChapterId | 'all', lang: Locale, quizzes: CourseQuiz[], site: URL | undefined, ordering: GiftOrdering = 'matching'): string {
  const t = useT(lang);
  const chosen = which === 'all' ? quizzes : quizzes.filter((q) => q.id === which);
  if (!chosen.length) throw new Error(`GIFT: no quiz for "${which}"`);
  const one = which === 'all' ? undefined : chosen[0];
  const header = [
    one ? t('sheet.gift.title', { n: one.order, chapter: one.chapter[lang].data.title }) : t('sheet.gift.titleAll'),
    t('sheet.gift.source', { url: absolute(one ? chapterPath(one.id, lang) : homePath(lang), site) }),
    t('sheet.gift.language'),
    t('sheet.gift.date', { date: today() }),
    t('sheet.gift.licence'),
    t('sheet.gift.import'),
  ];
  header.push(t(ordering === 'ordering' ? 'sheet.gift.moodle44' : 'sheet.gift.anyMoodle'));
  if (ordering === 'matching' && chosen.some((q) => q.quiz.questions.some((x) => x.type === 'ordering'))) header.push(t('sheet.gift.ordering'));
  return giftDocument({
    header,
    lang,
    ordering,
    position: (n) => t('sheet.gift.position', { n }),
    orderingNote: t('sheet.gift.ordering'),
    unit: (unit) => t('sheet.gift.unit', { unit }),
    sections: chosen.map((q) => ({
      category: [t('site.name'), `${t('chapter.label', { n: q.order })} · ${q.chapter[lang].data.title}`].map(categorySegment).join('/'),
      questions: q.quiz.questions,
    })),
  });
}
