/**
 * The progress store (src/lib/quiz/progress.ts): what it accepts, what it
 * resets and says it reset, and how it carries on when storage fails; the
 * read marker's write (progress-mark.ts); export and import of a progress
 * file, with every reason a file is refused (progress-file.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY, emptyProgress, isProgress, openStore, parseProgress, recordAnswer, startOver, type Progress, type QuizProgress,
} from '../../src/lib/quiz/progress';
import { FILE_FORMAT, FILE_MAX_CHARS, exportFileName, exportProgress, importProgress, lastActivity, totals } from '../../src/lib/quiz/progress-file';
import { mark } from '../../src/lib/quiz/progress-mark';
import { CHAPTER_IDS } from '../../src/schemas/chapter';

/** A Storage in memory; `fail` makes the chosen methods throw like a disabled or full storage. */
class FakeStorage implements Storage {
  map = new Map<string, string>();
  constructor(public fail: { get?: boolean; set?: boolean; remove?: boolean; quota?: boolean } = {}) {}
  get length() { return this.map.size; }
  clear() { this.map.clear(); }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  getItem(k: string) {
    if (this.fail.get) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.fail.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    if (this.fail.set) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    if (this.fail.remove) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.map.delete(k);
  }
}

const now = new Date('2026-11-25T10:00:00Z');
const quiz: QuizProgress = {
  best: 2.5, last: 1.5, total: 6, attempts: 2, updated: now.toISOString(),
  answered: {
    product: { answer: 'face-search', points: 1 },
    complainants: { answer: ['noyb'], points: 1 / 3 },
    'notice-is-penalty': { answer: false, points: 1 },
    'fine-amount': { answer: 20, points: 1 },
    'cnil-steps': { answer: { complaints: 1, fine: 2 }, points: 0.5 },
    bodies: { answer: { notice: 'notice' }, points: 0 },
    skipped: { answer: null, points: 0 },
  },
};
const valid: Progress = { v: 1, quizzes: { 'clearview-case': quiz }, read: ['clearview-case'] };
const withStored = (value: unknown, fail = {}) => {
  const s = new FakeStorage(fail);
  s.map.set(PROGRESS_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return s;
};

describe('the storage key', () => {
  it('starts with "vp-", so the privacy page\'s erase button removes it', () => {
    expect(PROGRESS_KEY).toBe('vp-progress');
    expect(PROGRESS_KEY.startsWith('vp-')).toBe(true);
  });
});

describe('parseProgress()', () => {
  it('starts clean, with no problem, when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
  });
  it('reads back a valid record unchanged, answers of every type included', () => {
    expect(parseProgress(JSON.stringify(valid))).toEqual({ progress: valid });
  });
  it('keeps fields it does not know (a later feature may add some)', () => {
    const more = { ...valid, streak: 3 };
    expect(parseProgress(JSON.stringify(more)).progress).toEqual(more);
  });
  it('reports text that is not JSON as corrupt', () => {
    for (const raw of ['', '{', '{"v":1,', 'undefined', 'NaN', '\u0000']) {
      expect(parseProgress(raw), raw).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
    }
  });
  it('reports JSON of another shape as foreign', () => {
    for (const value of [null, 0, 'vp', [], [valid], { quizzes: {} }, { v: '1', quizzes: {}, read: [] }, true]) {
      expect(parseProgress(JSON.stringify(value)).problem, JSON.stringify(value)).toBe('foreign');
    }
  });
  it('reports another version as outdated', () => {
    expect(parseProgress(JSON.stringify({ ...valid, v: 0 })).problem).toBe('outdated');
    expect(parseProgress(JSON.stringify({ ...valid, v: 2 })).problem).toBe('outdated');
  });
  it('reports a version-1 record with a bad field as corrupt', () => {
    const bad: unknown[] = [
      { ...valid, read: 'clearview-case' },
      { ...valid, read: [1] },
      { ...valid, quizzes: [] },
      { ...valid, quizzes: { x: null } },
      { ...valid, quizzes: { x: { ...quiz, best: -1 } } },
      { ...valid, quizzes: { x: { ...quiz, last: 'high' } } },
      { ...valid, quizzes: { x: { ...quiz, total: 2.5 } } },
      { ...valid, quizzes: { x: { ...quiz, attempts: null } } },
      { ...valid, quizzes: { x: { ...quiz, updated: 'yesterday' } } },
      { ...valid, quizzes: { x: { ...quiz, answered: [] } } },
      { ...valid, quizzes: { x: { ...quiz, answered: { q: { answer: 'a', points: 2 } } } } },
      { ...valid, quizzes: { x: { ...quiz, answered: { q: { answer: { a: [1] }, points: 1 } } } } },
      { ...valid, quizzes: { x: { ...quiz, answered: { q: { answer: [1, 2], points: 1 } } } } },
      { ...valid, quizzes: { x: { ...quiz, answered: { q: 'a' } } } },
    ];
    for (const value of bad) expect(parseProgress(JSON.stringify(value)).problem, JSON.stringify(value).slice(0, 120)).toBe('corrupt');
  });
  it('rejects non-finite numbers, which JSON turns into null', () => {
    expect(parseProgress(JSON.stringify({ ...valid, quizzes: { x: { ...quiz, best: Infinity } } })).problem).toBe('corrupt');
    expect(isProgress({ ...valid, quizzes: { x: { ...quiz, best: Number.NaN } } })).toBe(false);
  });
});

