/** Result codes and their aggregation (src/lib/share/result-code.ts, checksum.ts). */
import { describe, expect, it } from 'vitest';
import { changed, fixture, real } from '../support/share-catalogues';
import { type Catalogue, type Entry } from '../../src/lib/share/catalogue';
import { base32, CROCKFORD, checkDigits, checks, CHECK_MODULUS, fnv1a } from '../../src/lib/share/checksum';
import { seedOf } from '../../src/lib/quiz/shuffle';
import { pack } from '../../src/lib/share/radix';
import { aggregate, decodeResult, encodeResult, moduleKey, normaliseCode, type Outcome, type ResultInput } from '../../src/lib/share/result-code';
import type { Answer } from '../../src/lib/quiz/score';
import { mulberry32 } from '../../src/lib/quiz/shuffle';
import { CHAPTER_IDS } from '../../src/schemas/chapter';

const chapterOf = (cat: Catalogue, id: string) => cat.chapters.find((c) => c.id === id)!;

interface Simulated {
  input: ResultInput;
  /** What decoding must give, computed directly from the simulated answers. */
  outcomes: { chapter: string; id: string; outcome: Outcome; choice?: string | boolean }[];
  score: number;
}
const PARTIAL = [0, 1 / 3, 0.5, 2 / 3, 0.25, 1];
/** A student's answers to a selection: each question skipped, or answered with its shape and points. */
function simulate(cat: Catalogue, chapters: string[], questions: Record<string, string[]> | undefined, random: () => number, date: string): Simulated {
  const answered: Record<string, Record<string, { answer: Answer; points: number }>> = {};
  const outcomes: Simulated['outcomes'] = [];
  let score = 0;
  for (const c of cat.chapters) {
    if (!chapters.includes(c.id)) continue;
    for (const q of c.questions as Entry[]) {
      if (questions?.[c.id] && !questions[c.id]!.includes(q.id)) continue;
      const o: Simulated['outcomes'][number] = { chapter: c.id, id: q.id, outcome: 'unanswered' };
      outcomes.push(o);
      if (random() < 0.15) continue;
      let saved: { answer: Answer; points: number };
      if (q.type === 'single') {
        const k = Math.floor(random() * q.options!.length);
        saved = { answer: q.options![k]!, points: Number(k === q.answer) };
        o.choice = q.options![k]!;
      } else if (q.type === 'true-false') {
        const b = random() < 0.5;
        saved = { answer: b, points: Number(b === q.answer) };
        o.choice = b;
      } else if (q.type === 'numeric') saved = { answer: 3, points: Number(random() < 0.6) };
      else saved = { answer: ['x'], points: PARTIAL[Math.floor(random() * PARTIAL.length)]! };
      o.outcome = saved.points >= 1 ? 'right' : saved.points > 0 ? 'partial' : 'wrong';
      (answered[c.id] ??= {})[q.id] = saved;
      score += saved.points;
    }
  }
  const input: ResultInput = { chapters, answered, date, nonce: Math.floor(random() * 32768), ...(questions ? { questions } : {}) };
  return { input, outcomes, score: Math.round(score * 10) / 10 };
}
const randomDate = (random: () => number) => new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 4096) * 864e5).toISOString().slice(0, 10);
/** A random selection: the whole course, one chapter, or chapters with picked questions. */
function randomSelection(cat: Catalogue, random: () => number, i: number) {
  const all = cat.chapters.map((c) => c.id as string);
  if (i % 5 === 0) return { chapters: all };
  if (i % 5 === 1) return { chapters: [all[Math.floor(random() * all.length)]!] };
  const chapters = all.filter(() => random() < 0.4);
  if (!chapters.length) chapters.push(all[0]!);
  return { chapters, questions: Object.fromEntries(chapters.filter(() => random() < 0.7).map((c) => [c, chapterOf(cat, c).questions.map((q) => q.id).filter(() => random() < 0.6)])) };
}
const code = (input: ResultInput, cat = real) => {
  const e = encodeResult(input, cat);
  if (!e.ok) throw new Error(e.reason);
  return e.code;
};

/** 60 codes: 10 of the whole course, 50 of single chapters and custom modules. */
const sample = (() => {
  const random = mulberry32(31);
  return Array.from({ length: 60 }, (_, i) => {
    const sel = i < 10 ? { chapters: [...CHAPTER_IDS] as string[] } : randomSelection(real, random, i + 1);
    return code(simulate(real, sel.chapters, 'questions' in sel ? sel.questions : undefined, random, randomDate(random)).input);
  });
})();

