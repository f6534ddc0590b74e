/**
 * A chapter's quiz: one YAML file per chapter, named after the chapter id
 * (content/quizzes/gdpr.yaml). Language-neutral: every correct answer, number
 * and tolerance is written once; only the words carry `{ fr, en }`.
 *
 * Six question types, told apart by `type`:
 * - `single`: one correct option (`answer: <option id>`);
 * - `multiple`: several correct options (`answers: [ids]`, at least one);
 * - `true-false`: `answer: true | false`;
 * - `ordering`: `items` written in the CORRECT order; shown shuffled;
 * - `matching`: `pairs` of left/right written matched; right side shown shuffled;
 * - `numeric`: `answer` number, accepted within ± `tolerance`.
 *
 * @example
 *   - id: fine-amount
 *     type: numeric
 *     prompt: { fr: "Montant de l’amende (M€) ?", en: "Fine (€ million)?" }
 *     answer: 20
 *     tolerance: 0
 *     section: { fr: la-reponse-europeenne, en: the-european-answer }
 *     objective: 5
 *     difficulty: 1
 *     explanation: { fr: "…", en: "…" }
 */
import { z } from 'astro/zod';
import { localized, localizedId } from './localized';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });

/** Fields every question has, whatever its type. */
const common = {
  /** Stable id, unique in the quiz; used in progress and result codes. */
  id,
  /** The question, in both languages. */
  prompt: localized,
  /**
   * The chapter section it tests: the heading anchor in each language
   * (`#what-clearview-built-and-for-whom`, without `#`). Validated at build:
   * the anchor must exist in that language's chapter.
   */
  section: localizedId,
  /** Which of the chapter's objectives it serves (1-based position in `objectives`). */
  objective: z.number().int().positive(),
  /** 1 (recall) to 3 (transfer). */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Why the answer is right, shown after answering (and in the answer key). */
  explanation: localized,
  /** Related timeline event ids, if any. */
  events: z.array(z.string().min(1)).optional(),
};

const option = z.strictObject({
  /** Stable id, unique in the question. */
  id,
  text: localized,
  /** Optional feedback for this option (why it is right or wrong). */
  explanation: localized.optional(),
});

const single = z.strictObject({
  ...common,
  type: z.literal('single'),
  options: z.array(option).min(2),
  /** Id of the one correct option. */
  answer: id,
});

const multiple = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options: z.array(option).min(3),
  /** Ids of every correct option (at least one; not all). */
  answers: z.array(id).min(1),
});

const trueFalse = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  answer: z.boolean(),
});

const ordering = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  /** Items in the correct order (first to last). */
  items: z.array(z.strictObject({ id, text: localized })).min(3).max(8),
});

const matching = z.strictObject({
  ...common,
  type: z.literal('matching'),
  /** Each left term with its matching right term. */
  pairs: z.array(z.strictObject({ id, left: localized, right: localized })).min(3).max(8),
});

const numeric = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  /** The expected value. */
  answer: z.number().finite(),
  /** Accepted distance from `answer` (0 = exact). */
  tolerance: z.number().finite().nonnegative(),
  /** Unit shown beside the input, if any (`M€`, `%`). */
  unit: localized.optional(),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'matching', 'numeric'] as const;

export const questionSchema = z
  .discriminatedUnion('type', [single, multiple, trueFalse, ordering, matching, numeric])
  .superRefine((q, ctx) => {
    const unique = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((x, i) => {
        if (seen.has(x)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${x}"` });
        seen.add(x);
      });
    };
    if (q.type === 'single' || q.type === 'multiple') {
      unique(q.options.map((o) => o.id), 'options');
      const ids = new Set(q.options.map((o) => o.id));
      const wanted = q.type === 'single' ? [q.answer] : q.answers;
      wanted.forEach((a, i) => {
        if (!ids.has(a)) ctx.addIssue({ code: 'custom', path: q.type === 'single' ? ['answer'] : ['answers', i], message: `answer "${a}" is not one of the options` });
      });
      if (q.type === 'multiple' && new Set(q.answers).size >= q.options.length) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: 'every option is correct: use fewer answers or more options' });
      }
    }
    if (q.type === 'ordering') unique(q.items.map((x) => x.id), 'items');
    if (q.type === 'matching') unique(q.pairs.map((x) => x.id), 'pairs');
  });
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const quizSchema = z.strictObject({
  /** The chapter this quiz belongs to (its id; also the file name). */
  chapter: z.string().min(1),
  questions: z.array(questionSchema).min(1),
  /**
   * The score, in percent of the quiz's points (0–100, whole), at or above
   * which a student has passed when the chapter runs as a SCORM package in an
   * LMS: the manifest's `adlcp:masteryscore`, and `data-mastery` on the launch
   * page's <vp-scorm>. Default 80: four questions in five, the usual bar for a
   * self-check quiz that a student may take again.
   */
  mastery: z.number().int().min(0).max(100).default(80),
});
export type Quiz = z.infer<typeof quizSchema>;