describe('openStore()', () => {
  it('reads a valid record and reports no problem', () => {
    const store = openStore(() => withStored(valid));
    expect(store.problem).toBeUndefined();
    expect(store.persistent).toBe(true);
    expect(store.progress).toEqual(valid);
  });

  for (const [what, stored, problem] of [
    ['corrupt JSON', '{"v":1,"quizzes":', 'corrupt'],
    ['a foreign shape', { hello: 'world' }, 'foreign'],
    ['an outdated version', { v: 0, scores: [1, 2] }, 'outdated'],
  ] as const) {
    it(`reports ${what}, removes it and starts clean`, () => {
      const storage = withStored(stored);
      const store = openStore(() => storage);
      expect(store.problem).toBe(problem);
      expect(store.progress).toEqual(emptyProgress());
      expect(storage.map.has(PROGRESS_KEY)).toBe(false);
      store.saveQuiz('gdpr', quiz);
      expect(JSON.parse(storage.map.get(PROGRESS_KEY)!)).toEqual({ v: 1, quizzes: { gdpr: quiz }, read: [] });
    });
  }

  it('saves one quiz without losing what another tab stored meanwhile', () => {
    const storage = new FakeStorage();
    const store = openStore(() => storage);
    storage.map.set(PROGRESS_KEY, JSON.stringify({ v: 1, quizzes: { gdpr: quiz }, read: ['gdpr'] }));
    store.saveQuiz('clearview-case', quiz);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!)).toEqual({ v: 1, quizzes: { gdpr: quiz, 'clearview-case': quiz }, read: ['gdpr'] });
  });

  it('keeps working in memory when localStorage itself cannot be touched (disabled storage)', () => {
    const store = openStore(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.problem).toBeUndefined();
    store.saveQuiz('clearview-case', quiz);
    expect(store.progress.quizzes['clearview-case']).toEqual(quiz);
  });

  it('keeps working in memory when reading throws', () => {
    const store = openStore(() => new FakeStorage({ get: true }));
    expect(store.persistent).toBe(false);
    store.saveQuiz('clearview-case', quiz);
    expect(store.progress.quizzes['clearview-case']).toEqual(quiz);
  });

  it('keeps working in memory when writing throws (quota exceeded), and says so', () => {
    const storage = new FakeStorage({ quota: true });
    const store = openStore(() => storage);
    expect(store.persistent).toBe(true);
    store.saveQuiz('clearview-case', quiz);
    expect(store.persistent).toBe(false);
    expect(store.progress.quizzes['clearview-case']).toEqual(quiz);
    const second = recordAnswer(quiz, 'product', { answer: 'cameras', points: 0 }, 6, now);
    store.saveQuiz('clearview-case', second);
    expect(store.progress.quizzes['clearview-case']).toEqual(second);
    expect(storage.map.size).toBe(0);
  });

  it('does not throw when corrupt data cannot be removed', () => {
    const store = openStore(() => withStored('{', { remove: true }));
    expect(store.problem).toBe('corrupt');
    expect(store.progress).toEqual(emptyProgress());
  });
});

