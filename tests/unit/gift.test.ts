/**
 * The Moodle GIFT writer, checked twice: against the exact text it should
 * write, and by reading its output back with gift-pegjs, an independent GIFT
 * parser (its grammar follows Moodle's importer, escapes included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse, type GIFTQuestion, type Matching, type MultipleChoice, type Numerical, type TrueFalse } from 'gift-pegjs';
import { escapeGift, giftDocument, giftNumber, giftQuestion, multipleWeights, orderingItem, type GiftOptions } from '../../src/lib/gift';
import { score } from '../../src/lib/quiz/score';
import { quizSchema, type Question } from '../../src/schemas/quiz';
import type { Locale } from '../../src/schemas/localized';
import { texts } from '../support/localized';

const opts = (lang: Locale): GiftOptions => ({
  lang,
  position: (n) => (lang === 'fr' ? `Rang ${n}` : `Position ${n}`),
  orderingNote: lang === 'fr' ? 'Remise en ordre, exportée en appariement' : 'Ordering, exported as matching',
  unit: (u) => (lang === 'fr' ? `(en ${u})` : `(in ${u})`),
  ordering: 'matching',
});
const L = (fr: string, en = fr) => texts(fr, en);
const common = {
  section: L('a', 'a'), objective: 1, difficulty: 1 as const, explanation: L('Parce que.', 'Because.'),
};

/** Every character GIFT escapes, in French and English prose. */
const tricky = L(
  'Selon l’article 6 : base légale, {x} = 20 000 € ~ #1 \\ fin',
  'Under Article 6: lawful basis, {x} = €20,000 ~ #1 \\ end',
);

/** gift-pegjs leaves Moodle's escape placeholders in a matching right side (Moodle decodes them); decode as Moodle does. */
const moodleDecode = (s: string) =>
  s.replace(/&&092;/g, '\\').replace(/&&058;/g, ':').replace(/&&035;/g, '#').replace(/&&061;/g, '=')
    .replace(/&&123;/g, '{').replace(/&&125;/g, '}').replace(/&&126;/g, '~').replace(/&&010/g, '\n');

const questions = (parsed: GIFTQuestion[]) => parsed.filter((q) => q.type !== 'Category');

describe('escapeGift', () => {
  it.each([
    ['~', '\\~'], ['=', '\\='], ['#', '\\#'], ['{', '\\{'], ['}', '\\}'], [':', '\\:'], ['\\', '\\\\'],
  ])('escapes %s with a backslash', (raw, escaped) => {
    expect(escapeGift(`a ${raw} b`)).toBe(`a ${escaped} b`);
  });
  it('escapes the backslash before the characters it then escapes', () => {
    expect(escapeGift('\\:')).toBe('\\\\\\:');
  });
  it('writes a line break as \\n, so that no blank line ends the question', () => {
    expect(escapeGift('un\ndeux\r\ntrois')).toBe('un\\ndeux\\ntrois');
  });
  it('escapes French and English prose', () => {
    expect(escapeGift(tricky.fr)).toBe('Selon l’article 6 \\: base légale, \\{x\\} \\= 20 000 € \\~ \\#1 \\\\ fin');
    expect(escapeGift(tricky.en)).toBe('Under Article 6\\: lawful basis, \\{x\\} \\= €20,000 \\~ \\#1 \\\\ end');
  });
  it('leaves other punctuation alone', () => {
    expect(escapeGift('« l’été » – 50 % ? (oui) [a] / b ! ->')).toBe('« l’été » – 50 % ? (oui) [a] / b ! ->');
  });
});

describe('giftNumber and multipleWeights', () => {
  it('writes numbers in plain decimal notation', () => {
    expect(giftNumber(20)).toBe('20');
    expect(giftNumber(0.5)).toBe('0.5');
    expect(giftNumber(-3.25)).toBe('-3.25');
    expect(giftNumber(60_000_000_000)).toBe('60000000000');
    expect(giftNumber(1e-7)).toBe('0.0000001');
  });
  it('gives each of k correct options 100/k %, and each wrong one −100/k %, whatever the number of wrong ones', () => {
    expect(multipleWeights(2)).toEqual({ right: '50', wrong: '-50' });
    expect(multipleWeights(3)).toEqual({ right: '33.33333', wrong: '-33.33333' });
    expect(multipleWeights(1)).toEqual({ right: '100', wrong: '-100' });
  });
  it('refuses a split Moodle cannot store', () => {
    expect(() => multipleWeights(11)).toThrow(/11 correct/);
  });
});

