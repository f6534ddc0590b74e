/**
 * /downloads/quizzes/<lang>/<chapter-id>.gift and …/all.gift: the quizzes in
 * Moodle's GIFT format, one file per chapter and one with every chapter (a
 * `$CATEGORY:` per chapter), each twice: `<f>.gift` for every Moodle (ordering
 * becomes matching) and `<f>.moodle44.gift` for Moodle 4.4 and later (its
 * ordering type). UTF-8 plain text; see src/lib/gift.ts for each type.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n';
import type { ChapterId } from '../../../../schemas/chapter';
import { giftText, quizzesInCourseOrder } from '../../../../lib/quiz-downloads';

export const getStaticPaths = (async () => {
  const quizzes = await quizzesInCourseOrder();
  const files: (ChapterId | 'all')[] = quizzes.length ? [...quizzes.map((q) => q.id), 'all'] : [];
  return LOCALES.flatMap((lang) =>
    files.flatMap((f) => [
      { params: { lang, file: `${f}.gift` }, props: { which: f, ordering: 'matching' as const } },
      { params: { lang, file: `${f}.moodle44.gift` }, props: { which: f, ordering: 'ordering' as const } },
    ]),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const text = giftText(props.which as ChapterId | 'all', params.lang as Locale, await quizzesInCourseOrder(), site, props.ordering);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
