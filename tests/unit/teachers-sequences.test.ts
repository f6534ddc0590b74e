/**
 * The teachers' hub sequences (content/sequences/*.yaml, read here with the
 * `yaml` package and their Zod schema) and its words
 * (src/i18n/<lang>/teachers.json): the three sequences last one hour, two
 * hours and four sessions; every session adds up to its stated length;
 * reading time covers the chapters' own `minutes`; every chapter and section
 * anchor exists in both languages; the sequences check (src/lib/sequences-check.ts)
 * finds nothing wrong in the real files and reports planted mistakes; French
 * text carries its no-break spaces.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { headingSlugs, loadContent } from '../../src/lib/content-check';
import { loadSequences, sequenceProblems, type SequenceEntry } from '../../src/lib/sequences-check';
import { inHubOrder, readingNeeds, sequenceChapters, sequenceMinutes, sessionMinutes } from '../../src/lib/sequences';
import { REAL_LOCALES, dictionaries, dictionaryProblems, flatten } from '../../src/i18n';
import { CHAPTER_IDS, type ChapterId } from '../../src/schemas/chapter';
import { sequenceSchema, type Sequence } from '../../src/schemas/sequence';

const ROOT = process.env.CONTENT_DIR ?? 'content';
const content = loadContent(ROOT, []);
const chapter = (lang: string, id: ChapterId) => content.chapters.get(`${lang}/${id}`);

const dir = join(ROOT, 'sequences');
const entries: SequenceEntry[] = inHubOrder(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const file = join(dir, f);
      return { id: f.replace(/\.yaml$/, ''), file, data: sequenceSchema.parse(parseYaml(readFileSync(file, 'utf8'))) };
    }) as { id: string; file: string; data: Sequence }[],
);
const byId = Object.fromEntries(entries.map((e) => [e.id, e.data!]));

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of one real sequence, changed by `mutate`, as the check's input. */
function planted(id: string, mutate: (s: Sequence) => void): SequenceEntry[] {
  const data = structuredClone(byId[id]!);
  mutate(data);
  return [{ id, file: `content/sequences/${id}.yaml`, data }];
}
const messages = (ps: { file: string; field?: string | undefined; message: string }[]) => ps.map((p) => `${p.field ?? ''}: ${p.message}`);

describe('the ready-made sequences', () => {
  it('are one hour, two hours, and four sessions of 55 minutes, in that order', () => {
    expect(entries.map((e) => e.id)).toEqual(['one-hour', 'two-hours', 'unit']);
    expect(entries.map((e) => sequenceMinutes(e.data!))).toEqual([60, 120, 220]);
    expect(byId.unit!.sessions).toHaveLength(4);
    expect(byId.unit!.minutesPerSession).toBe(55);
  });

  it('pass the sequences check against the real chapters and quizzes', () => {
    expect(messages(sequenceProblems(entries, content))).toEqual([]);
    const problems: { file: string; message: string }[] = [];
    expect(loadSequences(ROOT, problems).map((e) => e.id)).toEqual(['one-hour', 'two-hours', 'unit']);
    expect(problems).toEqual([]);
  });

  for (const { id, data: seq } of entries as { id: string; data: Sequence }[]) {
    describe(id, () => {
      it('has sessions whose activities add up to the stated session length', () => {
        for (const session of seq.sessions) expect(sessionMinutes(session)).toBe(seq.minutesPerSession);
        expect(sequenceMinutes(seq)).toBe(seq.sessions.length * seq.minutesPerSession);
      });

      it('refers only to chapters that exist in both languages, and has a quiz for every quiz it sets', () => {
        const ids = seq.sessions.flatMap((s) => s.activities.flatMap((a) => a.reads ?? []));
        ids.push(...sequenceChapters(seq));
        expect(ids.length).toBeGreaterThan(0);
        for (const c of ids) {
          expect(CHAPTER_IDS).toContain(c);
          for (const lang of REAL_LOCALES) expect(chapter(lang, c), `${lang}/${c}`).toBeDefined();
        }
        for (const r of seq.sessions.flatMap((s) => s.activities.flatMap((a) => a.resources))) {
          if (r.kind === 'quiz' || r.kind === 'worksheet') expect(content.quizzes.has(r.id), r.id).toBe(true);
        }
      });

      it('gives each reading at least the reading time the chapters state', () => {
        for (const a of seq.sessions.flatMap((s) => s.activities)) {
          if (a.kind !== 'reading') continue;
          expect(a.reads?.length, 'a reading names its chapters').toBeGreaterThan(0);
          const needed = readingNeeds(a, (c) => chapter('fr', c)!.data!.minutes);
          expect(needed).toBeGreaterThan(0);
          expect(a.minutes, `${id}: reading ${a.reads!.join(', ')}`).toBeGreaterThanOrEqual(needed);
        }
      });

      it('includes a quiz, a discussion or debate, and an assessment', () => {
        const kinds = new Set(seq.sessions.flatMap((s) => s.activities.map((a) => a.kind)));
        expect(kinds.has('quiz')).toBe(true);
        expect(kinds.has('discussion') || kinds.has('debate')).toBe(true);
        expect(kinds.has('assessment')).toBe(true);
      });

      it('has at least two objectives and one way to assess, as many in each language', () => {
        for (const lang of REAL_LOCALES) {
          expect(seq.objectives[lang].length).toBeGreaterThanOrEqual(2);
          expect(seq.objectives[lang]).toHaveLength(seq.objectives.en.length);
          expect(seq.assessment[lang].length).toBeGreaterThanOrEqual(1);
          expect(seq.assessment[lang]).toHaveLength(seq.assessment.en.length);
        }
      });

      it('points every section at a heading that exists in that language’s chapter', () => {
        expect(Object.keys(seq.sections).length).toBeGreaterThan(0);
        for (const [key, sec] of Object.entries(seq.sections)) {
          for (const lang of REAL_LOCALES) {
            const body = chapter(lang, sec.chapter)?.body ?? '';
            expect(headingSlugs(body).has(sec.anchor[lang]), `${key}: ${lang}/${sec.chapter}#${sec.anchor[lang]}`).toBe(true);
          }
        }
      });
    });
  }
});

