/**
 * /downloads/quizzes/<chapter-id>.json and /downloads/quizzes/all.json: the
 * quizzes as bilingual JSON. The shape is documented (and typed) in
 * src/lib/quiz-json.ts; the GIFT files live beside them under <lang>/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ChapterId } from '../../../schemas/chapter';
import { byLocale } from '../../../i18n';
import { quizzesInCourseOrder, type CourseQuiz } from '../../../lib/quiz-downloads';
import { jsonText, quizJson, quizJsonAll, type QuizJsonInput } from '../../../lib/quiz-json';

const input = (q: CourseQuiz): QuizJsonInput => ({
  id: q.id,
  order: q.order,
  title: byLocale((l) => q.chapter[l].data.title),
  quiz: q.quiz,
});

export const getStaticPaths = (async () => {
  const quizzes = await quizzesInCourseOrder();
  const files: (ChapterId | 'all')[] = quizzes.length ? [...quizzes.map((q) => q.id), 'all'] : [];
  return files.map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const quizzes = (await quizzesInCourseOrder()).map(input);
  const id = params.id as ChapterId | 'all';
  if (id === 'all') return json(quizJsonAll(quizzes, site));
  const one = quizzes.find((q) => q.id === id);
  if (!one) throw new Error(`quiz JSON: no quiz for "${id}"`);
  return json(quizJson(one, site));
};

const json = (value: unknown) => new Response(jsonText(value), { headers: { 'Content-Type': 'application/json' } });
