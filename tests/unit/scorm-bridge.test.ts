/**
 * The bridge between a packaged quiz and the LMS (src/lib/scorm/bridge.ts),
 * driven as <vp-quiz> drives it (its vp-quiz-change details, its store) over
 * runtime.ts against a real SCORM 1.2 run-time: scorm-again's Scorm12API.
 */
import { describe, expect, it, vi } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { scormBridge, scormAnswer, type BridgeQuestion, type QuizChange } from '../../src/lib/scorm/bridge';
import { decodeProgress, encodeProgress } from '../../src/lib/scorm/progress-codec';
import { scormSession, type Scorm12Api } from '../../src/lib/scorm/runtime';
import { recordAnswer, startOver, type QuizProgress } from '../../src/lib/quiz/progress';
import { score, type Answer, type Key } from '../../src/lib/quiz/score';

/** One question of each type, as vp-scorm reads them from the page. */
const QUESTIONS: BridgeQuestion[] = [
  { id: 'steps', type: 'ordering', ids: ['detect', 'template', 'compare'], key: 'detect template compare' },
  { id: 'buyer', type: 'single', ids: ['police', 'shops', 'apps'], key: 'police' },
  { id: 'bases', type: 'multiple', ids: ['consent', 'contract', 'interest', 'whim'], key: 'consent contract interest' },
  { id: 'legal', type: 'true-false', key: 'false' },
  { id: 'fine', type: 'numeric', key: '20' },
  { id: 'pairs', type: 'matching', ids: ['cnil', 'garante', 'ico'], key: 'cnil garante ico' },
];
const RIGHT: Record<string, Answer> = {
  steps: { detect: 1, template: 2, compare: 3 },
  buyer: 'police',
  bases: ['consent', 'contract', 'interest'],
  legal: false,
  fine: 20,
  pairs: { cnil: 'cnil', garante: 'garante', ico: 'ico' },
};
/** Partly right or wrong answers: ordering ⅓, single wrong, multiple ⅓, true-false wrong, numeric wrong, matching ⅓. */
const MIXED: Record<string, Answer> = {
  steps: { detect: 3, template: 1, compare: 2 },
  buyer: 'shops',
  bases: ['consent', 'whim', 'contract'],
  legal: true,
  fine: 19,
  pairs: { cnil: 'cnil', garante: 'ico', ico: 'garante' },
};
const keyOf = (q: BridgeQuestion): Key => {
  const k = q.key.split(' ');
  switch (q.type) {
    case 'single': return { type: 'single', answer: q.key };
    case 'multiple': return { type: 'multiple', answers: k };
    case 'true-false': return { type: 'true-false', answer: q.key === 'true' };
    case 'numeric': return { type: 'numeric', answer: Number(q.key), tolerance: 0 };
    case 'ordering': return { type: 'ordering', items: k.map((id) => ({ id })) };
    case 'matching': return { type: 'matching', pairs: k.map((id) => ({ id })) };
  }
};

/** A fresh LMS, optionally preloaded; `stored()` what it keeps. */
function lms(preload?: Record<string, unknown>) {
  const api = new Scorm12API({ logLevel: 5 });
  if (preload) api.loadFromJSON(preload);
  const sent: [string, string][] = [];
  const original = api.LMSSetValue.bind(api);
  vi.spyOn(api, 'LMSSetValue').mockImplementation((element: string, value: unknown) => {
    sent.push([element, String(value)]);
    return original(element, value);
  });
  vi.spyOn(api, 'LMSCommit');
  const stored = () => JSON.parse(JSON.stringify(api.cmi.toJSON())) as {
    suspend_data: string;
    core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
    interactions: Record<string, { id: string; type: string; student_response: string; result: string; latency: string; correct_responses: Record<string, { pattern: string }> }>;
  };
  return { api, sent, stored };
}

