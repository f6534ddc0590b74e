/**
 * The module's GIFT file (src/lib/module-gift.ts), joined from pieces that
 * src/lib/gift.ts wrote: it parses with gift-pegjs, holds exactly the chosen
 * questions numbered through the module, one category per chapter under the
 * module's name; and the module strings (src/i18n/<locale>/module.json) have
 * the same keys in every language.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'gift-pegjs';
import { giftQuestion } from '../../src/lib/gift';
import { giftFileName, moduleGift, renumber, type ModuleGiftData } from '../../src/lib/module-gift';
import type { Question } from '../../src/schemas/quiz';
import { REAL_LOCALES, strings } from '../../src/i18n';

const l = (fr: string, en = fr) => ({ fr, en });
const base = { section: l('s'), objective: 1, difficulty: 1, explanation: l('Parce que : voilà.', 'Because.') };
const questions = {
  a: [
    { ...base, id: 'a-one', type: 'true-false', prompt: l('Vrai ?', 'True?'), answer: true },
    { ...base, id: 'a-two', type: 'numeric', prompt: l('Combien ?', 'How many?'), answer: 20, tolerance: 0, unit: l('M€', '€M') },
    { ...base, id: 'a-three', type: 'ordering', prompt: l('Ordre', 'Order'), items: [{ id: 'x', text: l('X') }, { id: 'y', text: l('Y') }] },
  ],
  b: [
    {
      ...base, id: 'b-one', type: 'single', prompt: l('Lequel ?', 'Which?'), answer: 'p',
      options: [{ id: 'p', text: l('P = 1') }, { id: 'q', text: l('Q {2}') }],
    },
  ],
} as unknown as Record<string, Question[]>;
const opts = {
  lang: 'fr' as const, position: (n: number) => `Rang ${n}`, orderingNote: 'Remise en ordre exportée en appariement.',
  unit: (u: string) => `(en ${u})`, ordering: 'matching' as const,
};
const data: ModuleGiftData = {
  header: ['Visage public : module « {name} »', 'Source : {url}', 'Généré le {date}'],
  untitled: 'Visage public : module',
  ordering: 'Une question de remise en ordre est exportée en appariement.',
  forMoodle: { matching: 'Pour toute version de Moodle.', ordering: 'Pour Moodle 4.4 et suivants.' },
  site: 'Visage public',
  chapters: Object.entries(questions).map(([id, qs], i) => ({
    id,
    category: `Chapitre ${i + 1} · ${id.toUpperCase()}`,
    questions: qs.map((q) => ({
      id: q.id, text: giftQuestion(q, 0, opts), ordering: q.type === 'ordering',
      ...(q.type === 'ordering' ? { text44: giftQuestion(q, 0, { ...opts, ordering: 'ordering' }) } : {}),
    })),
  })),
};
const titles = (text: string) => parse(text).filter((q) => q.type !== 'Category').map((q) => q.title);

describe('moduleGift', () => {
  it('holds exactly the chosen questions, numbered through the module', () => {
    const text = moduleGift(data, { name: 'Séance 1', chapters: ['a', 'b'], questions: { a: ['a-one', 'a-three'], b: ['b-one'] } }, 'https://x.org/fr/module/#v1', '2026-11-26');
    expect(titles(text)).toEqual(['01 a-one', '02 a-three', '03 b-one']);
    expect(parse(text).filter((q) => q.type === 'Category')).toHaveLength(2);
    expect(text).toContain('$CATEGORY: Visage public/Séance 1/Chapitre 1 · A');
    expect(text).toContain('// Visage public : module « Séance 1 »\n// Source : https://x.org/fr/module/#v1\n// Généré le 2026-11-26');
    expect(text).toContain('// Une question de remise en ordre');
  });

  it('leaves out chapters chosen for reading only, and the ordering note when no ordering question is chosen', () => {
    const text = moduleGift(data, { name: '', chapters: ['a', 'b'], questions: { a: [], b: ['b-one'] } }, 'u', 'd');
    expect(titles(text)).toEqual(['01 b-one']);
    expect(parse(text).filter((q) => q.type === 'Category')).toHaveLength(1);
    expect(text.startsWith('// Visage public : module\n')).toBe(true);
    expect(text).not.toContain('remise en ordre est');
    expect(text).toContain('$CATEGORY: Visage public/Chapitre 2 · B');
  });

  it('writes a slash in the module name as a double slash in the category path', () => {
    const text = moduleGift(data, { name: 'A/B', chapters: ['b'], questions: { b: ['b-one'] } }, 'u', 'd');
    expect(text).toContain('$CATEGORY: Visage public/A//B/Chapitre 2 · B');
  });

  it('writes the Moodle 4.4+ form on request: ordering type, its header line, no matching note; the rest identical', () => {
    const choice = { name: 'S', chapters: ['a', 'b'], questions: { a: ['a-one', 'a-two', 'a-three'], b: ['b-one'] } };
    const any = moduleGift(data, choice, 'u', 'd');
    const m44 = moduleGift(data, choice, 'u', 'd', 'ordering');
    expect(any).toContain('// Pour toute version de Moodle.\n// Une question de remise en ordre');
    expect(any).toContain('::03 a-three::Ordre {\n=Rang 1 -> X\n=Rang 2 -> Y\n');
    expect(m44).toContain('// Pour Moodle 4.4 et suivants.\n\n$CATEGORY');
    expect(m44).not.toContain('remise en ordre est');
    expect(m44).toContain('::03 a-three::Ordre {\n>2 ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW 123\nX\nY\n####Parce que \\: voilà.\n}');
    expect(m44).toContain('::02 a-two::Combien ? (en M€) {#20:0####Parce que \\: voilà.}');
    const blocks = (t: string) => t.split('\n\n').slice(1);
    expect(blocks(m44).filter((x) => !x.includes('a-three'))).toEqual(blocks(any).filter((x) => !x.includes('a-three')));
    expect(giftFileName('S', 'module', 'ordering')).toBe('s.moodle44.gift');
  });

  it('renumbers only the title', () => {
    expect(renumber('::00 x::Prompt 00 {T}', 12)).toBe('::12 x::Prompt 00 {T}');
  });
});

describe('giftFileName', () => {
  it('keeps lower-case ASCII letters, digits and dashes', () => {
    expect(giftFileName('Séance 1 : RGPD', 'module')).toBe('seance-1-rgpd.gift');
    expect(giftFileName('  ../../etc/passwd  ', 'module')).toBe('etc-passwd.gift');
  });
  it('falls back when nothing is left', () => {
    expect(giftFileName('', 'module')).toBe('module.gift');
    expect(giftFileName('مرحبا', 'module')).toBe('module.gift');
  });
});

describe('module strings', () => {
  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(strings('module', 'en')).sort();
    for (const lang of REAL_LOCALES) {
      const d = strings('module', lang);
      expect(Object.keys(d).sort()).toEqual(keys);
      for (const v of Object.values(d)) expect(v.trim()).not.toBe('');
    }
  });
  it('use no-break spaces before French high punctuation', () => {
    for (const v of Object.values(strings('module', 'fr'))) expect(v).not.toMatch(/ [:;!?»]|« /);
  });
});
