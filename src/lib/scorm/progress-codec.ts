/**
 * cmi.suspend_data of a packaged quiz: what a student has checked so far, so
 * that the LMS can hand it back when they come back ("resume"). SCORM 1.2
 * gives a SCO 4,096 characters (CMIString4096) and no structure, so the
 * string is packed, versioned and checked:
 *
 *   vp1.<fp>.<body>.<check>
 *   vp1.2ZK8Q0M.Bo4A….3F7M1QX
 *
 * - `vp1`: format version. Any other prefix (another SCO's data, a string the
 *   LMS made up) decodes to null.
 * - `fp`: FNV-1a (7 Crockford base32 symbols) of the quizzes' canonical
 *   shape: chapter ids, question ids, types and authored option / item / pair
 *   ids. Answers are stored BY POSITION, so a string written for another
 *   chapter, or for this chapter before its quiz changed, is refused rather
 *   than misread.
 * - `body`: base64url digits of mixed-radix fields (src/lib/share/radix.ts),
 *   per quiz: whether it has a record (radix 2); attempts begun (radix 2¹⁶,
 *   capped); best score in hundredths of a point (radix 100 × questions + 1);
 *   then per question, in quiz order:
 *   single: 0 unanswered or 1 + the authored index of the option (k + 1);
 *   true-false: unanswered / true / false (3); multiple: the ticked options
 *   as a bit mask (2ᵏ, 0 = unanswered); ordering: answered? (2), then each
 *   item's position − 1 (radix n each, authored order); matching: answered?
 *   (2), then each left term's right term (radix n each); numeric: answered?
 *   (2), then the IEEE 754 double as four 16-bit fields, so any number the
 *   student can type comes back exactly and costs the same 64 bits.
 * - `check`: FNV-1a of everything before it, 7 base32 symbols: a cut or
 *   damaged string is refused (a false accept has a chance of 1 in 2³²).
 *
 * Size: the length depends only on which questions are answered, not on the
 * answers. Every question of the course (111, 8 quizzes, every type) all
 * answered: 266 characters (tests/unit/scorm-codec.test.ts), under a fifteenth of
 * the 4,096 allowed; one chapter's quiz, 44 to 56.
 *
 * decodeProgress() never throws and returns null for anything it cannot read
 * whole: corrupt, truncated, foreign, stale, or an answer out of range.
 *
 *   const text = encodeProgress([shape], { 'clearview-case': { attempts: 1, best: 2, answered: { q1: 'b' } } });
 *   decodeProgress(text, [shape])?.['clearview-case']?.answered.q1 // 'b'
 */
import type { QuestionType } from '../../schemas/quiz';
import type { Answer } from '../quiz/score';
import { base32, fnv1a } from '../share/checksum';
import { type Field, pack, reader } from '../share/radix';

/** What the codec needs of a question: id, type, and the authored ids of its options, items or pairs. */
export interface QuestionShape {
  id: string;
  type: QuestionType;
  /** Option ids (single, multiple), item ids (ordering) or pair ids (matching), in authored order. */
  ids?: readonly string[];
}
/** One quiz: its chapter and its questions in quiz order. */
export interface QuizShape {
  chapter: string;
  questions: readonly QuestionShape[];
}
/** What is kept of a quiz: the current attempt's checked answers, by question id. */
export interface SavedQuiz {
  /** Attempts begun (QuizProgress.attempts). */
  attempts: number;
  /** Best score of any attempt, in points (kept to the hundredth). */
  best: number;
  answered: Record<string, Answer>;
}
export type SavedProgress = Record<string, SavedQuiz>;

export const CODEC_PREFIX = 'vp1';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MAX_ATTEMPTS = 0xffff;
const WORD = 0x10000;

/** The canonical text the fingerprint is made of. */
const canonical = (quizzes: readonly QuizShape[]) =>
  quizzes.map((z) => `${z.chapter}:` + z.questions.map((q) => `${q.id}/${q.type}/${q.ids?.join('+') ?? ''}`).join()).join('|');

/** The fingerprint of these quizzes' shape (7 base32 symbols). */
export const shapePrint = (quizzes: readonly QuizShape[]) => base32(fnv1a(canonical(quizzes)), 7);

const isRecord = (a: Answer): a is Readonly<Record<string, string | number>> => typeof a === 'object' && a !== null && !Array.isArray(a);

function doubleWords(n: number): number[] {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, n);
  return [0, 2, 4, 6].map((i) => v.getUint16(i));
}
function wordsDouble(words: readonly number[]): number {
  const v = new DataView(new ArrayBuffer(8));
  words.forEach((w, i) => v.setUint16(i * 2, w));
  return v.getFloat64(0);
}