describe('giftQuestion writes each type', () => {
  const single: Question = {
    ...common, id: 'q-single', type: 'single', prompt: L('Qui ?', 'Who?'), answer: 'b',
    options: [
      { id: 'a', text: L('Eux', 'Them'), explanation: L('Non.', 'No.') },
      { id: 'b', text: L('Nous', 'Us') },
    ],
  };
  it('single: = for the right option, ~ for the others, # option feedback, #### explanation', () => {
    expect(giftQuestion(single, 1, opts('en'))).toBe('::01 q-single::Who? {\n~Them#No.\n=Us\n####Because.\n}');
  });
  it('multiple: weights on every option', () => {
    const q: Question = {
      ...common, id: 'q-multi', type: 'multiple', prompt: L('Lesquels ?'), answers: ['a', 'c'],
      options: [{ id: 'a', text: L('A') }, { id: 'b', text: L('B'), explanation: L('Non.') }, { id: 'c', text: L('C') }],
    };
    expect(giftQuestion(q, 2, opts('fr'))).toBe('::02 q-multi::Lesquels ? {\n~%50%A\n~%-50%B#Non.\n~%50%C\n####Parce que.\n}');
  });
  it('multiple: Moodle grades every set of ticks as the site scores it (weights summed, floored at 0)', () => {
    const q: Question = {
      ...common, id: 'q-m', type: 'multiple', prompt: L('?'), answers: ['a', 'c', 'd'],
      options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: L(id.toUpperCase()) })),
    };
    const weights = [...giftQuestion(q, 1, opts('en')).matchAll(/^~%(-?[\d.]+)%/gm)].map((m) => Number(m[1]) / 100);
    expect(weights).toHaveLength(5);
    for (let mask = 1; mask < 32; mask++) {
      const ticked = q.options.filter((_, i) => mask & (1 << i)).map((o) => o.id);
      const moodle = Math.min(1, Math.max(0, q.options.reduce((sum, o, i) => sum + (ticked.includes(o.id) ? weights[i]! : 0), 0)));
      expect(moodle, ticked.join('')).toBeCloseTo(score(q, ticked).points, 4);
    }
  });
  it('true-false: T or F, on the brace line', () => {
    const q: Question = { ...common, id: 'q-tf', type: 'true-false', prompt: L('Vrai ?', 'True?'), answer: false };
    expect(giftQuestion(q, 3, opts('en'))).toBe('::03 q-tf::True? {F####Because.}');
  });
  it('matching: =left -> right, with -> in a left side made an arrow', () => {
    const q: Question = {
      ...common, id: 'q-match', type: 'matching', prompt: L('Associez.', 'Match.'),
      pairs: [
        { id: 'a', left: L('a->b'), right: L('x -> y') },
        { id: 'b', left: L('CNIL'), right: L('France') },
        { id: 'c', left: L('ICO'), right: L('Royaume-Uni', 'United Kingdom') },
      ],
    };
    expect(giftQuestion(q, 4, opts('en'))).toBe('::04 q-match::Match. {\n=a→b -> x -> y\n=CNIL -> France\n=ICO -> United Kingdom\n####Because.\n}');
  });
  it('numeric: the unit in the question text, #answer:tolerance in braces at the very end', () => {
    const q: Question = {
      ...common, id: 'q-num', type: 'numeric', prompt: L('Montant ?', 'Amount?'), answer: 20, tolerance: 0.5, unit: L('M€', '€M'),
    };
    expect(giftQuestion(q, 5, opts('fr'))).toBe('::05 q-num::Montant ? (en M€) {#20:0.5####Parce que.}');
    expect(giftQuestion(q, 5, opts('en'))).toBe('::05 q-num::Amount? (in €M) {#20:0.5####Because.}');
    expect(giftQuestion({ ...q, unit: undefined }, 5, opts('fr'))).toBe('::05 q-num::Montant ? {#20:0.5####Parce que.}');
  });
  it('ordering: a matching question position → item, after a comment saying so', () => {
    const q: Question = {
      ...common, id: 'q-order', type: 'ordering', prompt: L('Dans l’ordre.', 'In order.'),
      items: [{ id: 'a', text: L('Premier', 'First') }, { id: 'b', text: L('Deuxième', 'Second') }, { id: 'c', text: L('Troisième', 'Third') }],
    };
    expect(giftQuestion(q, 6, opts('en'))).toBe(
      '// Ordering, exported as matching\n::06 q-order::In order. {\n=Position 1 -> First\n=Position 2 -> Second\n=Position 3 -> Third\n####Because.\n}',
    );
  });
  it('ordering for Moodle 4.4+: {>n and its options, the items in order one per line, unescaped, no comment', () => {
    const q: Question = {
      ...common, id: 'q-order', type: 'ordering', prompt: L('Dans l’ordre : ?', 'In order: ?'),
      items: [{ id: 'a', text: L('Art. 6 : base = licéité', 'Art. 6: basis = lawfulness') }, { id: 'b', text: L('Deuxième ~ #2', 'Second ~ #2') }, { id: 'c', text: L(' Troisième -> fin ', ' Third -> end ') }],
    };
    expect(giftQuestion(q, 6, { ...opts('fr'), ordering: 'ordering' })).toBe(
      '::06 q-order::Dans l’ordre \\: ? {\n>3 ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW 123\nArt. 6 : base = licéité\nDeuxième ~ #2\nTroisième -> fin\n####Parce que.\n}',
    );
    expect(giftQuestion(q, 6, { ...opts('en'), ordering: 'ordering' })).toBe(
      '::06 q-order::In order\\: ? {\n>3 ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW 123\nArt. 6: basis = lawfulness\nSecond ~ #2\nThird -> end\n####Because.\n}',
    );
  });
  it('ordering for Moodle 4.4+: refuses an item that syntax cannot carry, naming the question and the item', () => {
    for (const bad of ['a {b}', 'a } b', 'a \\: b', 'un\ndeux', '   ', ' // note']) {
      const q: Question = {
        ...common, id: 'q-bad', type: 'ordering', prompt: L('?'),
        items: [{ id: 'a', text: L('A') }, { id: 'z', text: L(bad) }],
      };
      expect(() => giftQuestion(q, 1, { ...opts('fr'), ordering: 'ordering' }), JSON.stringify(bad)).toThrow(/q-bad\/z/);
      expect(() => giftQuestion(q, 1, opts('fr')), JSON.stringify(bad)).not.toThrow();
    }
    expect(orderingItem('Article 6 : base = légale ~ #1', 'x')).toBe('Article 6 : base = légale ~ #1');
  });
});