describe('recordAnswer() and startOver()', () => {
  it('sums the attempt\'s points into last, keeps the best, counts the first attempt', () => {
    const a = recordAnswer(undefined, 'product', { answer: 'face-search', points: 1 }, 6, now);
    expect(a).toEqual({ best: 1, last: 1, total: 6, attempts: 1, answered: { product: { answer: 'face-search', points: 1 } }, updated: now.toISOString() });
    const b = recordAnswer(a, 'complainants', { answer: ['noyb'], points: 1 / 3 }, 6, now);
    expect(b.last).toBeCloseTo(4 / 3);
    expect(b.best).toBeCloseTo(4 / 3);
    expect(isProgress({ v: 1, quizzes: { c: b }, read: [] })).toBe(true);
  });
  it('starts a new attempt: answers cleared, last and best kept until the next check, then last restarts', () => {
    const first = recordAnswer(recordAnswer(undefined, 'a', { answer: 'x', points: 1 }, 6, now), 'b', { answer: 'y', points: 1 }, 6, now);
    const again = startOver(first, 6, now);
    expect(again).toMatchObject({ best: 2, last: 2, attempts: 2, answered: {} });
    const next = recordAnswer(again, 'a', { answer: 'z', points: 0 }, 6, now);
    expect(next).toMatchObject({ best: 2, last: 0, attempts: 2 });
  });
  it('counts "Start again" before any check as moving past the first attempt', () => {
    expect(startOver(undefined, 6, now)).toMatchObject({ attempts: 2, best: 0, last: 0 });
  });
});

describe('the optional fields added for the read marker (last, seen)', () => {
  it('keep a record stored before them valid', () => {
    const old = { v: 1, quizzes: { 'clearview-case': quiz }, read: [] };
    expect(isProgress(old)).toBe(true);
    expect(parseProgress(JSON.stringify(old))).toEqual({ progress: old });
  });
  it('are accepted when well formed', () => {
    const p = { ...valid, last: { chapter: 'gdpr', section: 'lawful-basis', at: now.toISOString() }, seen: { gdpr: now.toISOString() } };
    expect(isProgress(p)).toBe(true);
    expect(isProgress({ ...p, last: { chapter: 'gdpr', at: now.toISOString() } })).toBe(true);
  });
  it('make the record corrupt when malformed', () => {
    for (const bad of [
      { ...valid, last: 'gdpr' },
      { ...valid, last: { chapter: 'gdpr' } },
      { ...valid, last: { chapter: 'gdpr', at: 'now' } },
      { ...valid, last: { chapter: 3, at: now.toISOString() } },
      { ...valid, last: { chapter: 'gdpr', section: 'has space', at: now.toISOString() } },
      { ...valid, last: { chapter: 'gdpr', section: 'x"><script>', at: now.toISOString() } },
      { ...valid, seen: [] },
      { ...valid, seen: { gdpr: 'soon' } },
    ]) expect(parseProgress(JSON.stringify(bad)).problem, JSON.stringify(bad).slice(-90)).toBe('corrupt');
  });
  it('survive a quiz save (openStore keeps what it does not write)', () => {
    const p = { ...valid, last: { chapter: 'gdpr', at: now.toISOString() }, seen: { gdpr: now.toISOString() } };
    const storage = withStored(p);
    openStore(() => storage).saveQuiz('gdpr', quiz);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!)).toEqual({ ...p, quizzes: { ...p.quizzes, gdpr: quiz } });
  });
});

