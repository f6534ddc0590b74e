/**
 * The bridge between a package's quizzes and the LMS: quiz events in,
 * runtime.ts calls out. A chapter's package has one quiz; a module's several
 * (`{ quizzes: [{ chapter, questions }, …] }`), reported as one SCO: one score
 * over all their questions, interaction ids `<chapter>.<question>`. Pure (no DOM): vp-scorm.ts reads the questions from
 * the page, passes the session, and forwards <vp-quiz>'s events.
 *
 *   const bridge = scormBridge(scormSession(findApi(window)), { chapter, questions, mastery: 80 });
 *   bridge.start();                         // LMSInitialize, resume from suspend_data
 *   quizElement.store = bridge.store;       // before <vp-quiz> upgrades
 *   quiz.addEventListener('vp-quiz-change', (e) => bridge.change(e.detail));
 *   addEventListener('pagehide', () => bridge.end());
 *
 * What the LMS receives, and the choices made:
 * - Status: start() leaves "incomplete" (runtime.ts: "not attempted" →
 *   "incomplete"; passed / failed / completed are kept). When every question
 *   of an attempt is checked: "passed" or "failed" against the mastery score,
 *   the LMS's cmi.student_data.mastery_score when it has one (the teacher's
 *   setting, which the LMS takes from the manifest's adlcp:masteryscore), else
 *   the chapter's data-mastery; "completed" if neither exists. A chapter
 *   without a quiz is "completed" as soon as it opens.
 * - Score: raw / min / max = the quiz's own score as a percentage (points ÷
 *   questions × 100, 0, 100), written after each check of the first attempt,
 *   so it equals the quiz's score line. "Start again" begins a new attempt
 *   inside the same LMS attempt: the score and status already recorded stay
 *   until the new attempt is complete, and are replaced only if it scores
 *   higher (the best complete attempt counts, as the quiz's "best"): a
 *   student who starts again out of curiosity never loses a grade.
 * - Interactions: one new cmi.interactions.n per newly checked question, the
 *   journal of every attempt (ids repeat from one attempt to the next, in
 *   time order). Result: "correct" (1 point), "wrong" (0), and a partly right
 *   answer (multiple, ordering, matching) its share of the point as a
 *   CMIDecimal, 0.01–0.99 (RTE 3.4.2.7.6 allows a decimal; "0.5" tells the
 *   teacher more than "wrong", and stays out of the neutral / unanticipated
 *   words, which mean something else). correct_responses.0.pattern is the
 *   right answer (for numeric: the expected value; the tolerance has no SCORM
 *   1.2 field).
 * - Latency: from the previous check of this attempt on this page, or, for
 *   the first, from when the attempt began on this page (the page opened or
 *   resumed, or "Start again"). A page cannot tell when a student looked at a
 *   question; time since the previous answer is what an LMS's report can
 *   compare, and it sums to the time spent answering.
 * - suspend_data (progress-codec.ts) after each change, then LMSCommit. At
 *   the end (pagehide) LMSFinish, exit "suspend" while the current attempt is
 *   unfinished, so the LMS relaunches it with entry "resume" and the student
 *   finds the answers they checked.
 * - Nothing throws; without an LMS every call does nothing (runtime.ts).
 */
import type { Answer } from '../quiz/score';
import { emptyProgress, type QuizProgress, type Store } from '../quiz/progress';
import { memoryStore } from '../quiz/memory-store';
import { decodeProgress, encodeProgress, type QuestionShape, type QuizShape } from './progress-codec';
import type { ScormAnswer, ScormSession } from './runtime';

/** A question as the page shows it: the codec's shape and the right answer (the quiz's data-key). */
export interface BridgeQuestion extends QuestionShape {
  /** data-key: the right option id(s), "true"/"false", the number, or the ids in the right order. */
  key: string;
}
/** One quiz of the page: its chapter and the questions shown, in quiz order. */
export interface BridgeQuiz {
  chapter: string;
  questions: readonly BridgeQuestion[];
}
export interface BridgeOptions {
  /** A chapter's package: its id and the questions shown (none for a chapter without a quiz). */
  chapter?: string;
  questions?: readonly BridgeQuestion[];
  /**
   * A module's package: several quizzes, one per chapter, in page order,
   * reported as one SCO (one score over all their questions). Interaction ids
   * are then `<chapter>.<question>` (a question id is unique in its chapter only).
   */
  quizzes?: readonly BridgeQuiz[];
  /** The pass mark in percent (data-mastery); null for none. */
  mastery: number | null;
  /** Clock, ms (tests pass a fake one). */
  now?: () => number;
}
/**
 * What <vp-quiz> says after each check and each "Start again" (its
 * vp-quiz-change detail). A new attempt is seen in the store: "Start again"
 * saves a record whose `attempts` went up, before the event.
 */
