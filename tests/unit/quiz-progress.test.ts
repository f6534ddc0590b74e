/**
 * The progress store (src/lib/quiz/progress.ts): what it accepts, what it
 * resets and says it reset, and how it carries on when storage fails.
 */
import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY, emptyProgress, isProgress, openStore, parseProgress, recordAnswer, startOver, type Progress, type QuizProgress,
} from '../../src/lib/quiz/progress';

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