describe('the sequences check', () => {
  it('reports a section anchor that is not a heading of that language’s chapter', () => {
    const bad = planted('one-hour', (s) => (s.sections.claims!.anchor.en = 'no-such-heading'));
    expect(messages(sequenceProblems(bad, content))).toEqual([
      'sections.claims.anchor.en: no heading "#no-such-heading" in content/chapters/en/clearview-case.mdx',
    ]);
  });

  it('reports a session whose activities do not add up to minutesPerSession', () => {
    const bad = planted('unit', (s) => (s.sessions[1]!.activities[1]!.minutes = 10));
    expect(messages(sequenceProblems(bad, content))).toEqual(['sessions[1]: activities add up to 50 minutes, not minutesPerSession (55)']);
  });

  it('reports a reading slot shorter than the chapters it covers', () => {
    const bad = planted('unit', (s) => (s.sessions[1]!.activities[0]!.split = false));
    expect(messages(sequenceProblems(bad, content))).toEqual([
      'sessions[1].activities[0].minutes: 20 minutes for a reading the chapters put at 38 (scraping 18 + biometric-templates 20)',
    ]);
  });

  it('reports a chapter missing in a language, and a quiz set for a chapter without one', () => {
    const chapters = new Map([...content.chapters].filter(([k]) => k !== 'en/gdpr'));
    const quizzes = new Map([...content.quizzes].filter(([k]) => k !== 'scraping'));
    expect(messages(sequenceProblems(planted('unit', () => {}), { chapters, quizzes }))).toEqual([
      'sections.law-applies.chapter: unknown chapter "gdpr": no content/chapters/en/gdpr.mdx',
      'sessions[1].activities[3].resources[0]: chapter "scraping" has no quiz (no content/quizzes/scraping.yaml)',
    ]);
  });

  /** What loadSequences says of content/sequences/one-hour.yaml with `from` replaced by `to`. */
  function loadBroken(from: string, to: string) {
    const root = mkdtempSync(join(tmpdir(), 'vp-sequences-'));
    made.push(root);
    mkdirSync(join(root, 'sequences'));
    const yaml = readFileSync(join(dir, 'one-hour.yaml'), 'utf8');
    expect(yaml).toContain(from);
    writeFileSync(join(root, 'sequences/one-hour.yaml'), yaml.replace(from, to));
    const problems: { file: string; field?: string | undefined; message: string }[] = [];
    const loaded = loadSequences(root, problems, root);
    expect(loaded.map((e) => [e.id, e.data])).toEqual([['one-hour', undefined]]);
    return problems;
  }

  it('names the file and field of an unknown chapter id', () => {
    expect(loadBroken('reads: [clearview-case]', 'reads: [clearview-cases]')).toEqual([
      { file: 'sequences/one-hour.yaml', field: 'sessions[0].activities[1].reads[0]', message: expect.stringContaining('"clearview-case"') },
    ]);
  });

  it('names the file and field of an activity pointing at a section the sequence does not define', () => {
    expect(loadBroken('{ kind: section, id: claims }', '{ kind: section, id: claim }')).toEqual([
      { file: 'sequences/one-hour.yaml', field: 'sessions[0].activities[4].resources[0].id', message: 'unknown section "claim": add it to `sections`' },
      { file: 'sequences/one-hour.yaml', field: 'sections.claims', message: 'section "claims" is not used by any activity' },
    ]);
  });
});

describe('the hub’s words', () => {
  it('have the same keys and slots in French and English', () => {
    expect(dictionaryProblems(dictionaries.en.teachers!, dictionaries.fr.teachers!, 'fr')).toEqual([]);
    expect(Object.keys(flatten(dictionaries.en.teachers)).length).toBeGreaterThan(50);
  });

  it('keep French no-break spaces in the dictionary and in the sequences, and none in English', () => {
    const frText = [
      ...Object.values(flatten(dictionaries.fr.teachers)).flat(),
      ...entries.flatMap((e) => frenchStrings(e.data)),
    ].join('\n');
    // One space for French typography, U+00A0 (src/lib/typography.ts).
    expect(frText).toContain('\u00a0');
    expect(frText).not.toContain('\u202f');
    expect(frText).not.toMatch(/ [:;?!»]|« /);
    expect(JSON.stringify(dictionaries.en.teachers)).not.toMatch(/[\u00a0\u202f]/);
  });
});

/** Every French string of a parsed sequence (the `fr` of each `{ fr, en }`). */
function frenchStrings(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(frenchStrings);
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => (k === 'fr' ? [x].flat().filter((s): s is string => typeof s === 'string') : frenchStrings(x)));
  }
  return [];
}
