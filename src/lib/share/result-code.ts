/**
 * Result codes: what a student copies at the end of a quiz or module, and
 * what the teacher pastes (a class at a time) to see how it went. Encoded in
 * Crockford base32, grouped by 4 for reading: `7K2M-0QXH-…`; decoding ignores
 * case, spaces and hyphens and reads I/L as 1 and O as 0.
 *
 * Content, packed as mixed-radix fields (radix.ts), first field first:
 *   version (radix 8, now 1) · fingerprint (20 bits of the FNV-1a of the
 *   chosen chapters with question types and option ids, catalogue.ts) ·
 *   selection bits (catalogue.ts) · nonce (15 bits, random per attempt, so
 *   that two students with the same answers on the same day do not give the
 *   same code and look like a duplicate) · day (12 bits, days since
 *   2026-01-01, until 2037) · one field per chosen question ·
 *   score (tenths of a point, radix 10 × questions + 1) · 2 check symbols.
 * Per-question field: single = unanswered or the option chosen (k + 1
 * values; right or wrong follows from the catalogue), true-false =
 * unanswered / true / false, numeric = unanswered / wrong / right, multiple,
 * ordering and matching = unanswered / wrong / partial / right.
 *
 * Example (chapter gdpr, 2 of 14 answered, 26 Nov 2026): 99Y6-42AJ-G49H-3008-TF0D-Q.
 * Lengths (real catalogue): one chapter's quiz, 20–22 symbols; the whole
 * course (111 questions), 60 (see the tests). The check (checksum.ts) rejects every
 * single-symbol substitution and every transposition of neighbours. Codes
 * are NOT tamper-proof: anyone who reads this file can make one.
 * A future version keeps the first field and the check: its codes are
 * refused as 'version', not as typos.
 */
import type { Answer } from '../quiz/score';
import { type Catalogue, type Entry, hash, planFields, planOf, readPlan, selectionOf, type Selection, type SelectionProblem } from './catalogue';
import { CROCKFORD, checkDigits, checks } from './checksum';
import { type Field, pack, reader } from './radix';

export type Outcome = 'right' | 'partial' | 'wrong' | 'unanswered';
export type ResultProblem = 'malformed' | 'checksum' | 'version' | 'stale' | 'truncated' | 'too-long';

/** What the quiz knows at the end: the selection and its answers as the progress store keeps them. */
export type ResultInput = Selection & {
  /** Checked answers, by chapter then question id (QuizProgress.answered). */
  answered: Readonly<Record<string, Readonly<Record<string, { answer: Answer; points: number }>> | undefined>>;
  /** The day the code is made, YYYY-MM-DD (the student's local date). */
  date: string;
  /** A random integer, 0 – 32767 (e.g. crypto.getRandomValues). */
  nonce: number;
};
export interface QuestionResult {
  chapter: string;
  id: string;
  outcome: Outcome;
  /** The option id (single) or value (true-false) chosen, when answered. */
  choice?: string | boolean;
}
export interface Result {
  version: 1;
  /** Identity of the module: two results compare if and only if their `module` is equal. */
  module: string;
  chapters: string[];
  questions: Record<string, string[]>;
  answers: QuestionResult[];
  /** Points, to the tenth. */
  score: number;
  /** Questions in the module (the most points possible). */
  total: number;
  /** YYYY-MM-DD. */
  date: string;
  nonce: number;
}

const EPOCH = Date.UTC(2026, 0, 1);
const DAY = 864e5;
const STATES: Record<string, Outcome[]> = {
  numeric: ['unanswered', 'wrong', 'right'],
  'true-false': ['unanswered', 'wrong', 'wrong'],
};
const FOUR: Outcome[] = ['unanswered', 'wrong', 'partial', 'right'];
const radixOf = (q: Entry) => (q.options ? q.options.length + 1 : STATES[q.type]?.length ?? 4);
const chosen = (cat: Catalogue, plan: ReturnType<typeof readPlan>) =>
  cat.chapters.flatMap((c, i) => c.questions.filter((_, j) => plan[i] === true || (plan[i] as boolean[] | undefined)?.[j]).map((q) => [c.id, q] as const));
const fingerprint = (cat: Catalogue, plan: ReturnType<typeof readPlan>) => {
  const h = hash(cat, plan, true);
  return (h ^ (h >>> 20)) & 0xfffff;
};