describe('mark() (the read marker)', () => {
  const at = now.toISOString();
  it('starts a record when nothing is stored, and what it writes is a valid record', () => {
    const read = JSON.parse(mark(null, 'gdpr', undefined, true, now)!);
    expect(read).toEqual({ v: 1, quizzes: {}, read: ['gdpr'], last: { chapter: 'gdpr', at }, seen: { gdpr: at } });
    const placed = JSON.parse(mark(null, 'gdpr', 'lawful-basis', false, now)!);
    expect(placed).toEqual({ v: 1, quizzes: {}, read: [], last: { chapter: 'gdpr', section: 'lawful-basis', at }, seen: { gdpr: at } });
    expect(isProgress(read) && isProgress(placed)).toBe(true);
  });
  it('marks a chapter read once, keeping the quizzes', () => {
    const twice = mark(mark(JSON.stringify(valid), 'gdpr', undefined, true, now), 'gdpr', undefined, true, now)!;
    expect(JSON.parse(twice)).toMatchObject({ quizzes: valid.quizzes, read: ['clearview-case', 'gdpr'], seen: { gdpr: at } });
  });
  it('keeps the section of the same chapter on arrival (undefined), and only of the same chapter; null is the top', () => {
    const there = mark(null, 'gdpr', 'lawful-basis', false, now);
    expect(JSON.parse(mark(there, 'gdpr', undefined, false, now)!).last).toEqual({ chapter: 'gdpr', section: 'lawful-basis', at });
    expect(JSON.parse(mark(there, 'police', undefined, false, now)!).last).toEqual({ chapter: 'police', at });
    expect(JSON.parse(mark(there, 'gdpr', null, false, now)!).last).toEqual({ chapter: 'gdpr', at });
  });
  it('leaves broken or foreign data alone (null: nothing to write)', () => {
    for (const raw of ['{', '[]', 'null', '{"v":2,"quizzes":{},"read":[]}', '{"v":1,"read":[]}', '{"v":1,"quizzes":{},"read":"x"}']) {
      expect(mark(raw, 'gdpr', 'x', true, now), raw).toBeNull();
    }
  });
});

