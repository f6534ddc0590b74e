/**
 * A chapter's quiz (minimal contract; the quiz issue extends the question
 * types). One file per chapter, named after the chapter id. The correct answer
 * is written once, as option ids, so it cannot drift between languages.
 */
import { z } from 'astro/zod';
import { localized } from './localized';

export const questionSchema = z
  .strictObject({
    /** Stable id, unique in the quiz. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Only single choice for now. */
    type: z.literal('single'),
    prompt: localized,
    options: z.array(z.strictObject({ id: z.string().min(1), text: localized })).min(2),
    /** Id of the correct option. */
    answer: z.string().min(1),
    explanation: localized,
  })
  .superRefine((q, ctx) => {
    if (!q.options.some((o) => o.id === q.answer)) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer "${q.answer}" is not one of the options` });
    }
  });

export const quizSchema = z.strictObject({
  /** The chapter this quiz belongs to (its id). */
  chapter: z.string().min(1),
  questions: z.array(questionSchema).min(1),
});
export type Quiz = z.infer<typeof quizSchema>;