describe('encodeResult() and decodeResult()', () => {
  it('round-trip 500 simulated students (outcomes, chosen options, score, date, nonce)', () => {
    const random = mulberry32(2026);
    for (let i = 0; i < 500; i++) {
      const cat = i % 3 ? real : fixture;
      const sel = randomSelection(cat, random, i);
      const sim = simulate(cat, sel.chapters, 'questions' in sel ? sel.questions : undefined, random, randomDate(random));
      const c = code(sim.input, cat);
      expect(c).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-)*[0-9A-HJKMNP-TV-Z]{1,4}$/);
      const out = decodeResult(c, cat);
      expect(out.ok, c).toBe(true);
      if (!out.ok) continue;
      expect(out.result.answers).toEqual(sim.outcomes);
      expect(out.result.score).toBe(sim.score);
      expect(out.result.total).toBe(sim.outcomes.length);
      expect(out.result.date).toBe(sim.input.date);
      expect(out.result.nonce).toBe(sim.input.nonce);
      expect(out.result.chapters).toEqual(cat.chapters.map((x) => x.id).filter((x) => sel.chapters.includes(x)));
    }
  });
  it('keeps codes short: one chapter’s quiz in at most 25 symbols, the whole course in at most 62', () => {
    const random = mulberry32(5);
    const lengths = real.chapters.map((c) => normaliseCode(code(simulate(real, [c.id], undefined, random, '2026-11-26').input)).length);
    const whole = normaliseCode(code(simulate(real, [...CHAPTER_IDS], undefined, random, '2026-11-26').input)).length;
    console.info(`result code lengths (symbols): per chapter ${lengths.join(', ')}; whole course ${whole}; example ${code(simulate(real, ['gdpr'], undefined, random, '2026-11-26').input)}`);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(25);
    expect(whole).toBeLessThanOrEqual(62);
  });
  it('reads codes typed loosely: any case, spaces, no hyphens, I or L for 1, O for 0', () => {
    const c = sample[12]!;
    const loose = c.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'O');
    expect(decodeResult(loose, real)).toEqual(decodeResult(c, real));
    expect(decodeResult(` ${c.replace(/-/g, '')}\t`, real)).toEqual(decodeResult(c, real));
  });
  it('stores days from 2026-01-01 and clamps dates outside its 4,096 days', () => {
    const one = (date: string) => {
      const out = decodeResult(code({ chapters: ['gdpr'], answered: {}, date, nonce: 0 }), real);
      return out.ok ? out.result.date : out.reason;
    };
    expect(one('2026-01-01')).toBe('2026-01-01');
    expect(one('2028-02-29')).toBe('2028-02-29');
    expect(one('2025-06-30')).toBe('2026-01-01');
    expect(one('2040-01-01')).toBe('2037-03-19'); // day 4095
    expect(one('not a date')).toBe('2026-01-01');
  });
  it('gives two students with the same answers different codes (the nonce), one student the same code twice', () => {
    const answered = { gdpr: {} };
    expect(code({ chapters: ['gdpr'], answered, date: '2026-03-01', nonce: 1 })).not.toBe(code({ chapters: ['gdpr'], answered, date: '2026-03-01', nonce: 2 }));
    expect(code({ chapters: ['gdpr'], answered, date: '2026-03-01', nonce: 1 })).toBe(code({ chapters: ['gdpr'], answered, date: '2026-03-01', nonce: 1 }));
  });
  it('refuses selections it cannot encode', () => {
    expect(encodeResult({ chapters: [], answered: {}, date: '2026-03-01', nonce: 0 }, real)).toEqual({ ok: false, reason: 'empty' });
    expect(encodeResult({ chapters: ['x'], answered: {}, date: '2026-03-01', nonce: 0 }, real)).toEqual({ ok: false, reason: 'unknown-chapter' });
    expect(encodeResult({ chapters: ['gdpr'], questions: { gdpr: ['x'] }, answered: {}, date: '2026-03-01', nonce: 0 }, real)).toEqual({ ok: false, reason: 'unknown-question' });
  });
  it('needs only the chosen chapters’ questions: a catalogue trimmed to one chapter gives the same code', () => {
    const trimmed: Catalogue = { ...real, chapters: real.chapters.map((c) => (c.id === 'police' ? c : { ...c, questions: [] })) };
    const sim = simulate(real, ['police'], undefined, mulberry32(3), '2026-05-04');
    expect(code(sim.input, trimmed)).toBe(code(sim.input, real));
  });
});

