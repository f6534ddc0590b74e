/** The cmi.suspend_data encoding of a packaged quiz (src/lib/scorm/progress-codec.ts). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, hash6, shapePrint, type QuizShape, type SavedProgress } from '../../src/lib/scorm/progress-codec';
import { SUSPEND_DATA_MAX } from '../../src/lib/scorm/runtime';
import type { Answer } from '../../src/lib/quiz/score';
import type { Question } from '../../src/schemas/quiz';
import { CHAPTER_IDS } from '../../src/schemas/chapter';

/** A quiz file's shape, as the bridge reads it from the page. */
function shapeOf(chapter: string, questions: readonly Question[]): QuizShape {
  return {
    chapter,
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      ...(q.type === 'single' || q.type === 'multiple' ? { ids: q.options.map((o) => o.id) } : {}),
      ...(q.type === 'ordering' ? { ids: q.items.map((x) => x.id) } : {}),
      ...(q.type === 'matching' ? { ids: q.pairs.map((x) => x.id) } : {}),
    })),
  };
}
const quizFiles = CHAPTER_IDS.flatMap((c) => {
  try {
    return [parse(readFileSync(`content/quizzes/${c}.yaml`, 'utf8')) as { chapter: string; questions: Question[] }];
  } catch {
    return [];
  }
});
const course = quizFiles.map((f) => shapeOf(f.chapter, f.questions));

/** The longest answer of each question: every box ticked, the last option, a double of 17 digits. */
function longest(q: Question, i: number): Answer {
  switch (q.type) {
    case 'single': return q.options.at(-1)!.id;
    case 'multiple': return q.options.map((o) => o.id);
    case 'true-false': return i % 2 === 0;
    case 'numeric': return -1.7976931348623157e308 / (i + 3);
    case 'ordering': return Object.fromEntries(q.items.map((x, j) => [x.id, q.items.length - j]));
    case 'matching': return Object.fromEntries(q.pairs.map((p, j) => [p.id, q.pairs[(j + 1) % q.pairs.length]!.id]));
  }
}
const full: SavedProgress = Object.fromEntries(
  quizFiles.map((f) => [f.chapter, { attempts: 65535, best: f.questions.length - 0.01, answered: Object.fromEntries(f.questions.map((q, i) => [q.id, longest(q, i)])) }]),
);

/** A small quiz of every type. */
const tiny: QuizShape = {
  chapter: 'gdpr',
  questions: [
    { id: 's', type: 'single', ids: ['a', 'b', 'c'] },
    { id: 'm', type: 'multiple', ids: ['a', 'b', 'c', 'd'] },
    { id: 't', type: 'true-false' },
    { id: 'n', type: 'numeric' },
    { id: 'o', type: 'ordering', ids: ['x', 'y', 'z'] },
    { id: 'p', type: 'matching', ids: ['u', 'v', 'w'] },
  ],
};
const tinyState: SavedProgress = {
  gdpr: { attempts: 3, best: 4.67, answered: { s: 'c', m: ['b', 'd'], t: false, n: -0.1, o: { x: 2, y: 2, z: 1 }, p: { u: 'w', v: 'u', w: 'v' } } },
};

