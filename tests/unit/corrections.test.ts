/**
 * The corrections logs (content/corrections/<chapter>.yaml): the schema, the
 * content checker's rules (known chapter, no date in the future or before
 * publication, section anchors that exist in both languages, known sources),
 * the ordering and stable keys of the items, and the UI strings.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkCorrections, loadContent, type Problem } from '../../src/lib/content-check';
import { correctionsSchema } from '../../src/schemas/correction';
import { allCorrectionItems, correctionItems, firstSection, headingTitles, latestDate } from '../../src/lib/corrections';
import { REAL_LOCALES, REFERENCE, dictionaries, dictionaryProblems, flatten, strings } from '../../src/i18n';
import { CORRECTION_KINDS } from '../../src/schemas/correction';
import type { Localized } from '../../src/schemas/localized';

const VALID = 'tests/fixtures/content-valid';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

// The fixture chapter (tests/fixtures/content-valid) was updated on 2026-11-25.
const LOG = `published: "2026-11-24"
entries:
  - date: "2026-11-25"
    kind: correction
    sections: { fr: [first-section], en: [first-section] }
    summary: { fr: "Le montant était faux.", en: "The amount was wrong." }
    sources: [cnil-sanction-2022]
  - date: "2026-11-25"
    kind: clarification
    sections: { fr: [quiz], en: [quiz] }
    summary: { fr: "Question reformulée.", en: "Question reworded." }
`;

/** The valid fixture plus content/corrections/<name>.yaml. */
function fixture(yaml: string, name = 'clearview-case'): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-corrections-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  mkdirSync(join(dir, 'corrections'));
  writeFileSync(join(dir, `corrections/${name}.yaml`), yaml);
  return dir;
}
const lines = (ps: Problem[]) => ps.map((p) => `${p.file.replace(/^.*\/corrections\//, 'corrections/')} ${p.field ?? ''} ${p.message}`);
/** Runs only the corrections rules, with a fixed "today". */
function check(dir: string, today = '2026-11-26'): string[] {
  const problems: Problem[] = [];
  const c = loadContent(dir, problems, dir);
  checkCorrections(dir, c, problems, { cwd: dir, today });
  return lines(problems);
}

describe('the corrections schema', () => {
  const entry = { date: '2026-11-26', kind: 'correction', summary: { fr: 'Corrigé.', en: 'Fixed.' } };
  it('accepts a log with an empty list of entries', () => {
    expect(correctionsSchema.safeParse({ published: '2026-11-25', entries: [] }).success).toBe(true);
  });
  it('accepts an entry without sections or sources', () => {
    expect(correctionsSchema.safeParse({ published: '2026-11-25', entries: [entry] }).success).toBe(true);
  });
  it('rejects an unknown kind, a partial date, a missing English summary and an unknown field', () => {
    for (const bad of [
      { ...entry, kind: 'typo' },
      { ...entry, date: '2026-11' },
      { ...entry, summary: { fr: 'Corrigé.' } },
      { ...entry, author: 'x' },
    ]) expect(correctionsSchema.safeParse({ published: '2026-11-25', entries: [bad] }).success).toBe(false);
  });
  it('rejects section lists of different lengths in the two languages', () => {
    const r = correctionsSchema.safeParse({ published: '2026-11-25', entries: [{ ...entry, sections: { fr: ['a'], en: ['a', 'b'] } }] });
    expect(r.success).toBe(false);
  });
});