export interface QuizChange {
  /** The quiz's chapter (vp-quiz's data-chapter); a page of one quiz may leave it out. */
  chapter?: string;
  answered: Readonly<Record<string, { answer: Answer; points: number }>>;
  total: number;
}
/** Where the page stands with the LMS, for its status line. */
export type BridgeState = 'standalone' | 'recording' | 'refused' | 'finished' | 'completed';

export interface Bridge {
  /** The quiz's store: resumed from suspend_data, saved back to it. */
  readonly store: Store;
  /** Where the page stands (see BridgeState). */
  readonly state: BridgeState;
  /** Answers were found in suspend_data and put back. */
  readonly resumed: boolean;
  /** The score recorded in the LMS, percent; null if none yet. */
  readonly recorded: number | null;
  /** LMSInitialize and resume; the state. */
  start(): BridgeState;
  /** A quiz change: interactions, score, status, suspend_data, commit; the state. */
  change(c: QuizChange): BridgeState;
  /** The page is going away: suspend_data, session_time, exit, LMSFinish. */
  end(): void;
}

const ids = (q: BridgeQuestion) => q.ids ?? [];

/** A quiz answer (ids) as runtime.ts's ScormAnswer (authored indices); null if it does not fit. */
export function scormAnswer(q: BridgeQuestion, a: Answer): ScormAnswer | null {
  const list = ids(q);
  const rec = typeof a === 'object' && a !== null && !Array.isArray(a) ? (a as Record<string, string | number>) : null;
  switch (q.type) {
    case 'single':
      return typeof a === 'string' && list.includes(a) ? { type: 'single', value: list.indexOf(a) } : null;
    case 'multiple':
      return Array.isArray(a) ? { type: 'multiple', value: list.flatMap((id, i) => (a.includes(id) ? [i] : [])) } : null;
    case 'true-false':
      return typeof a === 'boolean' ? { type: 'true-false', value: a } : null;
    case 'numeric':
      return typeof a === 'number' && Number.isFinite(a) ? { type: 'numeric', value: a } : null;
    case 'ordering':
      // the items in the student's order (ties in authored order)
      return rec ? { type: 'ordering', value: list.map((id, i) => [Number(rec[id]), i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([, i]) => i) } : null;
    case 'matching':
      return rec ? { type: 'matching', value: list.map((id) => (list.includes(String(rec[id])) ? list.indexOf(String(rec[id])) : null)) } : null;
  }
}

/** The right answer, from data-key. */
function rightAnswer(q: BridgeQuestion): ScormAnswer | null {
  const keys = q.key.split(' ');
  switch (q.type) {
    case 'single': return scormAnswer(q, q.key);
    case 'multiple': return scormAnswer(q, keys);
    case 'true-false': return { type: 'true-false', value: q.key === 'true' };
    case 'numeric': return scormAnswer(q, Number(q.key));
    case 'ordering':
    case 'matching': return { type: q.type, value: ids(q).map((_, i) => i) };
  }
}

const result = (points: number): 'correct' | 'wrong' | number =>
  points >= 1 ? 'correct' : points <= 0 ? 'wrong' : Math.min(0.99, Math.max(0.01, Math.round(points * 100) / 100));

/** Percent, to the hundredth. */
const percent = (points: number, total: number) => (total ? Math.round((points / total) * 10000) / 100 : 0);

/** The bridge of a page's quizzes over a session (scormSession(null) outside an LMS). */
export function scormBridge(session: ScormSession, opts: BridgeOptions): Bridge {
  const now = opts.now ?? (() => Date.now());
  const module = Boolean(opts.quizzes);
  const quizzes: readonly BridgeQuiz[] = opts.quizzes ?? [{ chapter: opts.chapter ?? '', questions: opts.questions ?? [] }];
  const total = quizzes.reduce((n, q) => n + q.questions.length, 0);
  const shape: QuizShape[] = quizzes.map((z) => ({ chapter: z.chapter, questions: z.questions.map(({ id, type, ids: i }) => (i ? { id, type, ids: i } : { id, type })) }));
  let state: BridgeState = 'standalone';
  let resumed = false;
  let recorded: number | null = null;
  /** Per chapter: its progress as the quiz saved it, the attempt the journal is of, the questions journaled, its latest answers. */
  const progress = new Map<string, QuizProgress>();
  const attempt = new Map<string, number>(quizzes.map((z) => [z.chapter, 1]));
  const journaled = new Map<string, Set<string>>(quizzes.map((z) => [z.chapter, new Set<string>()]));
  const latest = new Map<string, QuizChange['answered']>();
  let since = now();
  const store = memoryStore(emptyProgress(), (chapter, q) => {
    progress.set(chapter, q);
  });
  const mastery = () => session.masteryScore ?? opts.mastery;
  const finished = () => total > 0 && quizzes.every((z) => z.questions.every((q) => progress.get(z.chapter)?.answered[q.id]));
  const suspend = () => {
    const saved: Record<string, { attempts: number; best: number; answered: Record<string, Answer> }> = {};
    for (const z of quizzes) {
      const q = progress.get(z.chapter);
      if (q) saved[z.chapter] = { attempts: q.attempts, best: q.best, answered: Object.fromEntries(Object.entries(q.answered).map(([k, v]) => [k, v.answer])) };
    }
    return session.suspend(encodeProgress(shape, saved));
  };
  const flag = (ok: boolean) => {
    if (!ok && state !== 'standalone') state = 'refused';
  };

  return {
    store,
    get state() {
      return state;
    },
    get resumed() {
      return resumed;
    },
    get recorded() {
      return recorded;
    },
    start() {
      if (!session.connected) return state;
      const found = session.start();
      if (!found) return (state = 'refused');
      state = 'recording';
      if (!total) {
        flag(session.setStatus('completed') && session.commit());
        if (state === 'recording') state = 'completed';
        return state;
      }
      if (/^(passed|failed|completed)$/.test(found.status)) {
        const raw = Number(found.scoreRaw);
        recorded = found.scoreRaw !== '' && Number.isFinite(raw) ? raw : 0;
      }
      const saved = decodeProgress(found.suspendData, shape);
      for (const z of quizzes) {
        const s = saved?.[z.chapter];
        if (!s) continue;
        const answered = Object.fromEntries(Object.entries(s.answered).map(([k, answer]) => [k, { answer, points: 0 }]));
        store.saveQuiz(z.chapter, { best: s.best, last: 0, total: z.questions.length, attempts: s.attempts, answered, updated: new Date(now()).toISOString() });
        attempt.set(z.chapter, Math.max(1, s.attempts));
        for (const id of Object.keys(answered)) journaled.get(z.chapter)!.add(id);
        if (Object.keys(answered).length) resumed = true;
      }
      if (finished() && recorded !== null) state = 'finished';
      since = now();
      return state;
    },
    change(c) {
      if (!session.active) return state;
      const chapter = c.chapter ?? quizzes[0]!.chapter;
      const z = quizzes.find((x) => x.chapter === chapter);
      if (!z) return state;
      const t = now();
      const q0 = progress.get(chapter);
      const seen = journaled.get(chapter)!;
      if ((q0?.attempts ?? 0) > attempt.get(chapter)!) {
        attempt.set(chapter, q0!.attempts);
        seen.clear();
        since = t;
        if (state === 'finished') state = 'recording';
      }
      latest.set(chapter, c.answered);
      let ok = true;
      for (const q of z.questions) {
        const a = c.answered[q.id];
        if (!a || seen.has(q.id)) continue;
        seen.add(q.id);
        const response = scormAnswer(q, a.answer);
        const correct = rightAnswer(q);
        if (!response) continue;
        const id = module ? `${chapter}.${q.id}` : q.id;
        ok = session.recordInteraction({ id, response, ...(correct ? { correct } : {}), latencyMs: t - since, result: result(a.points) }) && ok;
        since = t;
      }
      let points = 0;
      let checked = 0;
      for (const x of quizzes) {
        const answered = latest.get(x.chapter) ?? {};
        for (const q of x.questions) {
          const a = answered[q.id];
          if (!a) continue;
          checked++;
          points += a.points;
        }
      }
      const pct = percent(points, total);
      const complete = checked === total && total > 0;
      if (complete) {
        if (recorded === null || pct > recorded) {
          ok = session.setScore(pct, 100, 0) && ok;
          const m = mastery();
          ok = session.setStatus(m === null ? 'completed' : pct >= m ? 'passed' : 'failed') && ok;
          recorded = pct;
        }
        if (state === 'recording') state = 'finished';
      } else if (recorded === null && checked) {
        ok = session.setScore(pct, 100, 0) && ok;
      }
      ok = suspend() && ok;
      ok = session.commit() && ok;
      flag(ok);
      return state;
    },
    end() {
      if (!session.active) return;
      if (!total) {
        session.finish();
        return;
      }
      suspend();
      const done = finished();
      session.finish(done ? { keepStatus: true } : { incomplete: true });
    },
  };
}