/**
 * The identity of a module as results carry it (`Result.module`), to tell
 * aggregate() which module to count, e.g. from a decoded module link.
 *
 * @example moduleKey(decodeModule(hash, cat).state) // 'gdpr:q1,q2;police:q7'
 */
export const moduleKey = (sel: { chapters: readonly string[]; questions: Readonly<Record<string, readonly string[]>> }): string =>
  sel.chapters.map((c) => `${c}:${sel.questions[c]?.join() ?? ''}`).join(';');

/** Removes spaces and hyphens, upper-cases, reads I and L as 1 and O as 0. */
export const normaliseCode = (text: string): string => text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

/**
 * The result code for the answers, grouped by 4 symbols, or why the selection cannot be encoded.
 *
 * @example encodeResult({ chapters: ['gdpr'], answered: { gdpr: progress.quizzes.gdpr.answered }, date: '2026-03-05', nonce: 1234 }, cat)
 *   // { ok: true, code: 'R1A0-…' }
 */
export function encodeResult(input: ResultInput, cat: Catalogue): { ok: true; code: string } | { ok: false; reason: SelectionProblem } {
  const plan = planOf(cat, input);
  if (typeof plan === 'string') return { ok: false, reason: plan };
  const qs = chosen(cat, plan);
  let points = 0;
  const states: Field[] = qs.map(([ch, q]) => {
    const saved = input.answered[ch]?.[q.id];
    if (!saved) return [0, radixOf(q)];
    const p = Math.min(1, Math.max(0, saved.points));
    points += p;
    const state = q.options
      ? q.options.indexOf(String(saved.answer)) + 1
      : q.type === 'true-false'
        ? typeof saved.answer === 'boolean' ? 2 - Number(saved.answer) : 0
        : p >= 1 ? radixOf(q) - 1 : p > 0 && radixOf(q) > 3 ? 2 : 1;
    return [state, radixOf(q)];
  });
  const day = Math.min(4095, Math.max(0, Math.round((Date.parse(input.date) - EPOCH) / DAY) || 0));
  const digits = pack(
    [[1, 8], [fingerprint(cat, plan), 2 ** 20], ...planFields(plan), [input.nonce & 32767, 32768], [day, 4096], ...states, [Math.round(points * 10), qs.length * 10 + 1]],
    32,
  );
  const all = [...digits, ...checkDigits(digits)];
  return { ok: true, code: all.map((d) => CROCKFORD[d]).join('').replace(/(.{4})(?=.)/g, '$1-') };
}

/**
 * The result in a code, or why it is refused. Never throws.
 *
 * @example decodeResult('r1a0-…', cat) // { ok: true, result: { score: 9.5, total: 12, date: '2026-03-05', … } }
 */
export function decodeResult(text: string, cat: Catalogue): { ok: true; result: Result } | { ok: false; reason: ResultProblem } {
  const fail = (reason: ResultProblem) => ({ ok: false as const, reason });
  try {
    const s = normaliseCode(text);
    if (s.length > 200) return fail('too-long');
    const d = [...s].map((c) => CROCKFORD.indexOf(c));
    if (!s || d.includes(-1)) return fail('malformed');
    const r = reader(d.slice(0, -2), 32);
    const version = r.take(8);
    const fp = r.take(2 ** 20);
    const plan = readPlan(r.take, cat);
    const nonce = r.take(32768);
    const day = r.take(4096);
    const qs = chosen(cat, plan);
    const answers = qs.map(([chapter, q]): QuestionResult => {
      const v = r.take(radixOf(q));
      const a: QuestionResult = { chapter, id: q.id, outcome: (STATES[q.type] ?? FOUR)[v]! };
      if (v && q.options) {
        a.choice = q.options[v - 1]!;
        a.outcome = v - 1 === q.answer ? 'right' : 'wrong';
      }
      if (v && q.type === 'true-false') {
        a.choice = v === 1;
        a.outcome = a.choice === q.answer ? 'right' : 'wrong';
      }
      return a;
    });
    const tenths = r.take(qs.length * 10 + 1);
    const expected = r.width() + 2;
    const fresh = version === 1 && fp === fingerprint(cat, plan);
    // The fields up to the chapter flags, which fix the layout of the rest, must be all there.
    const head = Math.ceil((23 + cat.chapters.length + plan.filter(Boolean).length) / 5);
    const ok = checks(d);
    if (ok && version !== 1) return fail('version');
    if (d.length < 12 || head > d.length - 2 || (fresh && d.length < expected)) return fail('truncated');
    if (!ok) return fail('checksum');
    if (!fresh) return fail('stale');
    if (d.length !== expected || r.rest() || !plan.some(Boolean)) return fail('malformed');
    const sel = selectionOf(cat, plan);
    return {
      ok: true,
      result: {
        version: 1,
        module: moduleKey(sel),
        ...sel,
        answers,
        score: tenths / 10,
        total: qs.length,
        date: new Date(EPOCH + day * DAY).toISOString().slice(0, 10),
        nonce,
      },
    };
  } catch {
    return fail('malformed');
  }
}