describe('the content checker, on corrections logs', () => {
  it('finds nothing wrong in a sound log', () => {
    expect(check(fixture(LOG))).toEqual([]);
    const dir = fixture(LOG);
    expect(lines(checkContent(dir, dir))).toEqual([]);
  });
  it('rejects an entry dated in the future', () => {
    expect(check(fixture(LOG), '2026-11-24')).toEqual([
      'corrections/clearview-case.yaml entries[0].date 2026-11-25 is in the future',
      'corrections/clearview-case.yaml entries[1].date 2026-11-25 is in the future',
    ]);
    // And with the real clock: a date far ahead always fails (and is later than the chapter's "updated").
    const dir = fixture(LOG.replace('date: "2026-11-25"', 'date: "2999-01-01"'));
    expect(lines(checkContent(dir, dir))).toEqual([
      'corrections/clearview-case.yaml entries[0].date 2999-01-01 is in the future',
      'corrections/clearview-case.yaml entries[0].date 2999-01-01 is after the chapter\'s "updated" date (2026-11-25 in chapters/fr/clearview-case.mdx): update the chapter\'s frontmatter',
      'corrections/clearview-case.yaml entries[0].date 2999-01-01 is after the chapter\'s "updated" date (2026-11-25 in chapters/en/clearview-case.mdx): update the chapter\'s frontmatter',
    ]);
  });
  it('rejects an entry dated after its chapter\'s "updated" date', () => {
    expect(check(fixture(LOG.replace('date: "2026-11-25"', 'date: "2026-11-26"')))).toEqual([
      'corrections/clearview-case.yaml entries[0].date 2026-11-26 is after the chapter\'s "updated" date (2026-11-25 in chapters/fr/clearview-case.mdx): update the chapter\'s frontmatter',
      'corrections/clearview-case.yaml entries[0].date 2026-11-26 is after the chapter\'s "updated" date (2026-11-25 in chapters/en/clearview-case.mdx): update the chapter\'s frontmatter',
    ]);
  });
  it('rejects an entry older than the chapter', () => {
    expect(check(fixture(LOG.replace('published: "2026-11-24"', 'published: "2026-11-25"').replace('date: "2026-11-25"', 'date: "2026-11-24"')))).toEqual([
      'corrections/clearview-case.yaml entries[0].date 2026-11-24 is before the chapter was published (2026-11-25)',
    ]);
  });
  it('rejects a section anchor that is not a heading of that language', () => {
    expect(check(fixture(LOG.replace('{ fr: [first-section], en: [first-section] }', '{ fr: [first-section], en: [no-such-heading] }')))).toEqual([
      'corrections/clearview-case.yaml entries[0].sections.en[0] no heading "#no-such-heading" in chapters/en/clearview-case.mdx',
    ]);
  });
  it('accepts `quiz` only when the chapter has a quiz', () => {
    const dir = fixture(LOG);
    rmSync(join(dir, 'quizzes'), { recursive: true });
    expect(check(dir)).toEqual([
      'corrections/clearview-case.yaml entries[1].sections.fr[0] "quiz" but chapter "clearview-case" has no quiz',
      'corrections/clearview-case.yaml entries[1].sections.en[0] "quiz" but chapter "clearview-case" has no quiz',
    ]);
  });
  it('rejects a log named after no chapter', () => {
    expect(check(fixture(LOG, 'no-such-chapter'))).toEqual([
      'corrections/no-such-chapter.yaml  unknown chapter "no-such-chapter": a corrections log is named after its chapter (content/chapters/<lang>/no-such-chapter.mdx)',
    ]);
  });
  it('rejects an unknown source id', () => {
    expect(check(fixture(LOG.replace('sources: [cnil-sanction-2022]', 'sources: [nope-2020]')))).toEqual([
      'corrections/clearview-case.yaml entries[0].sources[0] unknown source "nope-2020" (no content/sources/nope-2020.yaml)',
    ]);
  });
  it('reports schema errors with the field', () => {
    expect(check(fixture(LOG.replace('kind: correction', 'kind: typo')))[0]).toMatch(/^corrections\/clearview-case\.yaml entries\[0\]\.kind /);
  });
  it('passes on the real content', () => {
    expect(lines(checkContent('content'))).toEqual([]);
  });
});

describe('correction items', () => {
  const e = (date: string, kind = 'correction' as const) => ({ date, kind, summary: { fr: date, en: date } as Localized });
  it('are newest first, and on the same day the later entry in the file comes first', () => {
    const items = correctionItems('gdpr', { entries: [e('2026-11-20'), e('2026-11-26'), e('2026-11-20')] });
    expect(items.map((i) => i.key)).toEqual(['correction-2026-11-26-1', 'correction-2026-11-20-2', 'correction-2026-11-20-1']);
  });
  it('keep their keys when a newer entry is appended', () => {
    const before = correctionItems('gdpr', { entries: [e('2026-11-20')] });
    const after = correctionItems('gdpr', { entries: [e('2026-11-20'), e('2026-11-20'), e('2026-12-01')] });
    expect(after.find((i) => i.index === 0)!.key).toBe(before[0]!.key);
  });
  it('merge across chapters by date, then course order', () => {
    const order = (c: string) => ({ a: 1, b: 2 })[c as 'a' | 'b'];
    const all = allCorrectionItems([{ chapter: 'b', log: { entries: [e('2026-11-26')] } }, { chapter: 'a', log: { entries: [e('2026-11-26'), e('2026-11-01')] } }], order);
    expect(all.map((i) => `${i.chapter} ${i.date}`)).toEqual(['a 2026-11-26', 'b 2026-11-26', 'a 2026-11-01']);
  });
  it('link to their first section in each language', () => {
    expect(firstSection({ sections: { fr: ['à-retenir', 'quiz'], en: ['key-takeaways', 'quiz'], qps: ['key-takeaways', 'quiz'] } }, 'fr')).toBe('à-retenir');
    expect(firstSection({}, 'en')).toBeUndefined();
  });
  it('date the feed by the newest entry, or the newest publication when there is none', () => {
    expect(latestDate([{ date: '2026-11-26' }], ['2026-11-25'])).toBe('2026-11-26');
    expect(latestDate([], ['2026-11-25', '2026-11-24'])).toBe('2026-11-25');
  });
  it('name sections with the heading text Astro slugs', () => {
    const t = headingTitles('## Pourquoi les autorités s’y opposent\n\n```\n## not a heading\n```\n## À retenir\n## À retenir\n');
    expect([...t]).toEqual([
      ['pourquoi-les-autorités-sy-opposent', 'Pourquoi les autorités s’y opposent'],
      ['à-retenir', 'À retenir'],
      ['à-retenir-1', 'À retenir'],
    ]);
  });
});

describe('the corrections and card strings (src/i18n/<lang>/corrections.json, og.json)', () => {
  it('have the same keys and slots in every language, none blank', () => {
    for (const area of ['corrections', 'og'] as const) {
      for (const lang of REAL_LOCALES) {
        expect(dictionaryProblems(dictionaries[REFERENCE][area]!, dictionaries[lang][area]!, lang)).toEqual([]);
        for (const v of Object.values(flatten(dictionaries[lang][area]))) expect(String(v).trim()).not.toBe('');
      }
    }
  });
  it('name every kind of change', () => {
    for (const lang of REAL_LOCALES) expect(Object.keys(strings('corrections', lang).kind).sort()).toEqual([...CORRECTION_KINDS].sort());
  });
});
