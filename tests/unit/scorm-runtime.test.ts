/**
 * The SCORM 1.2 adapter (src/lib/scorm/runtime.ts), run against a real
 * SCORM 1.2 run-time: scorm-again's Scorm12API, the LMS side. After each
 * session the values are read back from that LMS (its cmi object, since
 * interactions are write-only to LMSGetValue) and, where scorm-again rewrites
 * what it stores (it renormalises timespans to 2-digit hours), from the exact
 * strings the adapter sent through LMSSetValue.
 */
import { describe, expect, it, vi } from 'vitest';
// the package root, not 'scorm-again/scorm12': 3.4.3's types for that subpath
// declare a default export where its ESM file has a named one
import { Scorm12API } from 'scorm-again';
import {
  SCORM_TYPES, SUSPEND_DATA_MAX, cmiTime, cmiTimespan, findApi, scormResponse, scormSession,
  type Scorm12Api, type ScormAnswer, type WindowLike,
} from '../../src/lib/scorm/runtime';
import { QUESTION_TYPES } from '../../src/schemas/quiz';

/** 7 December 2026, 09:05:03 local (TZ is Europe/Paris in vitest.config.ts). */
const T0 = new Date(2026, 11, 7, 9, 5, 3).getTime();

/** A fresh LMS, optionally preloaded (as the LMS would from an earlier attempt). */
function lms(preload?: Record<string, unknown>) {
  const api = new Scorm12API({ logLevel: 5 });
  if (preload) api.loadFromJSON(preload);
  const sent: Record<string, string> = {};
  const original = api.LMSSetValue.bind(api);
  vi.spyOn(api, 'LMSSetValue').mockImplementation((element: string, value: unknown) => {
    sent[element] = String(value);
    return original(element, value);
  });
  /** What the LMS stored, as plain data. */
  const stored = () => JSON.parse(JSON.stringify(api.cmi.toJSON())) as {
    suspend_data: string;
    core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
    interactions: Record<string, { id: string; type: string; student_response: string; result: string; latency: string; time: string; correct_responses: Record<string, { pattern: string }> }>;
  };
  return { api, sent, stored };
}

function clock(start = T0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('findApi', () => {
  const api = new Scorm12API({ logLevel: 5 });
  const top = (extra: WindowLike = {}): WindowLike => {
    const w: WindowLike = { ...extra };
    w.parent = w; // the top window is its own parent
    return w;
  };
  it('finds the API on the window itself', () => {
    expect(findApi({ API: api, parent: null })).toBe(api);
  });
  it('finds the API on the second parent', () => {
    const p2 = top({ API: api });
    const p1: WindowLike = { parent: p2 };
    expect(findApi({ parent: p1 })).toBe(api);
  });
  it('walks 7 parents, not 8', () => {
    const chain = (depth: number) => {
      let w: WindowLike = top({ API: api });
      for (let i = 0; i < depth; i++) w = { parent: w };
      return w;
    };
    expect(findApi(chain(7))).toBe(api);
    expect(findApi(chain(8))).toBeNull();
  });
  it('then looks on the opener and its parents', () => {
    const openerTop = top({ API: api });
    const opener: WindowLike = { parent: openerTop };
    expect(findApi({ parent: top(), opener })).toBe(api);
    expect(findApi({ parent: top(), opener: top({ API: api }) })).toBe(api);
  });
  it('returns null when no window has it, and stops at a self-parent or a cycle', () => {
    expect(findApi({ parent: top(), opener: top() })).toBeNull();
    expect(findApi(top())).toBeNull();
    const a: WindowLike = {};
    const b: WindowLike = { parent: a };
    a.parent = b; // a 2-cycle: the step bound ends it
    expect(findApi(a)).toBeNull();
    expect(findApi(null)).toBeNull();
  });
  it('ignores an API that is not one, and a cross-origin parent that throws', () => {
    expect(findApi({ API: {}, parent: top({ API: 'x' }) })).toBeNull();
    const crossOrigin = { get API(): unknown { throw new Error('SecurityError'); }, parent: null };
    expect(findApi({ parent: crossOrigin, opener: top({ API: api }) })).toBe(api);
  });
});

describe('formats', () => {
  it('writes CMITimespan HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(83_450)).toBe('0000:01:23.45');
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_600_000 * 12 + 5)).toBe('0012:00:00.01');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
    expect(cmiTimespan(1e15)).toBe('9999:59:59.99');
  });
  it('writes CMITime HH:MM:SS, local', () => {
    expect(cmiTime(T0)).toBe('09:05:03');
  });
  it('maps each of our six question types to a SCORM 1.2 type', () => {
    expect(Object.keys(SCORM_TYPES).sort()).toEqual([...QUESTION_TYPES].sort());
    expect(SCORM_TYPES).toEqual({
      single: 'choice', multiple: 'choice', 'true-false': 'true-false',
      numeric: 'numeric', ordering: 'sequencing', matching: 'matching',
    });
  });
  it('writes responses in the RTE format, or refuses', () => {
    expect(scormResponse({ type: 'single', value: 2 })).toBe('c');
    expect(scormResponse({ type: 'multiple', value: [3, 0, 3] })).toBe('a,d');
    expect(scormResponse({ type: 'single', value: 26 })).toBe('0');
    expect(scormResponse({ type: 'single', value: 36 })).toBeNull();
    expect(scormResponse({ type: 'numeric', value: 1 / 3 })).toBe('0.33');
    expect(scormResponse({ type: 'numeric', value: -20 })).toBe('-20');
    expect(scormResponse({ type: 'numeric', value: Number.NaN })).toBeNull();
    expect(scormResponse({ type: 'matching', value: [1, null, 0] })).toBe('1.b,3.a');
    expect(scormResponse({ type: 'matching', value: [26] })).toBeNull();
  });
});

