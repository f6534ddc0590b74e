/**
 * cmi.suspend_data of a packaged quiz: what a student has checked so far, so
 * that the LMS can hand it back when they come back ("resume"). SCORM 1.2
 * gives a SCO 4,096 characters (CMIString4096) and no structure, so the
 * string is packed, versioned and checked:
 *
 *   vp1.<fp>.<body>.<check>
 *   vp1.Xq3kPa.BAAAAIAJ….h2Jc0F
 *
 * - `vp1`: format version. Any other prefix (another SCO's data, a string the
 *   LMS made up) decodes to null.
 * - `fp`: a 32-bit hash (6 base64url symbols) of the quizzes' canonical
 *   shape: chapter ids, question ids, types and authored option / item / pair
 *   ids. Answers are stored BY POSITION, so a string written for another
 *   chapter, or for this chapter before its quiz changed, is refused rather
 *   than misread.
 * - `body`: base64url of bit fields, each as many bits as its range needs,
 *   least significant first, per quiz: whether it has a record (1 bit);
 *   attempts begun (16 bits, capped); best score in hundredths of a point
 *   (range 100 × questions + 1); then per question, in quiz order:
 *   single: 0 unanswered or 1 + the authored index of the option (k + 1);
 *   true-false: unanswered / true / false (3); multiple: the ticked options
 *   as a bit mask (2ᵏ, 0 = unanswered); ordering: answered? (2), then each
 *   item's position − 1 (radix n each, authored order); matching: answered?
 *   (2), then each left term's right term (radix n each); numeric: answered?
 *   (2), then the IEEE 754 double as four 16-bit fields, so any number the
 *   student can type comes back exactly and costs the same 64 bits.
 * - `check`: the hash of everything before it, 6 base64url symbols: a cut or
 *   damaged string is refused (a false accept has a chance of about 1 in 2³²).
 *
 * Why not the share codes' mixed-radix packing and FNV-1a (src/lib/share/):
 * importing them here would split them out of the module pages' chunk, one
 * more file and ~190 B gzip there (tests/dist/budget-issue13); bit fields
 * cost a few characters more and nothing elsewhere.
 *
 * Size: the length depends only on which questions are answered, not on the
 * answers. Every question of the course (117, 8 quizzes, every type) all
 * answered: 286 characters (tests/unit/scorm-codec.test.ts), under a fourteenth of
 * the 4,096 allowed; one chapter's quiz, 43 to 55.
 *
 * decodeProgress() never throws and returns null for anything it cannot read
 * whole: corrupt, truncated, foreign, stale, or an answer out of range.
 *
 *   const text = encodeProgress([shape], { 'clearview-case': { attempts: 1, best: 2, answered: { q1: 'b' } } });
 *   decodeProgress(text, [shape])?.['clearview-case']?.answered.q1 // 'b'
 */
import type { QuestionType } from '../../schemas/quiz';
import type { Answer } from '../quiz/score';

/** One field: its value (0 ≤ value < range) and its range. */
type Field = [value: number, range: number];

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

/** Bits needed for values 0 … range − 1. */
const width = (range: number) => {
  let b = 0;
  while (2 ** b < range) b++;
  return b;
};

/** A 32-bit hash of a text (Murmur-style mixing over UTF-16 units) as 6 base64url symbols. */
export function hash6(text: string): string {
  let h = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d) ^ (h >>> 16);
  let out = '';
  for (let i = 0, n = h >>> 0; i < 6; i++, n = Math.floor(n / 64)) out += B64[n % 64];
  return out;
}

/** The fingerprint of these quizzes' shape (6 base64url symbols). */
export const shapePrint = (quizzes: readonly QuizShape[]) => hash6(canonical(quizzes));

/** Fields as base64url, 6 bits a symbol, least significant bit first. */
function pack(fields: readonly Field[]): string {
  const bits: number[] = [];
  for (const [v, range] of fields) for (let i = 0, w = width(range); i < w; i++) bits.push(Math.floor(v / 2 ** i) % 2);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += B64[bits.slice(i, i + 6).reduce((n, b, j) => n + b * 2 ** j, 0)];
  return out;
}

/** Reads back what pack() wrote; `sound()` is false once a field was out of its range or past the end. */
function reader(body: string) {
  const bits = [...body].flatMap((c) => {
    const d = B64.indexOf(c);
    return Array.from({ length: 6 }, (_, j) => (d < 0 ? 2 : Math.floor(d / 2 ** j) % 2));
  });
  let at = 0;
  let ok = !bits.includes(2);
  return {
    take(range: number): number {
      let v = 0;
      for (let i = 0, w = width(range); i < w; i++) v += (bits[at++] ?? ((ok = false), 0)) * 2 ** i;
      if (v >= range) ok = false;
      return v;
    },
    /** Every field read in range, the string no longer than they need, its padding zero. */
    sound: () => ok && at <= bits.length && bits.length - at < 6 && bits.slice(at).every((b) => b === 0),
  };
}

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
      if (a === undefined || !isRecord(a)) return [[0, 2]];
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
  const body = `${CODEC_PREFIX}.${shapePrint(quizzes)}.${pack(fields)}`;
  return `${body}.${hash6(body)}`;
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
    if (hash6(parts.slice(0, 3).join('.')) !== check || fp !== shapePrint(quizzes)) return null;
    const r = reader(body);
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
    return r.sound() ? out : null;
  } catch {
    return null;
  }
}