/** The fields of one answer; an answer that does not fit the question is written as unanswered. */
function answerFields(q: QuestionShape, a: Answer | undefined): Field[] {
  const ids = q.ids ?? [];
  const n = ids.length;
  switch (q.type) {
    case 'single':
      return [[typeof a === 'string' ? ids.indexOf(a) + 1 : 0, n + 1]];
    case 'true-false':
      return [[a === true ? 1 : a === false ? 2 : 0, 3]];
    case 'multiple': {
      const on = Array.isArray(a) ? ids.map((id) => a.includes(id)) : [];
      return [[on.reduce((m, b, i) => m + (b ? 2 ** i : 0), 0), 2 ** n]];
    }
    case 'numeric':
      return typeof a === 'number' && !Number.isNaN(a) ? [[1, 2], ...doubleWords(a).map((w): Field => [w, WORD])] : [[0, 2]];
    case 'ordering':
    case 'matching': {
      if (!isRecord(a)) return [[0, 2]];
      const at = ids.map((id) => (q.type === 'ordering' ? Number(a[id]) - 1 : ids.indexOf(String(a[id]))));
      return at.every((x) => Number.isInteger(x) && x >= 0 && x < n) ? [[1, 2], ...at.map((x): Field => [x, n])] : [[0, 2]];
    }
  }
}

/** Reads back one answer; undefined when unanswered. */
function readAnswer(q: QuestionShape, take: (radix: number) => number): Answer | undefined {
  const ids = q.ids ?? [];
  const n = ids.length;
  switch (q.type) {
    case 'single': {
      const i = take(n + 1);
      return i ? ids[i - 1] : undefined;
    }
    case 'true-false': {
      const v = take(3);
      return v ? v === 1 : undefined;
    }
    case 'multiple': {
      const m = take(2 ** n);
      return m ? ids.filter((_, i) => Math.floor(m / 2 ** i) % 2) : undefined;
    }
    case 'numeric': {
      if (!take(2)) return undefined;
      const v = wordsDouble([0, 1, 2, 3].map(() => take(WORD)));
      return Number.isNaN(v) ? undefined : v;
    }
    case 'ordering':
    case 'matching': {
      if (!take(2)) return undefined;
      const at = ids.map(() => take(n));
      return Object.fromEntries(ids.map((id, i) => [id, q.type === 'ordering' ? at[i]! + 1 : ids[at[i]!]!]));
    }
  }
}

/** Whether a question's shape can be written (choice questions need ids). */
const sound = (q: QuestionShape) =>
  q.type === 'true-false' || q.type === 'numeric' || (Array.isArray(q.ids) && q.ids.length > 0 && q.ids.length <= 26);

/**
 * The suspend_data string of these quizzes' saved state. Quizzes absent from
 * `state` are written as "no record"; answers to unknown questions are left out.
 *
 * @example encodeProgress([{ chapter: 'gdpr', questions: [{ id: 'q1', type: 'true-false' }] }], { gdpr: { attempts: 1, best: 1, answered: { q1: true } } })
 */
export function encodeProgress(quizzes: readonly QuizShape[], state: SavedProgress): string {
  const fields: Field[] = [];
  for (const z of quizzes) {
    const s = state[z.chapter];
    fields.push([s ? 1 : 0, 2]);
    if (!s) continue;
    const n = z.questions.length;
    const attempts = Math.min(Math.max(Math.round(s.attempts) || 0, 0), MAX_ATTEMPTS);
    const best = Math.min(Math.max(Math.round(s.best * 100) || 0, 0), n * 100);
    fields.push([attempts, MAX_ATTEMPTS + 1], [best, n * 100 + 1]);
    for (const q of z.questions) fields.push(...(sound(q) ? answerFields(q, s.answered[q.id]) : []));
  }
  const body = `${CODEC_PREFIX}.${shapePrint(quizzes)}.${pack(fields, 64).map((d) => B64[d]).join('')}`;
  return `${body}.${base32(fnv1a(body), 7)}`;
}

/**
 * The saved state in a suspend_data string, or null if it is not a whole,
 * sound string written for these quizzes. Never throws.
 *
 * @example decodeProgress('garbage', quizzes) // null
 */
export function decodeProgress(text: unknown, quizzes: readonly QuizShape[]): SavedProgress | null {
  try {
    if (typeof text !== 'string' || text.length > 4096) return null;
    const parts = text.split('.');
    if (parts.length !== 4 || parts[0] !== CODEC_PREFIX) return null;
    const [, fp, body, check] = parts as [string, string, string, string];
    if (base32(fnv1a(parts.slice(0, 3).join('.')), 7) !== check || fp !== shapePrint(quizzes)) return null;
    const digits = [...body].map((c) => B64.indexOf(c));
    if (digits.includes(-1)) return null;
    const r = reader(digits, 64);
    const out: SavedProgress = {};
    for (const z of quizzes) {
      if (!r.take(2)) continue;
      const attempts = r.take(MAX_ATTEMPTS + 1);
      const best = r.take(z.questions.length * 100 + 1) / 100;
      const answered: Record<string, Answer> = {};
      for (const q of z.questions) {
        if (!sound(q)) continue;
        const a = readAnswer(q, r.take);
        if (a !== undefined) answered[q.id] = a;
      }
      out[z.chapter] = { attempts, best, answered };
    }
    return r.width() === digits.length && r.rest() === 0n ? out : null;
  } catch {
    return null;
  }
}
