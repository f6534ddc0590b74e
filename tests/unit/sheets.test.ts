/** The paper view of a quiz (src/lib/sheets.ts): letters and shuffles the worksheet and the key share. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { letter, permutation, sheetQuestions } from '../../src/lib/sheets';
import { quizSchema } from '../../src/schemas/quiz';

const fixture = quizSchema.parse(parseYaml(readFileSync('tests/fixtures/quiz-all-types/quizzes/clearview-case.yaml', 'utf8')));

describe('letter', () => {
  it('counts A … Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

describe('permutation', () => {
  it('is the same on every call for the same seed', () => {
    expect(permutation(6, 'case-order')).toEqual(permutation(6, 'case-order'));
  });
  it('is a permutation and never the written order', () => {
    for (let n = 2; n <= 8; n++) {
      for (const seed of ['a', 'b', 'case-order', 'authorities', 'x-1', 'x-2']) {
        const p = permutation(n, seed);
        expect([...p].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        expect(p).not.toEqual([...Array(n).keys()]);
      }
    }
  });
});

describe('sheetQuestions', () => {
  it('prints the same letters in both languages', () => {
    const [fr, en] = [sheetQuestions(fixture.questions, 'fr'), sheetQuestions(fixture.questions, 'en')];
    fr.forEach((q, i) => {
      const e = en[i]!;
      if (q.type === 'ordering' && e.type === 'ordering') expect(q.order).toEqual(e.order);
      if (q.type === 'matching' && e.type === 'matching') expect(q.key).toEqual(e.key);
      if ((q.type === 'single' || q.type === 'multiple') && e.type === q.type) {
        expect(q.choices.map((c) => c.correct)).toEqual((e as typeof q).choices.map((c) => c.correct));
      }
    });
  });
  it('keeps the answers right after shuffling', () => {
    for (const [q, s] of fixture.questions.map((q, i) => [q, sheetQuestions(fixture.questions, 'en')[i]!] as const)) {
      if (q.type === 'single' && s.type === 'single') {
        expect(s.choices.filter((c) => c.correct).map((c) => c.text)).toEqual([q.options.find((o) => o.id === q.answer)!.text.en]);
      }
      if (q.type === 'multiple' && s.type === 'multiple') {
        expect(s.choices.filter((c) => c.correct).map((c) => c.text).sort()).toEqual(q.options.filter((o) => q.answers.includes(o.id)).map((o) => o.text.en).sort());
      }
      if (q.type === 'ordering' && s.type === 'ordering') {
        expect(s.order.map((l) => s.items.find((it) => it.letter === l)!.text)).toEqual(q.items.map((it) => it.text.en));
      }
      if (q.type === 'matching' && s.type === 'matching') {
        expect(s.key.map((l) => s.right.find((r) => r.letter === l)!.text)).toEqual(q.pairs.map((p) => p.right.en));
        expect(s.left).toEqual(q.pairs.map((p) => p.left.en));
      }
    }
  });
});
