/**
 * The progress FILE (export and import on the progress page) and the page's
 * totals, over the record described in progress.ts. Kept out of progress.ts
 * because Vite puts that module in a chunk shared with every quiz page,
 * which has no use for this code.
 *
 *   const file = exportProgress(store.progress);          // download as exportFileName()
 *   const r = importProgress(await f.text(), CHAPTER_IDS); // { ok, progress } | { ok: false, reason }
 *
 * `exportProgress` wraps the record in a file marked
 * { format: 'visage-public-progress', v: 1, exported }; `importProgress`
 * checks such a file before anything is written. An import REPLACES the
 * progress kept in this browser, after the reader has seen what the file
 * contains and confirmed: merging two devices' records would need rules
 * (whose best score, whose attempt, whose "last place") that a reader cannot
 * see or check, whereas "this file becomes my progress" is plain.
 */
import { PROGRESS_VERSION, isProgress, type Progress } from './progress';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));

export const FILE_FORMAT = 'visage-public-progress';
export const FILE_VERSION = 1;
/** Larger than any honest export by far (eight quizzes): refused before parsing. */
export const FILE_MAX_CHARS = 500_000;

/** What the export button downloads. */
export interface ProgressFile {
  format: typeof FILE_FORMAT;
  v: typeof FILE_VERSION;
  /** ISO 8601 date and time of the export. */
  exported: string;
  progress: Progress;
}

/** Why a file was refused; nothing is changed in any case. */
export type ImportProblem = 'too-large' | 'not-json' | 'not-ours' | 'newer' | 'invalid' | 'unknown-chapter';
export type Imported =
  | { ok: true; progress: Progress; exported: string }
  | { ok: false; reason: ImportProblem; /** The offending chapter id, for 'unknown-chapter'. */ detail?: string };

/**
 * The file to download for a progress record.
 *
 * @example exportProgress(store.progress, new Date('2026-11-26T10:00:00Z'))
 *   // { format: 'visage-public-progress', v: 1, exported: '2026-11-26T10:00:00.000Z', progress: {…} }
 */
export function exportProgress(progress: Progress, now = new Date()): ProgressFile {
  return { format: FILE_FORMAT, v: FILE_VERSION, exported: now.toISOString(), progress };
}

/**
 * The download's name, dated in the reader's time zone.
 *
 * @example exportFileName(new Date(2026, 10, 26)) // 'visage-public-progress-2026-11-26.json'
 */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${FILE_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * Checks the text of a file chosen for import: ours, not newer than this
 * site, every field sound, every score within its quiz, every chapter one
 * this course has (`chapters`: CHAPTER_IDS, passed in so that the browser
 * bundle does not import the content schemas). Returns a clean record (read
 * ids de-duplicated, unknown top-level fields dropped) or the reason for
 * refusing; it never throws.
 *
 * @example
 *   importProgress('{oops', CHAPTER_IDS)                  // { ok: false, reason: 'not-json' }
 *   importProgress(JSON.stringify(exportProgress(p)), CHAPTER_IDS) // { ok: true, progress: p, exported: '…' }
 */
export function importProgress(text: string, chapters: readonly string[]): Imported {
  if (text.length > FILE_MAX_CHARS) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObject(data) || data.format !== FILE_FORMAT || typeof data.v !== 'number') return { ok: false, reason: 'not-ours' };
  const inner = data.progress;
  if (data.v > FILE_VERSION || (isObject(inner) && typeof inner.v === 'number' && inner.v > PROGRESS_VERSION)) return { ok: false, reason: 'newer' };
  if (data.v !== FILE_VERSION || !isDate(data.exported) || !isProgress(inner)) return { ok: false, reason: 'invalid' };
  const quizzes = Object.entries(inner.quizzes);
  // A score above its quiz's size was not made here.
  if (quizzes.some(([, q]) => q.best > q.total || q.last > q.total)) {
    return { ok: false, reason: 'invalid' };
  }
  const known = new Set(chapters);
  const ids = [...inner.read, ...quizzes.map(([id]) => id), ...(inner.last ? [inner.last.chapter] : []), ...Object.keys(inner.seen ?? {})];
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) return { ok: false, reason: 'unknown-chapter', detail: unknown };
  const progress: Progress = { v: PROGRESS_VERSION, quizzes: inner.quizzes, read: [...new Set(inner.read)] };
  if (inner.last) progress.last = inner.last;
  if (inner.seen) progress.seen = inner.seen;
  return { ok: true, progress, exported: data.exported };
}

export interface Totals {
  /** Chapters read, among `chapters`. */
  read: number;
  /** Quizzes with at least one attempt, among `chapters`. */
  quizzes: number;
  /** Sum of the best scores, and of the question counts they were made on. */
  points: number;
  possible: number;
}

/**
 * The totals of the completion summary and of the import confirmation.
 *
 * @example totals({ v: 1, quizzes: { gdpr: { best: 4, total: 6, … } }, read: ['gdpr'] }, CHAPTER_IDS)
 *   // { read: 1, quizzes: 1, points: 4, possible: 6 }
 */
export function totals(progress: Progress, chapters: readonly string[]): Totals {
  const t: Totals = { read: 0, quizzes: 0, points: 0, possible: 0 };
  for (const id of chapters) {
    if (progress.read.includes(id)) t.read++;
    const q = progress.quizzes[id];
    if (q && q.attempts > 0) {
      t.quizzes++;
      t.points += q.best;
      t.possible += q.total;
    }
  }
  return t;
}

/**
 * The latest date something happened in a chapter: opened, read, or a quiz
 * answer checked. Undefined when nothing did.
 */
export function lastActivity(progress: Progress, chapter: string): string | undefined {
  const dates = [progress.seen?.[chapter], progress.quizzes[chapter]?.updated, progress.last?.chapter === chapter ? progress.last.at : undefined]
    .filter((d): d is string => d !== undefined);
  return dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}