describe('a whole file, read back by gift-pegjs', () => {
  const fixture = quizSchema.parse(parseYaml(readFileSync('tests/fixtures/quiz-all-types/quizzes/clearview-case.yaml', 'utf8')));

  it('the fixture has one question of every type', () => {
    expect(new Set(fixture.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'ordering', 'matching', 'numeric']));
  });

  describe.each(['fr', 'en'] as const)('in %s', (lang) => {
    const text = giftDocument({
      ...opts(lang),
      header: ['Source: https://example.org/', `Language: ${lang}`, 'Date: 2026-11-25', 'Licence: CC BY-SA 4.0'],
      sections: [{ category: 'Visage public/Chapitre 1 · L’affaire', questions: fixture.questions }],
    });
    const parsed = parse(text);
    const qs = questions(parsed);

    it('starts with // header lines and a $CATEGORY line', () => {
      expect(text.split('\n').slice(0, 4).every((l) => l.startsWith('// '))).toBe(true);
      expect(parsed[0]).toMatchObject({ type: 'Category', title: 'Visage public/Chapitre 1 · L’affaire' });
    });
    it('keeps every question, each with the expected GIFT type and title', () => {
      expect(qs).toHaveLength(fixture.questions.length);
      const expected = { single: 'MC', multiple: 'MC', 'true-false': 'TF', ordering: 'Matching', matching: 'Matching', numeric: 'Numerical' };
      expect(qs.map((q) => q.type)).toEqual(fixture.questions.map((q) => expected[q.type]));
      expect(qs.map((q) => (q as MultipleChoice).title)).toEqual(fixture.questions.map((q, i) => `${String(i + 1).padStart(2, '0')} ${q.id}`));
    });
    it('gives back every text unescaped: prompts, options, feedback, explanations', () => {
      fixture.questions.forEach((q, i) => {
        const p = qs[i] as MultipleChoice | TrueFalse | Matching | Numerical;
        const stem = q.type === 'numeric' && q.unit ? `${q.prompt[lang]} ${opts(lang).unit(q.unit[lang])}` : q.prompt[lang];
        expect(p.stem.text, q.id).not.toContain('_____');
        expect(p.stem.text, q.id).toBe(stem);
        expect(p.globalFeedback?.text, q.id).toBe(q.explanation[lang]);
        if (q.type === 'single' || q.type === 'multiple') {
          const choices = (p as MultipleChoice).choices;
          expect(choices.map((c) => c.text.text)).toEqual(q.options.map((o) => o.text[lang]));
          expect(choices.map((c) => c.feedback?.text ?? null)).toEqual(q.options.map((o) => o.explanation?.[lang] ?? null));
        }
      });
    });
    it('marks the right answers: =, positive weights summing to 100 and each wrong one their opposite, T/F, pairs, number ± tolerance', () => {
      fixture.questions.forEach((q, i) => {
        const p = qs[i]!;
        if (q.type === 'single') {
          expect((p as MultipleChoice).choices.map((c) => c.isCorrect)).toEqual(q.options.map((o) => o.id === q.answer));
        } else if (q.type === 'multiple') {
          const w = (p as MultipleChoice).choices.map((c) => c.weight ?? 0);
          const right = q.options.map((o) => q.answers.includes(o.id));
          expect(w.map((x) => x > 0)).toEqual(right);
          expect(w.filter((x) => x > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
          const share = 100 / q.answers.length;
          for (const x of w) expect(Math.abs(x)).toBeCloseTo(share, 3);
        } else if (q.type === 'true-false') {
          expect((p as TrueFalse).isTrue).toBe(q.answer);
        } else if (q.type === 'matching') {
          expect((p as Matching).matchPairs.map((m) => [m.subquestion.text, moodleDecode(m.subanswer)])).toEqual(q.pairs.map((x) => [x.left[lang], x.right[lang]]));
        } else if (q.type === 'ordering') {
          expect((p as Matching).matchPairs.map((m) => [m.subquestion.text, moodleDecode(m.subanswer)])).toEqual(q.items.map((x, k) => [opts(lang).position(k + 1), x.text[lang]]));
        } else if (q.type === 'numeric') {
          expect((p as Numerical).choices).toEqual({ type: 'range', number: q.answer, range: q.tolerance });
        }
      });
    });
  });

  it('round-trips every special character, in every kind of text, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = tricky[lang];
      const qs: Question[] = [
        {
          ...common, id: 'esc-single', type: 'single', prompt: tricky, explanation: tricky, answer: 'a',
          options: [{ id: 'a', text: tricky, explanation: tricky }, { id: 'b', text: L('x') }],
        },
        { ...common, id: 'esc-match', type: 'matching', prompt: tricky, explanation: tricky, pairs: [1, 2, 3].map((k) => ({ id: `p${k}`, left: L(`${tricky.fr} ${k}`, `${tricky.en} ${k}`), right: L(`${tricky.fr} ${k}`, `${tricky.en} ${k}`) })) },
        { ...common, id: 'esc-num', type: 'numeric', prompt: tricky, explanation: tricky, answer: 20000, tolerance: 0, unit: L('€ {#1}') },
      ];
      const parsed = questions(parse(giftDocument({ ...opts(lang), header: ['x'], sections: [{ category: 'c', questions: qs }] })));
      const [s, m, n] = parsed as [MultipleChoice, Matching, Numerical];
      expect([s.stem.text, s.globalFeedback?.text, s.choices[0]!.text.text, s.choices[0]!.feedback?.text]).toEqual([t, t, t, t]);
      expect(m.matchPairs.map((p) => [p.subquestion.text, moodleDecode(p.subanswer)])).toEqual([1, 2, 3].map((k) => [`${t} ${k}`, `${t} ${k}`]));
      expect(n.stem.text).toBe(`${t} ${opts(lang).unit('€ {#1}')}`);
    }
  });

  it('keeps a line break inside a text, written \\n', () => {
    const q: Question = { ...common, id: 'nl', type: 'true-false', prompt: L('un\ndeux'), answer: true };
    const [p] = questions(parse(giftDocument({ ...opts('fr'), header: [], sections: [{ category: 'c', questions: [q] }] })));
    expect((p as TrueFalse).stem.text).toBe('un\ndeux');
  });
});
