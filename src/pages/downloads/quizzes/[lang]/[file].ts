/**
 * /downloads/quizzes/<lang>/<chapter-id>.gift and …/all.gift: the quizzes in
 * Moodle's GIFT format, one file per chapter and one with every chapter (a
 * `$CATEGORY:` per chapter). UTF-8 plain text; see src/lib/gift.ts for how
 * each question type is written (ordering becomes matching).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n';
import type { ChapterId } from '../../../../schemas/chapter';
import { giftText, quizzesInCourseOrder } from '../../../../lib/quiz-downloads';

export const getStaticPaths = (async () => {
  const quizzes = await quizzesInCourseOrder();
  const files: (ChapterId | 'all')[] = quizzes.length ? [...quizzes.map((q) => q.id), 'all'] : [];
  return LOCALES.flatMap((lang) => files.map((f) => ({ params: { lang, file: `${f}.gift` }, props: { which: f } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const text = giftText(props.which as ChapterId | 'all', params.lang as Locale, await quizzesInCourseOrder(), site);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