describe('a session with scorm-again', () => {
  it('starts: LMSInitialize, reads entry and status, "not attempted" → "incomplete"', () => {
    const { api, stored } = lms();
    expect(api.cmi.core.lesson_status).toBe('not attempted');
    const s = scormSession(api);
    expect(s.connected).toBe(true);
    expect(s.start()).toEqual({ entry: '', status: 'not attempted', suspendData: '', scoreRaw: '' });
    expect(s.active).toBe(true);
    expect(api.isInitialized()).toBe(true);
    expect(stored().core.lesson_status).toBe('incomplete');
    expect(s.lastError).toBeNull();
  });

  it('leaves a status other than "not attempted" alone, and resumes suspend_data', () => {
    const { api, stored } = lms({ core: { entry: 'resume', lesson_status: 'failed' }, suspend_data: '{"q":3}' });
    const s = scormSession(api);
    expect(s.start()).toEqual({ entry: 'resume', status: 'failed', suspendData: '{"q":3}', scoreRaw: '' });
    expect(s.resumeData()).toBe('{"q":3}');
    expect(stored().core.lesson_status).toBe('failed');
  });

  it('records an interaction of each of our six types with its SCORM type and response', () => {
    const { api, sent, stored } = lms();
    const c = clock();
    const s = scormSession(api, { now: c.now });
    s.start();
    const answers: [ScormAnswer, ScormAnswer, string, string][] = [
      [{ type: 'single', value: 1 }, { type: 'single', value: 1 }, 'choice', 'b'],
      [{ type: 'multiple', value: [2, 0] }, { type: 'multiple', value: [0, 3] }, 'choice', 'a,c'],
      [{ type: 'true-false', value: false }, { type: 'true-false', value: true }, 'true-false', 'f'],
      [{ type: 'numeric', value: 20.5 }, { type: 'numeric', value: 20 }, 'numeric', '20.5'],
      [{ type: 'ordering', value: [2, 0, 1] }, { type: 'ordering', value: [0, 1, 2] }, 'sequencing', 'c,a,b'],
      [{ type: 'matching', value: [0, 2, 1] }, { type: 'matching', value: [0, 1, 2] }, 'matching', '1.a,2.c,3.b'],
    ];
    const correct = ['b', 'a,d', 't', '20', 'a,b,c', '1.a,2.b,3.c'];
    answers.forEach(([response, right], i) => {
      c.advance(10_000);
      expect(s.recordInteraction({ id: `q-${i + 1}`, response, correct: right, latencyMs: 83_450, result: i === 0 ? 'correct' : 'wrong' })).toBe(true);
    });
    const got = stored().interactions;
    expect(Object.keys(got)).toEqual(['0', '1', '2', '3', '4', '5']);
    answers.forEach(([, , type, response], i) => {
      const x = got[String(i)]!;
      expect([x.id, x.type, x.student_response, x.result, x.correct_responses['0']?.pattern]).toEqual([
        `q-${i + 1}`, type, response, i === 0 ? 'correct' : 'wrong', correct[i],
      ]);
    });
    // latency as sent; scorm-again stores it renormalised to 2-digit hours
    expect(sent['cmi.interactions.0.latency']).toBe('0000:01:23.45');
    expect(got['0']!.latency).toBe('00:01:23.45');
    // time = answered − latency
    expect(got['0']!.time).toBe('09:03:49'); // 09:05:13 − 1 min 23.45 s
    expect(got['5']!.time).toBe('09:04:39');
    expect(s.lastError).toBeNull();
  });

  it('appends after the interactions an earlier session left', () => {
    const { api, stored } = lms({ interactions: { 0: { id: 'old', type: 'choice' } } });
    const s = scormSession(api);
    s.start();
    expect(String(api.LMSGetValue('cmi.interactions._count'))).toBe('1');
    s.recordInteraction({ id: 'new', response: { type: 'true-false', value: true }, latencyMs: 1000, result: 'correct' });
    expect(stored().interactions['1']!.id).toBe('new');
    expect(stored().interactions['0']!.id).toBe('old');
  });

  it('refuses a response it cannot write, without writing half an interaction', () => {
    const { api, stored } = lms();
    const s = scormSession(api);
    s.start();
    expect(s.recordInteraction({ id: 'q', response: { type: 'single', value: 40 }, latencyMs: 1, result: 'wrong' })).toBe(false);
    expect(s.lastError).toMatchObject({ code: '405', source: 'adapter', call: 'recordInteraction' });
    expect(s.recordInteraction({ id: 'with space', response: { type: 'single', value: 0 }, latencyMs: 1, result: 'wrong' })).toBe(false);
    expect(stored().interactions).toEqual({});
  });

  it('sets the score: raw, min, max as decimals', () => {
    const { api, stored } = lms();
    const s = scormSession(api);
    s.start();
    expect(s.setScore(7.5, 10)).toBe(true);
    expect(stored().core.score).toEqual({ raw: '7.5', min: '0', max: '10' });
    expect(s.setScore(2 / 3 * 10, 10, 1)).toBe(true);
    expect(stored().core.score).toEqual({ raw: '6.67', min: '1', max: '10' });
    expect(s.setScore(11, 10)).toBe(false);
    expect(s.setScore(50, 120)).toBe(false);
    expect(s.lastError).toMatchObject({ code: '405', source: 'adapter', call: 'setScore' });
    expect(stored().core.score.raw).toBe('6.67');
  });

  const finished = (raw: number | null, finish: Parameters<ReturnType<typeof scormSession>['finish']>[0], preload?: Record<string, unknown>) => {
    const l = lms(preload);
    const c = clock();
    const s = scormSession(l.api, { now: c.now });
    s.start();
    if (raw !== null) s.setScore(raw, 10);
    c.advance(83_450);
    const ok = s.finish(finish);
    return { ...l, s, ok };
  };

  it('passes at exactly the mastery score, fails just under it', () => {
    const at = finished(8, { masteryScore: 80 });
    expect([at.ok, at.stored().core.lesson_status]).toEqual([true, 'passed']);
    const under = finished(7.99, { masteryScore: 80 });
    expect(under.stored().core.lesson_status).toBe('failed');
    const over = finished(10, { masteryScore: 80 });
    expect(over.stored().core.lesson_status).toBe('passed');
  });

  it('uses the LMS mastery_score when finish is given none; "completed" without a score or a mastery score', () => {
    expect(finished(6, {}, { student_data: { mastery_score: '60' } }).stored().core.lesson_status).toBe('passed');
    expect(finished(5, {}, { student_data: { mastery_score: '60' } }).stored().core.lesson_status).toBe('failed');
    expect(finished(5, { masteryScore: 50 }, { student_data: { mastery_score: '60' } }).stored().core.lesson_status).toBe('passed');
    expect(finished(null, { masteryScore: 80 }).stored().core.lesson_status).toBe('completed');
    expect(finished(3, {}).stored().core.lesson_status).toBe('completed');
  });

  it('finishes: session_time, exit "", LMSCommit then LMSFinish', () => {
    const f = finished(8, { masteryScore: 80 });
    const commit = vi.spyOn(f.api, 'LMSCommit');
    expect(f.sent['cmi.core.session_time']).toBe('0000:01:23.45');
    expect(f.stored().core.session_time).toBe('00:01:23.45'); // scorm-again's own rewriting
    expect(f.sent['cmi.core.exit']).toBe('');
    expect(f.api.isTerminated()).toBe(true);
    expect(f.s.active).toBe(false);
    // nothing reaches the LMS after LMSFinish
    expect(f.s.setScore(1, 10)).toBe(false);
    expect(f.s.finish()).toBe(false);
    expect(commit).not.toHaveBeenCalled();
    expect(f.s.lastError).toMatchObject({ code: '301', source: 'adapter', call: 'finish' });
  });

  it('suspends an unfinished attempt: status kept, exit "suspend"', () => {
    const f = finished(null, { incomplete: true });
    expect(f.ok).toBe(true);
    expect(f.stored().core.lesson_status).toBe('incomplete');
    expect(f.sent['cmi.core.exit']).toBe('suspend');
    expect(f.stored().core.exit).toBe('suspend');
  });

  it('round-trips suspend_data, up to 4096 characters and not one more', () => {
    const first = lms();
    const s = scormSession(first.api);
    s.start();
    const max = 'é'.repeat(SUSPEND_DATA_MAX);
    expect(s.suspend(max)).toBe(true);
    expect(s.resumeData()).toBe(max);
    expect(s.suspend(`${max}x`)).toBe(false);
    expect(s.lastError).toMatchObject({ code: '405', source: 'adapter', call: 'suspend', element: 'cmi.suspend_data' });
    expect(s.resumeData()).toBe(max);
    expect(first.stored().suspend_data).toBe(max); // scorm-again itself would take 64 000
    s.finish({ incomplete: true });
    // the next launch: the LMS hands back what it stored
    const next = lms({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: first.stored().suspend_data });
    const s2 = scormSession(next.api);
    expect(s2.start()?.entry).toBe('resume');
    expect(s2.resumeData()).toBe(max);
  });

  it('records what scorm-again itself refuses (a second LMSInitialize), without throwing', () => {
    const { api } = lms();
    api.LMSInitialize(''); // someone else's wrapper got there first
    const s = scormSession(api);
    expect(s.start()).toBeNull();
    expect(s.lastError).toMatchObject({ source: 'lms', call: 'LMSInitialize' });
    expect(s.lastError?.code).toBe(String(api.LMSGetLastError()));
    expect(s.lastError?.code).toBe('101');
    expect(s.lastError?.message).toBe(api.LMSGetErrorString('101'));
    expect(s.lastError?.message).not.toBe('');
  });

  it('refuses a second start without calling LMSInitialize again', () => {
    const { api } = lms();
    const s = scormSession(api);
    const init = vi.spyOn(api, 'LMSInitialize');
    expect(s.start()).not.toBeNull();
    expect(s.start()).toBeNull();
    expect(init).toHaveBeenCalledTimes(1);
    expect(s.lastError).toMatchObject({ code: '101', source: 'adapter', call: 'start' });
    expect(s.active).toBe(true);
  });
});

