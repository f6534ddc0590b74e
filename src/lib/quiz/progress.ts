/**
 * The reader's quiz progress, kept in this browser only, under ONE versioned
 * localStorage key ("vp-progress"; the privacy page's "erase" button removes
 * every "vp-" key):
 *
 *   { v: 1,
 *     quizzes: { [chapterId]: { best, last, total, attempts, answered: { [questionId]: { answer, points } }, updated } },
 *     read: [chapterId, …],
 *     last?: { chapter, section?, at },        // where the reader was: "resume where I left off"
 *     seen?: { [chapterId]: at } }             // when each chapter was last open
 *
 *   import { openStore, recordAnswer } from '../lib/quiz/progress';
 *   const store = openStore(() => localStorage);
 *   if (store.problem) showNotice();             // unreadable data was reset
 *   store.saveQuiz('gdpr', recordAnswer(store.progress.quizzes.gdpr, 'q1', { answer: 'b', points: 1 }, 12));
 *
 * What is read is checked by a small hand-written validator (Zod would cost
 * the browser ~15 KB gzip). Anything unreadable — broken JSON, someone else's
 * shape, another version — is reported once and replaced by a clean start;
 * it never breaks the page. When storage is unavailable (disabled, private
 * mode, quota exceeded), progress lives in memory for the visit.
 *
 * `total` (the number of questions when the score was made) is not in the
 * first sketch of this shape: it keeps "x / y" true after a quiz changes.
 * `last` and `seen` came later (the read marker, progress-mark.ts) and are
 * optional, so records stored before them stay valid.
 *
 * Export, import and the totals of the progress page are in
 * progress-file.ts: kept apart so that the chunk every quiz page loads does
 * not carry them.
 */
import type { Answer } from './score';

export const PROGRESS_KEY = 'vp-progress';
export const PROGRESS_VERSION = 1;

export interface SavedAnswer {
  answer: Answer;
  /** 0 to 1, as scored when checked. */
  points: number;
}
export interface QuizProgress {
  /** Best score of any attempt, in points. */
  best: number;
  /** Score of the latest attempt with a checked answer (the current one while it goes on). */
  last: number;
  /** Questions in the quiz when `last` was scored. */
  total: number;
  /** Attempts begun: the first check starts the first one, each "Start again" another. */
  attempts: number;
  /** Checked answers of the latest attempt, by question id. */
  answered: Record<string, SavedAnswer>;
  /** ISO 8601 date and time of the last change. */
  updated: string;
}
/** Where the reader was last: a chapter and, once they scrolled past one, the id of the h2 above them. */
export interface Place {
  chapter: string;
  /** Id of the last h2 scrolled past (a heading slug, the URL fragment to resume at). */
  section?: string;
  /** ISO 8601 date and time. */
  at: string;
}
export interface Progress {
  v: 1;
  quizzes: Record<string, QuizProgress>;
  /** Ids of the chapters read to their end. */
  read: string[];
  /** Where the reader left off (absent until a chapter has been open). */
  last?: Place;
  /** When each chapter was last open, ISO 8601 by chapter id. */
  seen?: Record<string, string>;
}
/** Why stored data was discarded: not JSON, not our shape, or another version. */
export type Problem = 'corrupt' | 'foreign' | 'outdated';

