/**
 * The bridge between a packaged chapter's quiz and the LMS: quiz events in,
 * runtime.ts calls out. Pure (no DOM): vp-scorm.ts reads the questions from
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
export interface BridgeOptions {
  chapter: string;
  /** The questions shown, in quiz order; none for a chapter without a quiz. */
  questions: readonly BridgeQuestion[];
  /** The chapter's pass mark in percent (data-mastery); null for none. */
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

/** The bridge of one chapter's quiz over a session (scormSession(null) outside an LMS). */
export function scormBridge(session: ScormSession, opts: BridgeOptions): Bridge {
  const now = opts.now ?? (() => Date.now());
  const { chapter, questions } = opts;
  const shape: QuizShape[] = [{ chapter, questions: questions.map(({ id, type, ids: i }) => (i ? { id, type, ids: i } : { id, type })) }];
  let state: BridgeState = 'standalone';
  let resumed = false;
  let recorded: number | null = null;
  let quiz: QuizProgress | undefined;
  /** Attempts begun when the journal was last reset (the first check makes it 1, not a new attempt). */
  let attempt = 1;
  let since = now();
  const journaled = new Set<string>();
  const store = memoryStore(emptyProgress(), (_, q) => {
    quiz = q;
  });
  const mastery = () => session.masteryScore ?? opts.mastery;
  const finished = () => questions.length > 0 && questions.every((q) => quiz?.answered[q.id]);
  const suspend = () => {
    const answered = Object.fromEntries(Object.entries(quiz?.answered ?? {}).map(([k, v]) => [k, v.answer]));
    return session.suspend(encodeProgress(shape, quiz ? { [chapter]: { attempts: quiz.attempts, best: quiz.best, answered } } : {}));
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
      if (!questions.length) {
        flag(session.setStatus('completed') && session.commit());
        if (state === 'recording') state = 'completed';
        return state;
      }
      if (/^(passed|failed|completed)$/.test(found.status)) {
        const raw = Number(found.scoreRaw);
        recorded = found.scoreRaw !== '' && Number.isFinite(raw) ? raw : 0;
      }
      const saved = decodeProgress(found.suspendData, shape)?.[chapter];
      if (saved) {
        const answered = Object.fromEntries(Object.entries(saved.answered).map(([k, answer]) => [k, { answer, points: 0 }]));
        quiz = { best: saved.best, last: 0, total: questions.length, attempts: saved.attempts, answered, updated: new Date(now()).toISOString() };
        store.saveQuiz(chapter, quiz);
        attempt = Math.max(1, saved.attempts);
        for (const id of Object.keys(answered)) journaled.add(id);
        resumed = Object.keys(answered).length > 0;
      }
      if (finished() && recorded !== null) state = 'finished';
      since = now();
      return state;
    },
    change(c) {
      if (!session.active) return state;
      const t = now();
      if ((quiz?.attempts ?? 0) > attempt) {
        attempt = quiz!.attempts;
        journaled.clear();
        since = t;
        if (state === 'finished') state = 'recording';
      }
      let ok = true;
      for (const q of questions) {
        const a = c.answered[q.id];
        if (!a || journaled.has(q.id)) continue;
        journaled.add(q.id);
        const response = scormAnswer(q, a.answer);
        const correct = rightAnswer(q);
        if (!response) continue;
        ok = session.recordInteraction({ id: q.id, response, ...(correct ? { correct } : {}), latencyMs: t - since, result: result(a.points) }) && ok;
        since = t;
      }
      const checked = questions.filter((q) => c.answered[q.id]);
      const pct = percent(checked.reduce((n, q) => n + c.answered[q.id]!.points, 0), questions.length);
      const complete = checked.length === questions.length && questions.length > 0;
      if (complete) {
        if (recorded === null || pct > recorded) {
          ok = session.setScore(pct, 100, 0) && ok;
          const m = mastery();
          ok = session.setStatus(m === null ? 'completed' : pct >= m ? 'passed' : 'failed') && ok;
          recorded = pct;
        }
        if (state === 'recording') state = 'finished';
      } else if (recorded === null && checked.length) {
        ok = session.setScore(pct, 100, 0) && ok;
      }
      ok = suspend() && ok;
      ok = session.commit() && ok;
      flag(ok);
      return state;
    },
    end() {
      if (!session.active) return;
      if (!questions.length) {
        session.finish();
        return;
      }
      suspend();
      const done = finished();
      session.finish(done ? { keepStatus: true } : { incomplete: true });
    },
  };
}