describe('what the bridge to a quiz needs besides (setStatus, commit, a decimal result, keepStatus)', () => {
  it('writes the status and commits without finishing', () => {
    const { api, stored } = lms();
    const s = scormSession(api);
    s.start();
    const commit = vi.spyOn(api, 'LMSCommit');
    expect(s.setStatus('failed')).toBe(true);
    expect(s.commit()).toBe(true);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(stored().core.lesson_status).toBe('failed');
    expect(s.active).toBe(true);
  });

  it('writes a partly right answer\'s result as a CMIDecimal, which scorm-again accepts', () => {
    const { api, stored } = lms();
    const s = scormSession(api);
    s.start();
    expect(s.recordInteraction({ id: 'q', response: { type: 'multiple', value: [0] }, latencyMs: 1, result: 2 / 3 })).toBe(true);
    expect(stored().interactions['0']!.result).toBe('0.67');
  });

  it('reads the score and the mastery score an earlier session left', () => {
    const { api } = lms({ core: { lesson_status: 'passed', score: { raw: '75' } }, student_data: { mastery_score: '70' } });
    const s = scormSession(api);
    expect(s.start()).toMatchObject({ status: 'passed', scoreRaw: '75' });
    expect(s.masteryScore).toBe(70);
  });

  it('finishes with keepStatus: the status written earlier stays, exit ""', () => {
    const l = lms();
    const s = scormSession(l.api);
    s.start();
    s.setScore(2, 10);
    s.setStatus('passed');
    expect(s.finish({ keepStatus: true, masteryScore: 80 })).toBe(true);
    expect(l.stored().core.lesson_status).toBe('passed');
    expect(l.sent['cmi.core.exit']).toBe('');
  });
});