/** A fresh, empty progress record. */
export const emptyProgress = (): Progress => ({ v: PROGRESS_VERSION, quizzes: {}, read: [] });

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isString = (x: unknown): x is string => typeof x === 'string';
const isDate = (x: unknown): x is string => isString(x) && !Number.isNaN(Date.parse(x));
/** A heading id as github-slugger makes them: no spaces, nothing that would break a URL fragment. */
const isSection = (x: unknown): x is string => isString(x) && /^[^\s#<>"'`]{1,200}$/u.test(x);

function isPlace(x: unknown): x is Place {
  return isObject(x) && isString(x.chapter) && (x.section === undefined || isSection(x.section)) && isDate(x.at);
}

function isAnswer(x: unknown): x is Answer {
  if (x === null || isString(x) || typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(isString);
  return isObject(x) && Object.values(x).every((v) => isString(v) || (typeof v === 'number' && Number.isFinite(v)));
}

function isQuizProgress(x: unknown): x is QuizProgress {
  return (
    isObject(x) &&
    isCount(x.best) &&
    isCount(x.last) &&
    Number.isInteger(x.total) &&
    isCount(x.total) &&
    Number.isInteger(x.attempts) &&
    isCount(x.attempts) &&
    isDate(x.updated) &&
    isObject(x.answered) &&
    Object.values(x.answered).every((a) => isObject(a) && isAnswer(a.answer) && isCount(a.points) && a.points <= 1)
  );
}

/**
 * Whether `x` is a version-1 progress record (extra fields are tolerated and kept).
 *
 * @example isProgress({ v: 1, quizzes: {}, read: [] }) // true
 */
export function isProgress(x: unknown): x is Progress {
  return (
    isObject(x) &&
    x.v === PROGRESS_VERSION &&
    isObject(x.quizzes) &&
    Object.values(x.quizzes).every(isQuizProgress) &&
    Array.isArray(x.read) &&
    x.read.every(isString) &&
    (x.last === undefined || isPlace(x.last)) &&
    (x.seen === undefined || (isObject(x.seen) && Object.values(x.seen).every(isDate)))
  );
}

/**
 * Reads the stored text; a missing key is a clean start, not a problem.
 *
 * @example
 *   parseProgress(null)      // { progress: { v: 1, quizzes: {}, read: [] } }
 *   parseProgress('{oops')   // { progress: …empty…, problem: 'corrupt' }
 *   parseProgress('{"v":0}') // { progress: …empty…, problem: 'outdated' }
 */
export function parseProgress(raw: string | null): { progress: Progress; problem?: Problem } {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  if (isProgress(data)) return { progress: data };
  const problem = !isObject(data) || typeof data.v !== 'number' ? 'foreign' : data.v === PROGRESS_VERSION ? 'corrupt' : 'outdated';
  return { progress: emptyProgress(), problem };
}

export interface Store {
  /** The progress as last read or saved. */
  readonly progress: Progress;
  /** Set when stored data was unreadable and has been reset. */
  readonly problem: Problem | undefined;
  /** False once storage has failed: progress then lasts for this visit only. */
  readonly persistent: boolean;
  /** Saves one quiz's progress, keeping what other pages or tabs stored meanwhile. */
  saveQuiz(chapter: string, quiz: QuizProgress): void;
}

/**
 * Opens the store on a Storage (given as a function: merely touching
 * `localStorage` throws where storage is disabled).
 *
 * @example
 *   const store = openStore(() => localStorage);
 *   store.progress.quizzes['clearview-case']?.best // 7.5, or undefined
 */
export function openStore(storage: () => Storage): Store {
  let persistent = true;
  const attempt = <T>(fn: (s: Storage) => T): T | undefined => {
    if (!persistent) return undefined;
    try {
      return fn(storage());
    } catch {
      persistent = false;
      return undefined;
    }
  };
  const first = parseProgress(attempt((s) => s.getItem(PROGRESS_KEY)) ?? null);
  if (first.problem) attempt((s) => s.removeItem(PROGRESS_KEY));
  let progress = first.progress;
  return {
    get progress() {
      return progress;
    },
    problem: first.problem,
    get persistent() {
      return persistent;
    },
    saveQuiz(chapter, quiz) {
      // Another tab may have saved since: start from what is stored, if sound.
      const stored = parseProgress(attempt((s) => s.getItem(PROGRESS_KEY)) ?? null);
      const base = stored.problem ? progress : stored.progress;
      progress = { ...base, quizzes: { ...base.quizzes, [chapter]: quiz } };
      attempt((s) => s.setItem(PROGRESS_KEY, JSON.stringify(progress)));
    },
  };
}

/**
 * A quiz's progress after one more checked answer: `last` is the sum of the
 * attempt's points, `best` the highest `last` so far.
 *
 * @example
 *   recordAnswer(undefined, 'q1', { answer: 'b', points: 1 }, 12)
 *   // { best: 1, last: 1, total: 12, attempts: 1, answered: { q1: … }, updated: '2026-…' }
 */
export function recordAnswer(quiz: QuizProgress | undefined, questionId: string, saved: SavedAnswer, total: number, now = new Date()): QuizProgress {
  const answered = { ...quiz?.answered, [questionId]: saved };
  const last = Object.values(answered).reduce((n, a) => n + a.points, 0);
  return {
    best: Math.max(quiz?.best ?? 0, last),
    last,
    total,
    attempts: Math.max(quiz?.attempts ?? 0, 1),
    answered,
    updated: now.toISOString(),
  };
}

/**
 * A quiz's progress when the reader starts again: answers cleared, `best`
 * and `last` kept until the new attempt's first check, and the attempt after
 * the current one (an attempt not yet begun counts as the first, so "Start
 * again" always moves on and reshuffles).
 *
 * @example startOver({ best: 9, last: 7, total: 12, attempts: 1, answered: {…}, updated }, 12) // { best: 9, last: 7, attempts: 2, answered: {}, … }
 */
export function startOver(quiz: QuizProgress | undefined, total: number, now = new Date()): QuizProgress {
  const { best = 0, last = 0, attempts = 0 } = quiz ?? {};
  return { best, last, total, attempts: Math.max(attempts, 1) + 1, answered: {}, updated: now.toISOString() };
}