describe('exportProgress() and importProgress()', () => {
  const full: Progress = {
    v: 1,
    quizzes: { 'clearview-case': quiz, gdpr: { ...quiz, best: 6, last: 6 } },
    read: ['clearview-case', 'gdpr'],
    last: { chapter: 'gdpr', section: 'lawful-basis', at: now.toISOString() },
    seen: { gdpr: now.toISOString() },
  };
  const file = (progress: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: FILE_FORMAT, v: 1, exported: now.toISOString(), progress, ...extra });
  const reason = (text: string) => {
    const r = importProgress(text, CHAPTER_IDS);
    return r.ok ? 'ok' : r.reason;
  };

  it('marks the file with its format, version and date', () => {
    expect(exportProgress(full, now)).toEqual({ format: 'visage-public-progress', v: 1, exported: '2026-11-25T10:00:00.000Z', progress: full });
  });
  it('names the download after the local date', () => {
    expect(exportFileName(new Date(2026, 10, 26, 23, 59))).toBe('visage-public-progress-2026-11-26.json');
    expect(exportFileName(new Date(2027, 0, 5))).toBe('visage-public-progress-2027-01-05.json');
  });
  it('round-trips: what is exported imports back equal', () => {
    for (const p of [full, valid, emptyProgress()]) {
      const text = JSON.stringify(exportProgress(p, now), null, 2);
      expect(importProgress(text, CHAPTER_IDS)).toEqual({ ok: true, progress: p, exported: now.toISOString() });
    }
  });
  it('de-duplicates read chapters and drops unknown top-level fields', () => {
    const r = importProgress(file({ ...valid, read: ['gdpr', 'gdpr'], streak: 3 }), CHAPTER_IDS);
    expect(r).toEqual({ ok: true, progress: { ...valid, read: ['gdpr'] }, exported: now.toISOString() });
  });
  it('refuses text that is not JSON', () => {
    for (const text of ['', '{', 'PK\u0003\u0004', 'progress: 1']) expect(reason(text), text).toBe('not-json');
  });
  it('refuses JSON that is not our file', () => {
    for (const value of [null, 1, 'x', [], valid, { format: 'other', v: 1, progress: valid }, { format: FILE_FORMAT, progress: valid }, { format: FILE_FORMAT, v: '1', progress: valid }]) {
      expect(reason(JSON.stringify(value)), JSON.stringify(value)).toBe('not-ours');
    }
  });
  it('refuses a file from a newer version of the site', () => {
    expect(reason(file(valid, { v: 2 }))).toBe('newer');
    expect(reason(file({ ...valid, v: 2 }))).toBe('newer');
  });
  it('refuses a file that is too large before reading it', () => {
    expect(reason(' '.repeat(FILE_MAX_CHARS + 1))).toBe('too-large');
  });
  it('refuses invalid content: an older or odd version, a bad date, a missing or broken record', () => {
    expect(reason(file(valid, { v: 0 }))).toBe('invalid');
    expect(reason(file(valid, { v: -1 }))).toBe('invalid');
    expect(reason(file(valid, { exported: 'yesterday' }))).toBe('invalid');
    expect(reason(file(undefined))).toBe('invalid');
    expect(reason(file({ v: 1, quizzes: {} }))).toBe('invalid');
  });
  it('refuses a file with one bad field, whichever it is', () => {
    const bad: unknown[] = [
      { ...full, read: 'gdpr' },
      { ...full, quizzes: { gdpr: { ...quiz, attempts: -1 } } },
      { ...full, quizzes: { gdpr: { ...quiz, best: '6' } } },
      { ...full, quizzes: { gdpr: { ...quiz, updated: 'now' } } },
      { ...full, quizzes: { gdpr: { ...quiz, answered: { q: { answer: 'a', points: 1.5 } } } } },
      { ...full, last: { chapter: 'gdpr' } },
      { ...full, seen: { gdpr: 12 } },
    ];
    for (const p of bad) expect(reason(file(p)), JSON.stringify(p).slice(0, 150)).toBe('invalid');
  });
  it('refuses a tampered score out of range (above the number of questions)', () => {
    expect(reason(file({ ...valid, quizzes: { gdpr: { ...quiz, best: 7 } } }))).toBe('invalid');
    expect(reason(file({ ...valid, quizzes: { gdpr: { ...quiz, best: 9, last: 99 } } }))).toBe('invalid');
    expect(reason(file({ ...valid, quizzes: { gdpr: { ...quiz, total: 2, best: 2.5, last: 1 } } }))).toBe('invalid');
    expect(reason(file({ ...valid, quizzes: { gdpr: { ...quiz, best: 6, last: 6 } } }))).toBe('ok');
  });
  it('refuses a chapter this course does not have, wherever it appears, and names it', () => {
    const at = now.toISOString();
    for (const p of [
      { ...valid, read: ['gdpr', 'chapter-9'] },
      { ...valid, quizzes: { 'chapter-9': quiz } },
      { ...valid, last: { chapter: 'chapter-9', at } },
      { ...valid, seen: { 'chapter-9': at } },
    ]) expect(importProgress(file(p), CHAPTER_IDS)).toEqual({ ok: false, reason: 'unknown-chapter', detail: 'chapter-9' });
  });
});

describe('totals() and lastActivity()', () => {
  it('counts chapters read, quizzes done and the sum of best scores over the course', () => {
    const p: Progress = { v: 1, quizzes: { 'clearview-case': quiz, gdpr: { ...quiz, best: 4, total: 8 }, stray: quiz }, read: ['gdpr', 'gdpr-old'] };
    expect(totals(p, CHAPTER_IDS)).toEqual({ read: 1, quizzes: 2, points: 6.5, possible: 14 });
    expect(totals(emptyProgress(), CHAPTER_IDS)).toEqual({ read: 0, quizzes: 0, points: 0, possible: 0 });
  });
  it('takes the latest of opened, placed and quiz dates', () => {
    const p: Progress = {
      ...valid,
      seen: { 'clearview-case': '2026-11-20T10:00:00.000Z' },
      last: { chapter: 'clearview-case', at: '2026-11-21T10:00:00.000Z' },
    };
    expect(lastActivity(p, 'clearview-case')).toBe(now.toISOString());
    expect(lastActivity({ ...p, quizzes: {} }, 'clearview-case')).toBe('2026-11-21T10:00:00.000Z');
    expect(lastActivity(p, 'gdpr')).toBeUndefined();
  });
});