describe('encodeProgress() and decodeProgress()', () => {
  it('give back every answer of every type, the attempt and the best score', () => {
    const text = encodeProgress([tiny], tinyState);
    expect(text).toMatch(/^vp1\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
    expect(decodeProgress(text, [tiny])).toEqual(tinyState);
  });

  it('keep a quiz without a record apart from one with no answer yet', () => {
    const other: QuizShape = { chapter: 'police', questions: [{ id: 'q', type: 'true-false' }] };
    const state = { police: { attempts: 2, best: 0, answered: {} } };
    expect(decodeProgress(encodeProgress([tiny, other], state), [tiny, other])).toEqual(state);
  });

  it('write an answer that does not fit its question as unanswered', () => {
    const odd = { gdpr: { attempts: 1, best: 0, answered: { s: 'zz', m: [], o: { x: 1, y: 9, z: 2 }, p: { u: 'nope' }, n: Number.NaN, t: null } } };
    expect(decodeProgress(encodeProgress([tiny], odd), [tiny])).toEqual({ gdpr: { attempts: 1, best: 0, answered: {} } });
  });

  it('keep numbers exactly, whatever their size', () => {
    for (const n of [0, -0.000001234567890123, 1e21, -1.7976931348623157e308, 5e-324, 20, Infinity]) {
      const s = { gdpr: { attempts: 1, best: 0, answered: { n } } };
      expect(decodeProgress(encodeProgress([tiny], s), [tiny])?.gdpr?.answered.n).toBe(n);
    }
  });

  it('fit the largest module (every question of every chapter, longest answers) in a tenth of SCORM 1.2 suspend_data', () => {
    const questions = course.reduce((n, z) => n + z.questions.length, 0);
    const types = new Set(course.flatMap((z) => z.questions.map((q) => q.type)));
    expect(questions).toBe(117);
    expect(types.size).toBe(6);
    const text = encodeProgress(course, full);
    // measured: 286 characters for 117 answered questions (the figure in the codec's header comment)
    expect(text.length).toBe(286);
    expect(text.length).toBeLessThan(SUSPEND_DATA_MAX / 10);
    const back = decodeProgress(text, course)!;
    for (const z of quizFiles) {
      expect(Object.keys(back[z.chapter]!.answered)).toHaveLength(z.questions.length);
      expect(back[z.chapter]!.attempts).toBe(65535);
    }
    // best is kept to the hundredth
    expect(back.debate?.best).toBeCloseTo(full.debate!.best, 2);
    expect(back).toEqual(JSON.parse(JSON.stringify(full)));
  });

  it('fit one chapter\'s quiz, all answered, in 40 to 60 characters', () => {
    const lengths: number[] = [];
    for (const z of course) {
      const text = encodeProgress([z], { [z.chapter]: full[z.chapter]! });
      lengths.push(text.length);
    }
    // measured: 43 to 55 characters
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(60);
  });
});

describe('decodeProgress() refuses', () => {
  const text = encodeProgress([tiny], tinyState);
  it('every cut of a sound string', () => {
    for (let i = 0; i < text.length; i++) expect(decodeProgress(text.slice(0, i), [tiny])).toBeNull();
  });
  it('every single changed character', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < text.length; i++) {
      const c = alphabet[(alphabet.indexOf(text[i]!) + 7) % alphabet.length]!;
      expect(decodeProgress(text.slice(0, i) + c + text.slice(i + 1), [tiny])).toBeNull();
    }
  });
  it('a string written for another chapter, or for this chapter before its quiz changed', () => {
    expect(decodeProgress(text, [{ ...tiny, chapter: 'police' }])).toBeNull();
    expect(decodeProgress(text, [{ ...tiny, questions: tiny.questions.slice(1) }])).toBeNull();
    expect(decodeProgress(text, [{ ...tiny, questions: [{ id: 's', type: 'single', ids: ['a', 'c', 'b'] }, ...tiny.questions.slice(1)] }])).toBeNull();
  });
  it('another version, another SCO\'s data, and values that are not strings, without throwing', () => {
    for (const x of ['', 'vp2' + text.slice(3), '{"a":1}', 'a=1;b=2', 'vp1...', 'x'.repeat(5000), null, undefined, 42, {}]) {
      expect(decodeProgress(x, [tiny])).toBeNull();
    }
  });
  it('a forged string with a sound check but too many or too few digits', () => {
    const [, fp, body] = text.split('.') as [string, string, string];
    const forge = (b: string) => {
      const s = `vp1.${fp}.${b}`;
      return `${s}.${hash6(s)}`;
    };
    expect(fp).toBe(shapePrint([tiny]));
    expect(decodeProgress(forge(body), [tiny])).toEqual(tinyState);
    expect(decodeProgress(forge(`${body}A`), [tiny])).toBeNull();
    expect(decodeProgress(forge(body.slice(0, -1)), [tiny])).toBeNull();
    expect(decodeProgress(forge(`${body.slice(0, -1)}_`), [tiny])).toBeNull();
  });
});