export type LineStatus =
  | { line: number; status: 'ok'; result: Result }
  | { line: number; status: 'invalid'; reason: ResultProblem }
  | { line: number; status: 'duplicate'; of: number }
  | { line: number; status: 'other-module'; result: Result };
export interface QuestionTally extends Record<Outcome, number> {
  chapter: string;
  id: string;
  /** Single and true-false questions: how often each option (id, or 'true' / 'false') was chosen. */
  choices?: Record<string, number>;
}
export interface Aggregate {
  /** One status per non-blank line; `line` is its 1-based number in the input. */
  lines: LineStatus[];
  /** The module counted (given, or the one most valid codes share), if any. */
  module?: string;
  /** Per question of that module, in course order. */
  questions: QuestionTally[];
  /** Scores of the counted codes, in line order. */
  scores: number[];
  /** Counted codes per whole point: histogram[k] = scores in [k, k + 1) (the last bin holds the full score). */
  histogram: number[];
}

/**
 * A class's codes, one per line, read and tallied; pure. Lines that are
 * blank are skipped; a code identical to an earlier valid one is a
 * duplicate; codes of another module than `module` (default: the most
 * common valid one) are listed but not counted.
 *
 * @example aggregate(pasted.split('\n'), cat).questions[0] // { chapter, id, right: 20, partial: 0, wrong: 7, unanswered: 3, choices: {…} }
 */
export function aggregate(codes: readonly string[], cat: Catalogue, module?: string): Aggregate {
  const seen = new Map<string, number>();
  const votes = new Map<string, number>();
  const lines: LineStatus[] = [];
  codes.forEach((text, i) => {
    if (!text.trim()) return;
    const line = i + 1;
    const decoded = decodeResult(text, cat);
    if (!decoded.ok) return lines.push({ line, status: 'invalid', reason: decoded.reason });
    const key = normaliseCode(text);
    const of = seen.get(key);
    if (of) return lines.push({ line, status: 'duplicate', of });
    seen.set(key, line);
    votes.set(decoded.result.module, (votes.get(decoded.result.module) ?? 0) + 1);
    return lines.push({ line, status: 'ok', result: decoded.result });
  });
  const counted = module ?? [...votes].reduce<[string?, number?]>((best, v) => (v[1] > (best[1] ?? 0) ? v : best), [])[0];
  const questions: QuestionTally[] = [];
  const scores: number[] = [];
  let histogram: number[] = [];
  for (const l of lines) {
    if (l.status !== 'ok') continue;
    if (l.result.module !== counted) {
      Object.assign(l, { status: 'other-module' });
      continue;
    }
    if (!questions.length) {
      histogram = Array<number>(l.result.total + 1).fill(0);
      for (const a of l.result.answers) {
        const q = cat.chapters.find((c) => c.id === a.chapter)!.questions.find((x) => x.id === a.id)!;
        questions.push({ chapter: a.chapter, id: a.id, right: 0, partial: 0, wrong: 0, unanswered: 0, ...(q.options || q.type === 'true-false' ? { choices: {} } : {}) });
      }
    }
    l.result.answers.forEach((a, j) => {
      const t = questions[j]!;
      t[a.outcome]++;
      if (t.choices && a.choice !== undefined) t.choices[String(a.choice)] = (t.choices[String(a.choice)] ?? 0) + 1;
    });
    scores.push(l.result.score);
    histogram[Math.min(Math.floor(l.result.score), l.result.total)]! += 1;
  }
  return { lines, ...(counted ? { module: counted } : {}), questions, scores, histogram };
}