describe('the check symbols', () => {
  it('use FNV-1a and Crockford base32 as pinned here (a change would make every code stale)', () => {
    expect(base32(fnv1a('abc'), 7)).toBe('0D4FT8B');
    expect(real.fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{7}$/);
  });
  it('hash exactly as the quiz shuffling seeds (FNV-1a written out twice, kept equal here)', () => {
    for (const text of ['', 'abc', 'q1/0', 'Séance 1 — données', '😀 emoji', 'x'.repeat(500)]) expect(fnv1a(text)).toBe(seedOf(text));
  });
  it('make every code ≡ 0 (mod 1021)', () => {
    expect(CHECK_MODULUS).toBe(1021);
    const random = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const d = Array.from({ length: 1 + Math.floor(random() * 60) }, () => Math.floor(random() * 32));
      expect(checks([...d, ...checkDigits(d)])).toBe(true);
    }
  });
  it(`reject EVERY single-symbol substitution in ${sample.length} codes`, () => {
    let tried = 0;
    for (const c of sample) {
      const s = normaliseCode(c);
      for (let p = 0; p < s.length; p++) {
        for (const x of CROCKFORD) {
          if (x === s[p]) continue;
          const bad = s.slice(0, p) + x + s.slice(p + 1);
          const out = decodeResult(bad, real);
          if (out.ok) throw new Error(`${bad} (from ${s}) accepted`);
          tried++;
        }
      }
    }
    console.info(`single substitutions rejected: ${tried}`);
    expect(tried).toBeGreaterThan(30_000);
  });
  it(`reject EVERY transposition of two adjacent distinct symbols in ${sample.length} codes`, () => {
    let tried = 0;
    for (const c of sample) {
      const s = normaliseCode(c);
      for (let p = 0; p + 1 < s.length; p++) {
        if (s[p] === s[p + 1]) continue;
        const bad = s.slice(0, p) + s[p + 1] + s[p] + s.slice(p + 2);
        expect(decodeResult(bad, real).ok, bad).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });
});

describe('decodeResult() refusals', () => {
  it('says truncated for every shortened code of the sample', () => {
    for (const c of sample) {
      const s = normaliseCode(c);
      for (let n = 1; n < s.length; n++) expect(decodeResult(s.slice(0, n), real), `${s.slice(0, n)} of ${s}`).toEqual({ ok: false, reason: 'truncated' });
    }
  });
  it('says stale when a chosen chapter’s questions were added, removed, reordered, or options changed', () => {
    const random = mulberry32(4);
    const sim = simulate(fixture, ['clearview-case'], undefined, random, '2026-04-01');
    const c = code(sim.input, fixture);
    for (const cat of [
      changed((q) => q[0]!.questions = [...q[0]!.questions, { id: 'new', type: 'numeric' }]),
      changed((q) => q[0]!.questions = q[0]!.questions.slice(1)),
      changed((q) => q[0]!.questions = [...q[0]!.questions].reverse()),
      changed((q) => q[0]!.questions = q[0]!.questions.map((x) => (x.id === 'a' ? { ...x, options: [{ id: 'x' }, { id: 'y' }] } : x))),
    ]) expect(decodeResult(c, cat)).toEqual({ ok: false, reason: 'stale' });
    expect(decodeResult(c, changed((q) => q[1]!.questions = q[1]!.questions.slice(1))).ok).toBe(true);
  });
  it('tells another version, bad symbols and excessive length apart from typos', () => {
    const digits = pack([[2, 8], [12345, 2 ** 20], [0, 2 ** 30]], 32);
    const v2 = [...digits, ...checkDigits(digits)].map((d) => CROCKFORD[d]).join('');
    expect(decodeResult(v2, real)).toEqual({ ok: false, reason: 'version' });
    expect(decodeResult('', real)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeResult(sample[0]!.replace(/^./, 'U'), real)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeResult(`${sample[0]!}!`, real)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeResult('7'.repeat(300), real)).toEqual({ ok: false, reason: 'too-long' });
    const long = normaliseCode(sample[3]!);
    const extended = [...long.slice(0, -2), '0'].map((x) => CROCKFORD.indexOf(x));
    expect(decodeResult([...extended, ...checkDigits(extended)].map((d) => CROCKFORD[d]).join(''), real)).toEqual({ ok: false, reason: 'malformed' });
  });
  it('never throws on 1,000 random strings (and a few damaged real codes)', () => {
    const random = mulberry32(1000);
    const pool = `${CROCKFORD}abcILOU -_.é😀\n`;
    for (let i = 0; i < 1000; i++) {
      const s = Array.from({ length: Math.floor(random() * 80) }, () => [...pool][Math.floor(random() * [...pool].length)]).join('');
      const input = i % 4 === 0 ? normaliseCode(sample[i % sample.length]!).slice(0, 20) + s : s;
      const out = decodeResult(input, real);
      expect(typeof out.ok).toBe('boolean');
      if (!out.ok) expect(['malformed', 'checksum', 'version', 'stale', 'truncated', 'too-long']).toContain(out.reason);
    }
  });
});

describe('aggregate()', () => {
  it('tallies 30 simulated students exactly as a direct count, and reports bad lines by number', () => {
    const random = mulberry32(30);
    const module = { chapters: ['clearview-case', 'gdpr'], questions: { gdpr: chapterOf(real, 'gdpr').questions.slice(0, 8).map((q) => q.id) } };
    const students = Array.from({ length: 30 }, () => simulate(real, module.chapters, module.questions, random, '2026-11-26'));
    const lines = students.map((s) => code(s.input));
    const other = code(simulate(real, ['police'], undefined, random, '2026-11-26').input);
    const corrupt = lines[4]!.replace(/^(.)/, (x) => (x === 'A' ? 'B' : 'A'));
    // Line numbers: 1-30 students, then a blank line, a duplicate of line 3, a corrupt code, a truncated one, another module.
    const pasted = [...lines, '', ` ${lines[2]!.toLowerCase()} `, corrupt, lines[7]!.slice(0, 12), other];
    const agg = aggregate(pasted, real);
    expect(agg.lines.slice(30)).toEqual([
      { line: 32, status: 'duplicate', of: 3 },
      { line: 33, status: 'invalid', reason: expect.stringMatching(/checksum|truncated/) },
      { line: 34, status: 'invalid', reason: 'truncated' },
      expect.objectContaining({ line: 35, status: 'other-module' }),
    ]);
    expect(agg.lines.slice(0, 30).every((l, i) => l.status === 'ok' && l.line === i + 1)).toBe(true);
    const direct = students[0]!.outcomes.map((o, j) => {
      const t = { chapter: o.chapter, id: o.id, right: 0, partial: 0, wrong: 0, unanswered: 0 } as Record<string, unknown> & Record<Outcome, number>;
      const choices: Record<string, number> = {};
      for (const s of students) {
        const a = s.outcomes[j]!;
        t[a.outcome]++;
        if (a.choice !== undefined) choices[String(a.choice)] = (choices[String(a.choice)] ?? 0) + 1;
      }
      const q = chapterOf(real, o.chapter).questions.find((x) => x.id === o.id)!;
      return q.type === 'single' || q.type === 'true-false' ? { ...t, choices } : t;
    });
    expect(agg.questions).toEqual(direct);
    expect(agg.scores).toEqual(students.map((s) => s.score));
    const total = students[0]!.outcomes.length;
    const histogram = Array<number>(total + 1).fill(0);
    for (const s of students) histogram[Math.floor(s.score)]! += 1;
    expect(agg.histogram).toEqual(histogram);
    expect(agg.module).toBe((decodeResult(lines[0]!, real) as { result: { module: string } }).result.module);
  });
  it('counts the module it is told to, and returns empty tallies for nothing valid', () => {
    const random = mulberry32(8);
    const a = code(simulate(real, ['police'], undefined, random, '2026-11-26').input);
    const b = code(simulate(real, ['gdpr'], undefined, random, '2026-11-26').input);
    const c = code(simulate(real, ['gdpr'], undefined, random, '2026-11-26').input);
    const police = (decodeResult(a, real) as { result: { module: string } }).result.module;
    expect(police).toBe(moduleKey({ chapters: ['police'], questions: { police: chapterOf(real, 'police').questions.map((q) => q.id) } }));
    expect(aggregate([a, b, c], real).lines.map((l) => l.status)).toEqual(['other-module', 'ok', 'ok']);
    expect(aggregate([a, b, c], real, police).lines.map((l) => l.status)).toEqual(['ok', 'other-module', 'other-module']);
    expect(aggregate(['', 'nonsense'], real)).toEqual({ lines: [{ line: 2, status: 'invalid', reason: 'truncated' }], questions: [], scores: [], histogram: [] });
  });
});
