/**
 * The course catalogue for share codes: every chapter, in course order, with
 * its quiz questions in quiz order, reduced to what codes need (id, type,
 * option ids and right answer of single / true-false questions). Built at
 * build time from content/quizzes/*.yaml; small enough to embed in a page.
 *
 *   const cat = buildCatalogue(quizzes, CHAPTER_IDS);
 *   cat.fingerprint // '18QYNBZ' today: 32-bit FNV-1a of the canonical text, 7 base32 symbols
 *
 * A code refers to questions by POSITION, so every code carries a
 * fingerprint of the part of the catalogue it depends on: after questions are
 * added, removed, reordered (or, for result codes, options changed) it is
 * recognised as stale instead of being misread. Only the chapters a code
 * uses count (and the chapter list itself), so adding a question to chapter
 * 5 does not break a link to chapter 2, and a module that takes whole
 * chapters ("all of its questions") never goes stale at all.
 *
 * Also here: the selection ("which chapters, which questions") shared by
 * module links and result codes, and its bit layout:
 *   one bit per chapter (in the module?), then one bit per chosen chapter
 *   (all its questions?), then, for chosen chapters not taken whole, one bit
 *   per question. The whole course is 16 bits.
 */
import type { ChapterId } from '../../schemas/chapter';
import type { QuestionType } from '../../schemas/quiz';
import { base32, fnv1a } from './checksum';
import type { Field } from './radix';

/** A question as codes see it. `answer`: index of the right option (single) or the right boolean (true-false). */
export interface Entry {
  id: string;
  type: QuestionType;
  options?: string[];
  answer?: number | boolean;
}
export interface Catalogue {
  /** Every chapter of the course, in course order; a chapter without a quiz has no questions. */
  chapters: { id: ChapterId; questions: Entry[] }[];
  /** Identity of this whole catalogue (7 Crockford base32 symbols). */
  fingerprint: string;
}

/** What buildCatalogue() reads of a quiz: a parsed quiz file fits. */
export interface QuizLike {
  chapter: string;
  questions: readonly { id: string; type: QuestionType; options?: readonly { id: string }[]; answer?: unknown }[];
}

/**
 * Which chapters and questions: `questions[chapter]` lists question ids; a
 * chosen chapter absent from `questions` means all of its questions, `[]`
 * none (reading only). Decoders return every chosen chapter explicitly.
 */
export interface Selection {
  chapters: readonly string[];
  questions?: Readonly<Record<string, readonly string[] | undefined>>;
}

/** Per catalogue chapter: not chosen, chosen whole (`true`) or a subset (one flag per question). */
export type Plan = (true | boolean[] | undefined)[];
export type SelectionProblem = 'unknown-chapter' | 'unknown-question' | 'empty';

/**
 * The catalogue of the given quizzes. Throws on a quiz of an unknown chapter
 * (a content error, caught at build time).
 *
 * @example buildCatalogue([{ chapter: 'gdpr', questions: [{ id: 'q1', type: 'numeric' }] }], ['gdpr'])
 */
export function buildCatalogue(quizzes: readonly QuizLike[], chapterIds: readonly ChapterId[]): Catalogue {
  for (const q of quizzes) if (!chapterIds.includes(q.chapter as ChapterId)) throw new Error(`quiz of unknown chapter "${q.chapter}"`);
  const chapters = chapterIds.map((id) => ({
    id,
    questions: (quizzes.find((q) => q.chapter === id)?.questions ?? []).map((q): Entry => {
      const options = q.options?.map((o) => o.id);
      return q.type === 'single' && options
        ? { id: q.id, type: q.type, options, answer: options.indexOf(String(q.answer)) }
        : q.type === 'true-false'
          ? { id: q.id, type: q.type, answer: q.answer === true }
          : { id: q.id, type: q.type };
    }),
  }));
  return { chapters, fingerprint: base32(hash({ chapters, fingerprint: '' }, chapters.map(() => true), true), 7) };
}

/**
 * FNV-1a of the canonical text of the chapter list and of the chapters that
 * `plan` uses: with `full`, every chosen chapter, question types and option
 * ids included (result codes); without, only chapters chosen as a subset,
 * question ids only (module links).
 */
export function hash(cat: Catalogue, plan: Plan, full: boolean): number {
  const used = cat.chapters.filter((_, i) => (full ? plan[i] : Array.isArray(plan[i])));
  return fnv1a(
    cat.chapters.map((c) => c.id).join() +
      used.map((c) => `|${c.id}:` + c.questions.map((q) => (full ? `${q.id}/${q.type}/${q.options?.join('+') ?? ''}` : q.id)).join()).join(''),
  );
}

/**
 * The plan of a selection, or why it cannot be encoded.
 *
 * @example planOf(cat, { chapters: ['gdpr'] }) // [undefined, undefined, undefined, true, …]
 */
export function planOf(cat: Catalogue, sel: Selection): Plan | SelectionProblem {
  const ids = cat.chapters.map((c) => c.id as string);
  if (sel.chapters.some((c) => !ids.includes(c))) return 'unknown-chapter';
  if (!sel.chapters.length) return 'empty';
  let problem: SelectionProblem | undefined;
  const plan: Plan = cat.chapters.map((c) => {
    if (!sel.chapters.includes(c.id)) return undefined;
    const want = sel.questions?.[c.id];
    if (!want) return true;
    if (want.some((w) => !c.questions.some((q) => q.id === w))) problem = 'unknown-question';
    const picked = c.questions.map((q) => want.includes(q.id));
    return picked.every(Boolean) ? true : picked;
  });
  return problem ?? plan;
}

/** The plan's bits, in the layout described above. */
export function planFields(plan: Plan): Field[] {
  const f: Field[] = plan.map((x) => [x ? 1 : 0, 2]);
  for (const x of plan) if (x) f.push([x === true ? 1 : 0, 2]);
  for (const x of plan) if (Array.isArray(x)) for (const b of x) f.push([b ? 1 : 0, 2]);
  return f;
}

/** Reads a plan written by planFields(); `take` is a reader's. */
export function readPlan(take: (radix: number) => number, cat: Catalogue): Plan {
  const on = cat.chapters.map(() => take(2));
  const whole = on.map((b) => b && take(2));
  return cat.chapters.map((c, i) => (on[i] ? (whole[i] ? true : c.questions.map(() => take(2) > 0)) : undefined));
}

/** The chosen chapters and questions, explicit, in course order. */
export function selectionOf(cat: Catalogue, plan: Plan): { chapters: ChapterId[]; questions: Record<string, string[]> } {
  const chapters: ChapterId[] = [];
  const questions: Record<string, string[]> = {};
  cat.chapters.forEach((c, i) => {
    const p = plan[i];
    if (!p) return;
    chapters.push(c.id);
    questions[c.id] = c.questions.filter((_, j) => p === true || p[j]).map((q) => q.id);
  });
  return { chapters, questions };
}