/** A student on the page: a clock, a bridge, and a quiz that checks answers as <vp-quiz> does. */
function student(api: Scorm12Api | null, opts: { mastery?: number | null; questions?: BridgeQuestion[] } = {}) {
  let t = Date.UTC(2026, 11, 7, 8, 0, 0);
  const now = () => t;
  const questions = opts.questions ?? QUESTIONS;
  const bridge = scormBridge(scormSession(api, { now }), { chapter: 'gdpr', questions, mastery: opts.mastery === undefined ? 80 : opts.mastery, now });
  let progress: QuizProgress | undefined;
  const change = (): QuizChange => ({ answered: progress?.answered ?? {}, total: questions.length });
  return {
    bridge,
    wait: (ms: number) => { t += ms; },
    /** What vp-quiz does on connect: take the store's record, re-mark its answers, say so. */
    connect() {
      const saved = bridge.store.progress.quizzes.gdpr;
      if (saved) {
        progress = { ...saved, answered: {} };
        for (const [id, a] of Object.entries(saved.answered)) progress = recordAnswer(progress, id, { answer: a.answer, points: score(keyOf(questions.find((q) => q.id === id)!), a.answer).points }, questions.length);
      }
      return bridge.change(change());
    },
    check(id: string, answer: Answer) {
      progress = recordAnswer(progress, id, { answer, points: score(keyOf(questions.find((q) => q.id === id)!), answer).points }, questions.length);
      bridge.store.saveQuiz('gdpr', progress);
      return bridge.change(change());
    },
    retry() {
      progress = startOver(progress, questions.length);
      bridge.store.saveQuiz('gdpr', progress);
      return bridge.change(change());
    },
  };
}

describe('scormAnswer()', () => {
  it('writes answers by authored index', () => {
    expect(QUESTIONS.map((q) => scormAnswer(q, MIXED[q.id]!))).toEqual([
      { type: 'ordering', value: [1, 2, 0] },
      { type: 'single', value: 1 },
      { type: 'multiple', value: [0, 1, 3] },
      { type: 'true-false', value: true },
      { type: 'numeric', value: 19 },
      { type: 'matching', value: [0, 2, 1] },
    ]);
    expect(scormAnswer(QUESTIONS[1]!, 'nope')).toBeNull();
  });
});

describe('a student who answers the whole quiz in one go', () => {
  const { api, sent, stored } = lms();
  const s = student(api);
  it('starts the LMS session: status incomplete', () => {
    expect(s.bridge.start()).toBe('recording');
    expect(stored().core.lesson_status).toBe('incomplete');
    expect(s.connect()).toBe('recording');
    expect(stored().interactions).toEqual({});
  });
  it('records one interaction per check, with its type, response, right answer, result and latency', () => {
    for (const [i, q] of QUESTIONS.entries()) {
      s.wait(1000 * (i + 1));
      s.check(q.id, MIXED[q.id]!);
    }
    const got = Object.values(stored().interactions);
    expect(got.map((x) => [x.id, x.type, x.student_response, x.correct_responses['0']?.pattern, x.result])).toEqual([
      ['steps', 'sequencing', 'b,c,a', 'a,b,c', '0.33'],
      ['buyer', 'choice', 'b', 'a', 'wrong'],
      ['bases', 'choice', 'a,b,d', 'a,b,c', '0.33'],
      ['legal', 'true-false', 't', 'f', 'wrong'],
      ['fine', 'numeric', '19', '20', 'wrong'],
      ['pairs', 'matching', '1.a,2.c,3.b', '1.a,2.b,3.c', '0.33'],
    ]);
    // latency: since the previous check, the first since the page opened
    expect(sent.filter(([e]) => e.endsWith('.latency')).map(([, v]) => v)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `0000:00:0${n}.00`));
  });
  it('keeps the score equal to the quiz\'s own, in percent, and fails below the mastery score', () => {
    expect(stored().core.score).toEqual({ raw: '16.67', min: '0', max: '100' }); // 1 point of 6
    expect(stored().core.lesson_status).toBe('failed');
    expect(s.bridge.state).toBe('finished');
  });
  it('writes suspend_data after each check, and commits', () => {
    const back = decodeProgress(stored().suspend_data, [{ chapter: 'gdpr', questions: QUESTIONS }]);
    // the ticked options come back in authored order
    expect(back?.gdpr?.answered).toEqual({ ...MIXED, bases: ['consent', 'contract', 'whim'] });
    expect(sent.filter(([e]) => e === 'cmi.suspend_data').length).toBeGreaterThanOrEqual(6);
  });
  it('finishes on pagehide: status kept, exit "", session time', () => {
    s.wait(500);
    s.bridge.end();
    expect(stored().core.lesson_status).toBe('failed');
    expect(Object.fromEntries(sent)['cmi.core.exit']).toBe('');
    expect(Object.fromEntries(sent)['cmi.core.session_time']).toBe('0000:00:21.50');
    expect(api.isTerminated()).toBe(true);
  });
});