describe('an LMS that fails', () => {
  /** A stub API: every call answers "false" (or throws), LMSGetLastError the given code. */
  function broken(code: string, mode: 'false' | 'throw' = 'false') {
    const calls: string[] = [];
    const answer = (name: string) => (..._: unknown[]) => {
      calls.push(name);
      if (mode === 'throw') throw new Error('boom');
      return name === 'LMSGetValue' ? '' : 'false';
    };
    const api: Scorm12Api = {
      LMSInitialize: answer('LMSInitialize'),
      LMSFinish: answer('LMSFinish'),
      LMSGetValue: answer('LMSGetValue'),
      LMSSetValue: answer('LMSSetValue'),
      LMSCommit: answer('LMSCommit'),
      LMSGetLastError: () => code,
      LMSGetErrorString: (c: string) => `error ${c}`,
    };
    return { api, calls };
  }

  it('records a refused LMSInitialize and stays inactive', () => {
    const { api } = broken('101');
    const s = scormSession(api);
    expect(s.start()).toBeNull();
    expect(s.active).toBe(false);
    expect(s.lastError).toEqual({ code: '101', message: 'error 101', source: 'lms', call: 'LMSInitialize' });
    expect(s.suspend('x')).toBe(false);
    expect(s.lastError).toMatchObject({ code: '301', source: 'adapter', call: 'suspend' });
    expect(s.finish()).toBe(false);
  });

  it('survives an LMS that throws from every call', () => {
    const { api } = broken('0', 'throw');
    const s = scormSession(api);
    expect(() => s.start()).not.toThrow();
    expect(s.lastError).toMatchObject({ code: '101', source: 'lms', call: 'LMSInitialize' });
  });

  it('records each refused value, with its code and element, and goes on', () => {
    const { api, calls } = broken('405');
    api.LMSInitialize = () => 'true';
    api.LMSFinish = () => true; // some LMSs answer a boolean
    const s = scormSession(api);
    expect(s.start()).toEqual({ entry: '', status: '', suspendData: '', scoreRaw: '' });
    expect(s.lastError).toEqual({ code: '405', message: 'error 405', source: 'lms', call: 'LMSGetValue', element: 'cmi.student_data.mastery_score' });
    expect(s.errors.map((e) => e.element)).toEqual([
      'cmi.core.entry', 'cmi.suspend_data', 'cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.interactions._count', 'cmi.student_data.mastery_score',
    ]);
    expect(s.recordInteraction({ id: 'q', response: { type: 'true-false', value: true }, latencyMs: 5, result: 'correct' })).toBe(false);
    expect(s.lastError).toMatchObject({ code: '405', source: 'lms', call: 'LMSSetValue', element: 'cmi.interactions.0.time' });
    expect(s.setScore(5, 10)).toBe(false);
    expect(s.suspend('abc')).toBe(false);
    expect(s.resumeData()).toBe('');
    expect(s.finish({ masteryScore: 50 })).toBe(false);
    expect(s.lastError).toMatchObject({ code: '405', call: 'LMSCommit' });
    expect(calls.slice(-4)).toEqual(['LMSSetValue', 'LMSSetValue', 'LMSSetValue', 'LMSCommit']);
    expect(s.active).toBe(false);
    // interaction writes are all tried: 5 elements
    expect(s.errors.filter((e) => e.element?.startsWith('cmi.interactions.0.')).map((e) => e.element)).toEqual([
      'cmi.interactions.0.id', 'cmi.interactions.0.type', 'cmi.interactions.0.student_response',
      'cmi.interactions.0.result', 'cmi.interactions.0.latency', 'cmi.interactions.0.time',
    ]);
  });

  it('does not record an optional element the LMS does not implement (401)', () => {
    const { api } = lms();
    const s = scormSession(api);
    const get = api.LMSGetValue.bind(api);
    vi.spyOn(api, 'LMSGetValue').mockImplementation((e: string) => (e === 'cmi.interactions._count' ? get('cmi.nothing') : get(e)));
    expect(s.start()).toEqual({ entry: '', status: 'not attempted', suspendData: '', scoreRaw: '' });
    expect(api.LMSGetValue).toHaveBeenCalledWith('cmi.interactions._count');
    expect(s.errors).toEqual([]);
  });
});

describe('outside an LMS', () => {
  it('finds no API, and its session does nothing', () => {
    const win: WindowLike = {};
    win.parent = win;
    const s = scormSession(findApi(win));
    expect(s.connected).toBe(false);
    expect(s.active).toBe(false);
    expect(s.start()).toBeNull();
    expect(s.recordInteraction({ id: 'q', response: { type: 'single', value: 0 }, latencyMs: 1, result: 'correct' })).toBe(false);
    expect(s.setScore(1, 2)).toBe(false);
    expect(s.suspend('x')).toBe(false);
    expect(s.resumeData()).toBe('');
    expect(s.finish()).toBe(false);
    expect(s.lastError).toBeNull();
    expect(s.errors).toEqual([]);
  });
});
