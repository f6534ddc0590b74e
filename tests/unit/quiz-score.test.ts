/**
 * Scoring of every question type (src/lib/quiz/score.ts), on the fixture
 * quiz that has one question of each type (tests/fixtures/quiz/), parsed by
 * the real schema: what the browser scores is what the YAML says is right.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizSchema, type Question } from '../../src/schemas/quiz';
import { isComplete, score, type Key } from '../../src/lib/quiz/score';

const quiz = quizSchema.parse(parse(readFileSync('tests/fixtures/quiz/clearview-case.yaml', 'utf8')));
const of = <T extends Question['type']>(type: T) => quiz.questions.find((q) => q.type === type) as Extract<Question, { type: T }>;

describe('the fixture quiz', () => {
  it('has one question of every type', () => {
    expect(quiz.questions.map((q) => q.type).sort()).toEqual(['matching', 'multiple', 'numeric', 'ordering', 'single', 'true-false']);
  });
});

describe('score()', () => {
  it('gives a single-choice question 1 point for the right option and 0 for another or none', () => {
    const q = of('single');
    expect(score(q, 'face-search')).toEqual({ points: 1, verdict: 'right' });
    expect(score(q, 'cameras')).toEqual({ points: 0, verdict: 'wrong' });
    expect(score(q, null)).toEqual({ points: 0, verdict: 'wrong' });
  });

  it('gives a true-false question 1 point for the right boolean, 0 for the other and for the string "false"', () => {
    const q = of('true-false');
    expect(score(q, false).verdict).toBe('right');
    expect(score(q, true).verdict).toBe('wrong');
    expect(score(q, 'false').verdict).toBe('wrong');
  });

  describe('multiple choice: (right ticked − wrong ticked) ÷ right options, floored at 0', () => {
    const q = of('multiple'); // 3 right of 5
    it('is right when exactly the right options are ticked, in any order', () => {
      expect(score(q, ['homo-digitalis', 'privacy-international', 'noyb'])).toEqual({ points: 1, verdict: 'right' });
    });
    it('is partial for some right options and fewer wrong ones', () => {
      expect(score(q, ['noyb'])).toEqual({ points: 1 / 3, verdict: 'partial' });
      expect(score(q, ['noyb', 'privacy-international', 'cnil'])).toEqual({ points: 1 / 3, verdict: 'partial' });
    });
    it('earns little for ticking every box: (3 right − 2 wrong) ÷ 3', () => {
      expect(score(q, q.options.map((o) => o.id))).toEqual({ points: 1 / 3, verdict: 'partial' });
    });
    it('earns nothing when wrong ticks outweigh right ones, for wrong options only, or for nothing', () => {
      expect(score(q, ['noyb', 'cnil', 'new-york-times']).verdict).toBe('wrong');
      expect(score(q, ['cnil'])).toEqual({ points: 0, verdict: 'wrong' });
      expect(score(q, [])).toEqual({ points: 0, verdict: 'wrong' });
    });
    it('counts a repeated id once', () => {
      expect(score(q, ['noyb', 'noyb', 'noyb']).points).toBe(1 / 3);
    });
  });

  describe('ordering: share of pairs of items in the right relative order', () => {
    const q = of('ordering'); // complaints, formal-notice, fine, liquidation
    it('is right for the written order', () => {
      expect(score(q, { complaints: 1, 'formal-notice': 2, fine: 3, liquidation: 4 })).toEqual({ points: 1, verdict: 'right' });
    });
    it('is wrong for the reverse order', () => {
      expect(score(q, { complaints: 4, 'formal-notice': 3, fine: 2, liquidation: 1 })).toEqual({ points: 0, verdict: 'wrong' });
    });
    it('gives half of the pairs when the first item is moved to the end', () => {
      expect(score(q, { complaints: 4, 'formal-notice': 1, fine: 2, liquidation: 3 })).toEqual({ points: 0.5, verdict: 'partial' });
    });
    it('gives 5 of 6 pairs for one swap of neighbours', () => {
      expect(score(q, { complaints: 1, 'formal-notice': 3, fine: 2, liquidation: 4 }).points).toBeCloseTo(5 / 6);
    });
    it('counts two items at the same position, or a missing one, as a wrong pair', () => {
      expect(score(q, { complaints: 1, 'formal-notice': 1, fine: 3, liquidation: 4 }).points).toBeCloseTo(5 / 6);
      expect(score(q, { 'formal-notice': 2, fine: 3, liquidation: 4 }).points).toBeCloseTo(3 / 6);
    });
    it('reads positions given as strings', () => {
      expect(score(q, { complaints: '1', 'formal-notice': '2', fine: '3', liquidation: '4' }).verdict).toBe('right');
    });
  });

  describe('matching: share of left terms given their own right term', () => {
    const q = of('matching'); // notice, fine, complaints
    it('is right when every pair is matched', () => {
      expect(score(q, { notice: 'notice', fine: 'fine', complaints: 'complaints' })).toEqual({ points: 1, verdict: 'right' });
    });
    it('is partial for one right pair of three, wrong for none', () => {
      expect(score(q, { notice: 'notice', fine: 'complaints', complaints: 'fine' })).toEqual({ points: 1 / 3, verdict: 'partial' });
      expect(score(q, { notice: 'fine', fine: 'complaints', complaints: 'notice' })).toEqual({ points: 0, verdict: 'wrong' });
    });
  });

  describe('numeric: within ± tolerance', () => {
    it('accepts the exact value when the tolerance is 0, and nothing else', () => {
      const q = of('numeric'); // 20 ± 0
      expect(score(q, 20).verdict).toBe('right');
      expect(score(q, 20.01).verdict).toBe('wrong');
      expect(score(q, '20').verdict).toBe('wrong');
      expect(score(q, null).verdict).toBe('wrong');
    });
    it('accepts both ends of the range and absorbs binary rounding', () => {
      const key: Key = { type: 'numeric', answer: 5.2, tolerance: 0.1 };
      expect(score(key, 5.1).verdict).toBe('right');
      expect(score(key, 5.3).verdict).toBe('right');
      expect(score(key, 5.31).verdict).toBe('wrong');
      expect(score({ type: 'numeric', answer: 0.3, tolerance: 0 }, 0.1 + 0.2).verdict).toBe('right');
    });
  });

  it('scores an answer of the wrong shape 0 for every type, without throwing', () => {
    for (const q of quiz.questions) {
      for (const bad of [null, 'x', 3, true, ['x'], { x: 'y' }]) {
        const r = score(q, bad);
        expect(r.points, `${q.type} ${JSON.stringify(bad)}`).toBeLessThan(1);
        expect(r.points).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('isComplete()', () => {
  it('asks for an option, a box, a number, or every line', () => {
    expect(isComplete(of('single'), null)).toBe(false);
    expect(isComplete(of('single'), 'cameras')).toBe(true);
    expect(isComplete(of('true-false'), false)).toBe(true);
    expect(isComplete(of('true-false'), 'false')).toBe(false);
    expect(isComplete(of('multiple'), [])).toBe(false);
    expect(isComplete(of('multiple'), ['cnil'])).toBe(true);
    expect(isComplete(of('numeric'), Number.NaN)).toBe(false);
    expect(isComplete(of('numeric'), 0)).toBe(true);
    expect(isComplete(of('ordering'), { complaints: 1, 'formal-notice': 2, fine: 3 })).toBe(false);
    expect(isComplete(of('ordering'), { complaints: 1, 'formal-notice': 1, fine: 1, liquidation: 1 })).toBe(true);
    expect(isComplete(of('matching'), { notice: 'fine', fine: '', complaints: 'notice' })).toBe(false);
    expect(isComplete(of('matching'), { notice: 'fine', fine: 'fine', complaints: 'notice' })).toBe(true);
  });
});