describe('a student who leaves halfway and comes back', () => {
  it('suspends, then finds the checked answers, and the journal goes on without repeating them', () => {
    const first = lms();
    const a = student(first.api);
    a.bridge.start();
    a.connect();
    a.check('steps', RIGHT.steps!);
    a.check('buyer', RIGHT.buyer!);
    expect(first.api.LMSCommit).toHaveBeenCalledTimes(3); // on connect, then after each check
    a.bridge.end();
    expect(first.stored().core.exit).toBe('suspend');
    expect(first.stored().core.lesson_status).toBe('incomplete');
    expect(first.stored().core.score.raw).toBe('33.33');

    const again = lms({ core: { entry: 'resume', lesson_status: 'incomplete', score: { raw: '33.33' } }, suspend_data: first.stored().suspend_data, interactions: first.stored().interactions });
    const b = student(again.api);
    b.bridge.start();
    expect(b.bridge.resumed).toBe(true);
    expect(Object.keys(b.bridge.store.progress.quizzes.gdpr!.answered)).toEqual(['steps', 'buyer']);
    expect(b.bridge.store.progress.quizzes.gdpr!.answered.steps!.answer).toEqual(RIGHT.steps);
    b.connect();
    expect(Object.keys(again.stored().interactions)).toHaveLength(2);
    for (const q of QUESTIONS.slice(2)) b.check(q.id, RIGHT[q.id]!);
    expect(Object.values(again.stored().interactions).map((x) => x.id)).toEqual(QUESTIONS.map((q) => q.id));
    expect(again.stored().core.score.raw).toBe('100');
    expect(again.stored().core.lesson_status).toBe('passed');
  });

  it('ignores a corrupt, truncated or foreign suspend_data, with no error', () => {
    const good = encodeProgress([{ chapter: 'gdpr', questions: QUESTIONS }], { gdpr: { attempts: 1, best: 1, answered: { buyer: 'police' } } });
    for (const data of ['{"answers":[1,2]}', good.slice(0, -3), encodeProgress([{ chapter: 'police', questions: QUESTIONS }], { police: { attempts: 1, best: 0, answered: { buyer: 'police' } } })]) {
      const { api } = lms({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: data });
      const s = student(api);
      expect(s.bridge.start()).toBe('recording');
      expect(s.bridge.resumed).toBe(false);
      expect(s.bridge.store.progress.quizzes.gdpr).toBeUndefined();
      s.connect();
      expect(s.bridge.state).toBe('recording');
    }
  });
});

