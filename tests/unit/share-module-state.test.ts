/** Share catalogue and module links (src/lib/share/catalogue.ts, module-state.ts). */
import { describe, expect, it } from 'vitest';
import { changed, fixture, FIXTURE_IDS, quizzes, real } from '../support/share-catalogues';
import { buildCatalogue, type Catalogue } from '../../src/lib/share/catalogue';
import { base32, fnv1a } from '../../src/lib/share/checksum';
import { decodeModule, encodeModule, type ModuleInput } from '../../src/lib/share/module-state';
import { pack } from '../../src/lib/share/radix';
import { mulberry32 } from '../../src/lib/quiz/shuffle';
import { CHAPTER_IDS } from '../../src/schemas/chapter';

const ids = (cat: Catalogue, chapter: string) => cat.chapters.find((c) => c.id === chapter)!.questions.map((q) => q.id);

const NAMES = ['', 'Séance 1 : Clearview et RGPD', 'درس الخصوصية', 'שיעור 3 — פרטיות', 'Урок № 2', '人脸识别与隐私', 'Émoji 👩🏽‍🏫 test', 'a'.repeat(80), '😀'.repeat(80), 'Mixte English עברית 123'];

/** A random module over `cat`: some chapters, each whole, empty or a random subset. */
function randomModule(cat: Catalogue, random: () => number): ModuleInput {
  const chapters = cat.chapters.filter(() => random() < 0.4).map((c) => c.id);
  if (!chapters.length) chapters.push(cat.chapters[Math.floor(random() * cat.chapters.length)]!.id);
  const questions: Record<string, string[]> = {};
  for (const c of chapters) {
    const r = random();
    if (r < 0.3) continue; // whole chapter
    questions[c] = r < 0.35 ? [] : ids(cat, c).filter(() => random() < 0.5);
  }
  const lang = ([undefined, 'fr', 'en'] as const)[Math.floor(random() * 3)];
  return { name: NAMES[Math.floor(random() * NAMES.length)]!, chapters, questions, ...(lang ? { lang } : {}) };
}
/** What decoding should give back: chapters in course order, every chosen chapter explicit. */
function expected(cat: Catalogue, m: ModuleInput) {
  const chapters = cat.chapters.map((c) => c.id).filter((c) => m.chapters.includes(c));
  const questions = Object.fromEntries(chapters.map((c) => [c, ids(cat, c).filter((q) => (m.questions?.[c] ?? ids(cat, c)).includes(q))]));
  return { version: 1, name: m.name, chapters, questions, ...(m.lang ? { lang: m.lang } : {}) };
}
const link = (m: ModuleInput, cat = real) => {
  const e = encodeModule(m, cat);
  if (!e.ok) throw new Error(e.reason);
  return e.value;
};
/** A link with a correct check around hand-made parts (to reach the decoder's later refusals). */
const forge = (fp: string, sel: string, name: string) => {
  const body = `v1.${fp}.${sel}.${name}`;
  return `${body}.${base32(fnv1a(body), 7)}`;
};
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('buildCatalogue()', () => {
  it('lists every chapter in course order with its questions in quiz order (real content)', () => {
    expect(real.chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
    for (const [i, c] of real.chapters.entries()) {
      const quiz = quizzes[i]!;
      expect(c.questions.map((q) => [q.id, q.type])).toEqual(quiz.questions.map((q) => [q.id, q.type]));
      for (const q of c.questions) {
        const src = quiz.questions.find((x) => x.id === q.id)!;
        if (q.type === 'single') {
          expect(q.options).toEqual(src.options!.map((o) => o.id));
          expect(q.options![q.answer as number]).toBe(src.answer);
        } else if (q.type === 'true-false') expect(q.answer).toBe(src.answer);
        else expect(q.options).toBeUndefined();
      }
    }
    expect(real.chapters.reduce((n, c) => n + c.questions.length, 0)).toBeGreaterThan(100);
  });
  it('gives a 7-symbol base32 fingerprint that depends on content only', () => {
    expect(real.fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{7}$/);
    expect(buildCatalogue(structuredClone(quizzes), CHAPTER_IDS).fingerprint).toBe(real.fingerprint);
    expect(JSON.stringify(real).length).toBeLessThan(10_000); // small enough to embed in a page
  });
  it('changes the fingerprint when a question is added, removed or reordered, or options change', () => {
    const prints = [
      fixture,
      changed((q) => q[0]!.questions = [...q[0]!.questions, { id: 'new', type: 'numeric' }]),
      changed((q) => q[0]!.questions = q[0]!.questions.slice(1)),
      changed((q) => q[0]!.questions = [...q[0]!.questions].reverse()),
      changed((q) => q[1]!.questions = q[1]!.questions.map((x) => (x.id === 'g' ? { ...x, options: [{ id: 'q' }, { id: 'p' }] } : x))),
      changed((q) => q[1]!.questions = q[1]!.questions.map((x) => (x.id === 'f' ? { ...x, type: 'ordering' } : x))),
    ].map((c) => c.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });
  it('gives chapters without a quiz no questions, and refuses a quiz of an unknown chapter', () => {
    expect(fixture.chapters[2]).toEqual({ id: 'gdpr', questions: [] });
    expect(() => buildCatalogue([{ chapter: 'nope', questions: [] }], FIXTURE_IDS)).toThrow(/unknown chapter/);
  });
});

describe('encodeModule() and decodeModule()', () => {
  it('round-trip 400 random modules (whole course, small modules, Unicode and RTL names)', () => {
    const random = mulberry32(2026);
    for (let i = 0; i < 400; i++) {
      const cat = i % 4 ? real : fixture;
      const m = i % 10 === 0 ? { name: NAMES[i % NAMES.length]!, chapters: cat.chapters.map((c) => c.id) } : randomModule(cat, random);
      const value = link(m, cat);
      expect(value).toMatch(/^v1\.[0-9A-Z]{7}\.[\w-]+\.[\w-]*\.[0-9A-Z]{7}$/);
      expect(decodeModule(value, cat)).toEqual({ ok: true, state: expected(cat, m) });
    }
  });
  it('keeps links short: the whole course in 23 characters, a named two-chapter module in under 70', () => {
    const whole = link({ name: '', chapters: [...CHAPTER_IDS] });
    const two = link({
      name: 'Séance 1 : Clearview et RGPD',
      lang: 'fr',
      chapters: ['clearview-case', 'gdpr'],
      questions: { 'clearview-case': ids(real, 'clearview-case').slice(0, 6), gdpr: ids(real, 'gdpr').filter((_, i) => i % 2) },
    });
    console.info(`module link lengths: whole course ${whole.length} (${whole}); two chapters with a name ${two.length} (${two})`);
    expect(whole.length).toBe(23);
    expect(two.length).toBeLessThan(70);
  });
  it('normalises the selection: course order, duplicates dropped, a full list or none meaning the whole chapter', () => {
    const a = link({ name: 'x', chapters: ['gdpr', 'clearview-case', 'gdpr'] });
    const b = link({ name: 'x', chapters: ['clearview-case', 'gdpr'], questions: { gdpr: [...ids(real, 'gdpr')].reverse() } });
    expect(a).toBe(b);
  });
  it('refuses what cannot be encoded', () => {
    expect(encodeModule({ name: '', chapters: [] }, real)).toEqual({ ok: false, reason: 'empty' });
    expect(encodeModule({ name: '', chapters: ['nope'] }, real)).toEqual({ ok: false, reason: 'unknown-chapter' });
    expect(encodeModule({ name: '', chapters: ['gdpr'], questions: { gdpr: ['nope'] } }, real)).toEqual({ ok: false, reason: 'unknown-question' });
    expect(encodeModule({ name: 'é'.repeat(81), chapters: ['gdpr'] }, real)).toEqual({ ok: false, reason: 'too-long' });
    expect(encodeModule({ name: 'tab\there', chapters: ['gdpr'] }, real)).toEqual({ ok: false, reason: 'malformed' });
    expect(encodeModule({ name: 'lone \uD800', chapters: ['gdpr'] }, real)).toEqual({ ok: false, reason: 'malformed' });
  });
  it('tells a link of another version, a malformed one and a mangled one apart', () => {
    const value = link({ name: 'Séance', chapters: ['gdpr', 'police'], questions: { police: ids(real, 'police').slice(2) } });
    expect(decodeModule(value.replace(/^v1/, 'v2'), real)).toEqual({ ok: false, reason: 'version' });
    expect(decodeModule('', real)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(value.split('.').slice(0, 4).join('.'), real)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(`${value}.x`, real)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(value.slice(0, -1), real)).toEqual({ ok: false, reason: 'checksum' });
    expect(decodeModule(value.toLowerCase(), real)).toEqual({ ok: false, reason: 'checksum' });
    expect(decodeModule('x'.repeat(2000), real)).toEqual({ ok: false, reason: 'too-long' });
  });
  it('rejects every single-character change of a sample of links', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 20; i++) {
      const value = link(randomModule(real, random));
      for (let p = 0; p < value.length; p++) {
        for (const c of `${B64}.`) {
          if (c === value[p]) continue;
          const bad = value.slice(0, p) + c + value.slice(p + 1);
          expect(decodeModule(bad, real).ok, bad).toBe(false);
        }
      }
    }
  });
  it('says stale, not something else, when a chapter the link picks from has changed', () => {
    const m = { name: 'n', chapters: ['clearview-case', 'scraping'], questions: { 'clearview-case': ['a', 'c'] } };
    const value = link(m, fixture);
    for (const cat of [
      changed((q) => q[0]!.questions = [...q[0]!.questions, { id: 'new', type: 'numeric' }]),
      changed((q) => q[0]!.questions = q[0]!.questions.slice(1)),
      changed((q) => q[0]!.questions = [...q[0]!.questions].reverse()),
    ]) expect(decodeModule(value, cat)).toEqual({ ok: false, reason: 'stale' });
    // Whole chapters and chapters not picked from do not make a link stale.
    const changedScraping = changed((q) => q[1]!.questions = q[1]!.questions.slice(1));
    expect(decodeModule(value, changedScraping)).toMatchObject({ ok: true, state: { questions: { 'clearview-case': ['a', 'c'], scraping: ['e', 'f', 'g'] } } });
  });
  it('refuses a well-checked link whose selection is empty, overlong or whose name is not UTF-8', () => {
    const fp = base32(fnv1a(fixture.chapters.map((c) => c.id).join()), 7); // no chapter taken as a subset
    const sel = (fields: [number, number][]) => pack(fields, 64).map((d) => B64[d]).join('');
    const bytes = (b: number[]) => pack(b.map((x) => [x, 256]), 64).map((d) => B64[d]).join('');
    const name = bytes([...new TextEncoder().encode('ok')]);
    const none: [number, number][] = [[0, 3], [0, 2], [0, 2], [0, 2]];
    const gdpr: [number, number][] = [[0, 3], [0, 2], [0, 2], [1, 2], [1, 2]];
    expect(decodeModule(forge(fp, sel(gdpr), name), fixture)).toMatchObject({ ok: true, state: { name: 'ok', chapters: ['gdpr'] } });
    expect(decodeModule(forge(fp, sel(none), name), fixture)).toEqual({ ok: false, reason: 'empty' });
    expect(decodeModule(forge(fp, sel(gdpr), bytes([...new TextEncoder().encode('é'.repeat(81))])), fixture)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeModule(forge(fp, sel(gdpr), bytes([0xff, 0xfe])), fixture)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(forge(fp, sel(gdpr), bytes([0x07])), fixture)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(forge(fp, `${sel(gdpr)}A`, name), fixture)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(forge(fp, '', name), fixture)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeModule(forge(fp, sel([[2, 3], ...gdpr.slice(1)]), name), fixture)).toMatchObject({ ok: true, state: { lang: 'en' } });
    expect(decodeModule(forge(fp, sel(gdpr), `${name}!`), fixture)).toEqual({ ok: false, reason: 'malformed' });
  });
  it('never throws and never half-succeeds on 1,000 random strings', () => {
    const random = mulberry32(99);
    const pool = `${B64}.v1 %é€😀\u0000\u202e`;
    const good = link({ name: 'x', chapters: ['gdpr'] });
    for (let i = 0; i < 1000; i++) {
      const len = Math.floor(random() * 90);
      let s = Array.from({ length: len }, () => [...pool][Math.floor(random() * [...pool].length)]).join('');
      if (i % 3 === 0) s = `v1.${s}`;
      if (i % 5 === 0) s = good.slice(0, Math.floor(random() * good.length)) + s;
      const out = decodeModule(s, real);
      expect(out.ok ? out : Object.keys(out).sort()).toEqual(out.ok ? out : ['ok', 'reason']);
      if (out.ok) expect(encodeModule(out.state, real)).toEqual({ ok: true, value: s });
    }
  });
});