describe('"Start again"', () => {
  it('keeps the recorded score and status until a new attempt is complete, and takes it only if it scores higher', () => {
    const { api, stored } = lms();
    const s = student(api, { mastery: 50 });
    s.bridge.start();
    s.connect();
    for (const q of QUESTIONS) s.check(q.id, q.id === 'legal' || q.id === 'fine' || q.id === 'buyer' ? MIXED[q.id]! : RIGHT[q.id]!);
    expect([stored().core.score.raw, stored().core.lesson_status]).toEqual(['50', 'passed']);
    s.retry();
    expect(s.bridge.state).toBe('recording');
    s.check('buyer', MIXED.buyer!);
    expect([stored().core.score.raw, stored().core.lesson_status]).toEqual(['50', 'passed']);
    for (const q of QUESTIONS.filter((x) => x.id !== 'buyer')) s.check(q.id, MIXED[q.id]!);
    // worse: the best complete attempt stays
    expect([stored().core.score.raw, stored().core.lesson_status]).toEqual(['50', 'passed']);
    s.retry();
    for (const q of QUESTIONS) s.check(q.id, RIGHT[q.id]!);
    expect([stored().core.score.raw, stored().core.lesson_status]).toEqual(['100', 'passed']);
    // the journal holds every attempt
    expect(Object.keys(stored().interactions)).toHaveLength(18);
  });

  it('after a complete attempt, leaving mid-way suspends the new attempt and keeps the status', () => {
    const { api, stored } = lms();
    const s = student(api);
    s.bridge.start();
    s.connect();
    for (const q of QUESTIONS) s.check(q.id, RIGHT[q.id]!);
    s.retry();
    s.check('buyer', MIXED.buyer!);
    s.bridge.end();
    expect([stored().core.lesson_status, stored().core.exit, stored().core.score.raw]).toEqual(['passed', 'suspend', '100']);
    const back = decodeProgress(stored().suspend_data, [{ chapter: 'gdpr', questions: QUESTIONS }])!.gdpr!;
    expect([back.attempts, back.answered]).toEqual([2, { buyer: 'shops' }]);
  });
});

describe('the mastery score', () => {
  it('is the LMS\'s when it has one, else the chapter\'s; "completed" with neither', () => {
    const run = (mastery: number | null, preload?: Record<string, unknown>) => {
      const { api, stored } = lms(preload);
      const s = student(api, { mastery });
      s.bridge.start();
      s.connect();
      for (const q of QUESTIONS) s.check(q.id, q.id === 'buyer' ? MIXED.buyer! : RIGHT[q.id]!); // 83.33 %
      return stored().core.lesson_status;
    };
    expect(run(80)).toBe('passed');
    expect(run(90)).toBe('failed');
    expect(run(90, { student_data: { mastery_score: '80' } })).toBe('passed');
    expect(run(null)).toBe('completed');
  });
});

describe('a chapter without a quiz', () => {
  it('is completed as soon as it opens, and finished on pagehide', () => {
    const { api, stored } = lms();
    const s = student(api, { questions: [] });
    expect(s.bridge.start()).toBe('completed');
    expect(stored().core.lesson_status).toBe('completed');
    s.bridge.end();
    expect(stored().core.lesson_status).toBe('completed');
    expect(api.isTerminated()).toBe(true);
  });
});

describe('outside an LMS', () => {
  it('says "standalone", keeps the quiz in memory, and calls nothing', () => {
    const s = student(null);
    expect(s.bridge.start()).toBe('standalone');
    s.connect();
    s.check('buyer', 'police');
    expect(s.bridge.store.progress.quizzes.gdpr?.answered.buyer?.answer).toBe('police');
    expect(s.bridge.state).toBe('standalone');
    expect(() => s.bridge.end()).not.toThrow();
  });

  it('says "refused" when the LMS will not start', () => {
    const { api } = lms();
    api.LMSInitialize('');
    const s = student(api);
    expect(s.bridge.start()).toBe('refused');
    s.connect();
    expect(s.check('buyer', 'police')).toBe('refused');
  });
});

describe('a module: several quizzes reported as one SCO', () => {
  /** Two chapters sharing a question id ("legal"): the interaction ids must tell them apart. */
  const A: BridgeQuestion[] = QUESTIONS.slice(0, 3).concat(QUESTIONS[3]!);
  const B: BridgeQuestion[] = [QUESTIONS[3]!, QUESTIONS[4]!];
  function moduleStudent(api: Scorm12Api | null) {
    let t = Date.UTC(2026, 11, 7, 8, 0, 0);
    const now = () => t;
    const quizzes = [{ chapter: 'gdpr', questions: A }, { chapter: 'police', questions: B }];
    const bridge = scormBridge(scormSession(api, { now }), { quizzes, mastery: 50, now });
    const progress: Record<string, QuizProgress | undefined> = {};
    const qs = (ch: string) => quizzes.find((z) => z.chapter === ch)!.questions;
    const change = (ch: string): QuizChange => ({ chapter: ch, answered: progress[ch]?.answered ?? {}, total: qs(ch).length });
    const mark = (ch: string, id: string, answer: Answer) => {
      progress[ch] = recordAnswer(progress[ch], id, { answer, points: score(keyOf(qs(ch).find((q) => q.id === id)!), answer).points }, qs(ch).length);
    };
    return {
      bridge,
      wait: (ms: number) => { t += ms; },
      connect() {
        let state = bridge.state;
        for (const ch of ['gdpr', 'police']) {
          const saved = bridge.store.progress.quizzes[ch];
          if (saved) {
            progress[ch] = { ...saved, answered: {} };
            for (const [id, a] of Object.entries(saved.answered)) mark(ch, id, a.answer);
          }
          state = bridge.change(change(ch));
        }
        return state;
      },
      check(ch: string, id: string, answer: Answer) {
        mark(ch, id, answer);
        bridge.store.saveQuiz(ch, progress[ch]!);
        return bridge.change(change(ch));
      },
      retry(ch: string) {
        progress[ch] = startOver(progress[ch], qs(ch).length);
        bridge.store.saveQuiz(ch, progress[ch]!);
        return bridge.change(change(ch));
      },
    };
  }

  it('prefixes interaction ids with the chapter, scores over every question of every quiz, and passes only when all are checked', () => {
    const { api, stored } = lms();
    const s = moduleStudent(api);
    s.bridge.start();
    s.connect();
    for (const q of A) s.check('gdpr', q.id, RIGHT[q.id]!);
    // 4 of 6 questions right, 2 unchecked: a running score, still incomplete
    expect(stored().core.lesson_status).toBe('incomplete');
    expect(stored().core.score.raw).toBe('66.67');
    s.check('police', 'legal', RIGHT.legal!);
    s.check('police', 'fine', 19);
    expect(Object.values(stored().interactions).map((x) => [x.id, x.result])).toEqual([
      ['gdpr.steps', 'correct'], ['gdpr.buyer', 'correct'], ['gdpr.bases', 'correct'], ['gdpr.legal', 'correct'],
      ['police.legal', 'correct'], ['police.fine', 'wrong'],
    ]);
    expect(stored().core.score.raw).toBe('83.33');
    expect(stored().core.lesson_status).toBe('passed');
    expect(s.bridge.state).toBe('finished');
  });

  it('resumes every quiz from one suspend_data, and "Start again" on one quiz keeps the module grade until it is complete again', () => {
    const first = lms();
    const s1 = moduleStudent(first.api);
    s1.bridge.start();
    s1.connect();
    s1.check('gdpr', 'steps', RIGHT.steps!);
    s1.check('police', 'fine', 20);
    s1.bridge.end();
    const saved = first.stored();
    expect(saved.core.exit).toBe('suspend');
    const decoded = decodeProgress(saved.suspend_data, [
      { chapter: 'gdpr', questions: A.map(({ id, type, ids }) => (ids ? { id, type, ids } : { id, type })) },
      { chapter: 'police', questions: B.map(({ id, type, ids }) => (ids ? { id, type, ids } : { id, type })) },
    ]);
    expect(decoded?.gdpr?.answered).toEqual({ steps: RIGHT.steps });
    expect(decoded?.police?.answered).toEqual({ fine: 20 });

    const again = lms({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: saved.suspend_data });
    const s2 = moduleStudent(again.api);
    s2.bridge.start();
    expect(s2.bridge.resumed).toBe(true);
    expect(s2.bridge.store.progress.quizzes.police?.answered.fine?.answer).toBe(20);
    s2.connect();
    for (const q of A.slice(1)) s2.check('gdpr', q.id, RIGHT[q.id]!);
    s2.check('police', 'legal', RIGHT.legal!);
    expect(again.stored().core.score.raw).toBe('100');
    expect(again.stored().core.lesson_status).toBe('passed');
    // a new attempt of one quiz: the module is incomplete again, the grade stays
    s2.retry('police');
    s2.check('police', 'legal', true);
    expect(again.stored().core.score.raw).toBe('100');
    s2.check('police', 'fine', 1);
    expect(again.stored().core.score.raw).toBe('100');
    expect(again.stored().core.lesson_status).toBe('passed');
  });
});
