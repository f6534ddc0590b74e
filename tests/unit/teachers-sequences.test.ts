/**
 * The teachers' hub sequences (src/components/teachers/sequences.ts) and its
 * strings: every session adds up to its stated length, the three sequences
 * last one hour, two hours and four sessions, reading time covers the
 * chapters' own `minutes`, every chapter and section anchor exists in both
 * languages, and French and English have the same shape.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check';
import { headingSlugs } from '../../src/lib/content-check';
import { CHAPTER_IDS, type ChapterId } from '../../src/schemas/chapter';
import {
  SECTIONS, SEQUENCES, SEQUENCE_TEXT, sequenceChapters, sequenceMinutes, sessionMinutes, type Resource,
} from '../../src/components/teachers/sequences';
import { TEACHERS_STRINGS, frenchSpacing, localizeText, teachersStrings } from '../../src/components/teachers/strings';

const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const chapter = (lang: 'fr' | 'en', id: ChapterId) => content.chapters.get(`${lang}/${id}`);
const byId = Object.fromEntries(SEQUENCES.map((s) => [s.id, s]));

/** The shape of a value: keys and array lengths, strings reduced to a marker. */
function shape(v: unknown): unknown {
  if (typeof v === 'string') return v.trim() ? 'text' : 'EMPTY';
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, shape(x)]));
  return typeof v;
}

const chaptersOf = (r: Resource): ChapterId[] =>
  r.kind === 'chapter' || r.kind === 'quiz' || r.kind === 'worksheet' ? [r.id] : r.kind === 'section' ? [SECTIONS[r.id].chapter] : [];

describe('the ready-made sequences', () => {
  it('are one hour, two hours, and four sessions', () => {
    expect(SEQUENCES.map((s) => s.id)).toEqual(['one-hour', 'two-hours', 'unit']);
    expect(sequenceMinutes(byId['one-hour']!)).toBe(60);
    expect(sequenceMinutes(byId['two-hours']!)).toBe(120);
    expect(byId.unit!.sessions).toHaveLength(4);
    expect(sequenceMinutes(byId.unit!)).toBe(4 * byId.unit!.minutesPerSession);
    expect(byId.unit!.minutesPerSession).toBeGreaterThanOrEqual(50);
    expect(byId.unit!.minutesPerSession).toBeLessThanOrEqual(60);
  });

  for (const seq of SEQUENCES) {
    describe(seq.id, () => {
      it('has sessions whose activities add up to the stated session length', () => {
        for (const session of seq.sessions) expect(sessionMinutes(session)).toBe(seq.minutesPerSession);
        expect(sequenceMinutes(seq)).toBe(seq.sessions.length * seq.minutesPerSession);
      });

      it('gives every activity a positive whole number of minutes', () => {
        for (const a of seq.sessions.flatMap((s) => s.activities)) {
          expect(Number.isInteger(a.minutes) && a.minutes > 0, `${a.kind} ${a.minutes}`).toBe(true);
        }
      });

      it('refers only to chapters that exist in both languages, and has a quiz for every quiz it sets', () => {
        const ids = seq.sessions.flatMap((s) => s.activities.flatMap((a) => [...(a.reads ?? []), ...a.resources.flatMap(chaptersOf)]));
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          expect(CHAPTER_IDS).toContain(id);
          expect(chapter('fr', id), `fr/${id}`).toBeDefined();
          expect(chapter('en', id), `en/${id}`).toBeDefined();
        }
        for (const r of seq.sessions.flatMap((s) => s.activities.flatMap((a) => a.resources))) {
          if (r.kind === 'quiz' || r.kind === 'worksheet') expect(content.quizzes.has(r.id), r.id).toBe(true);
        }
        expect(sequenceChapters(seq).length).toBeGreaterThan(0);
      });

      it('gives each reading at least the reading time the chapters state', () => {
        for (const a of seq.sessions.flatMap((s) => s.activities)) {
          if (a.kind !== 'reading') continue;
          expect(a.reads?.length, 'a reading names its chapters').toBeGreaterThan(0);
          const times = a.reads!.map((id) => chapter('fr', id)!.data!.minutes);
          const needed = a.split ? Math.max(...times) : times.reduce((x, y) => x + y, 0);
          expect(a.minutes, `${seq.id}: reading ${a.reads!.join(', ')}`).toBeGreaterThanOrEqual(needed);
        }
      });

      it('includes a quiz, a discussion or debate, and an assessment', () => {
        const kinds = new Set(seq.sessions.flatMap((s) => s.activities.map((a) => a.kind)));
        expect(kinds.has('quiz')).toBe(true);
        expect(kinds.has('discussion') || kinds.has('debate')).toBe(true);
        expect(kinds.has('assessment')).toBe(true);
      });

      it('has, in each language, one title per session and one text per activity', () => {
        for (const lang of ['fr', 'en'] as const) {
          const text = SEQUENCE_TEXT[lang][seq.id];
          expect(text.sessions).toHaveLength(seq.sessions.length);
          seq.sessions.forEach((s, i) => expect(text.sessions[i]!.activities, `${lang} session ${i + 1}`).toHaveLength(s.activities.length));
          expect(text.objectives.length).toBeGreaterThanOrEqual(2);
          expect(text.assessment.length).toBeGreaterThanOrEqual(1);
        }
      });
    });
  }

  it('points every section at a heading that exists in that language’s chapter', () => {
    for (const [name, sec] of Object.entries(SECTIONS)) {
      for (const lang of ['fr', 'en'] as const) {
        const body = chapter(lang, sec.chapter)?.body ?? '';
        expect(headingSlugs(body).has(sec.anchor[lang]), `${name}: ${lang}/${sec.chapter}#${sec.anchor[lang]}`).toBe(true);
      }
    }
  });
});

describe('French and English texts of the hub', () => {
  it('have the same structure: same keys, same number of items', () => {
    expect(shape(SEQUENCE_TEXT.fr)).toEqual(shape(SEQUENCE_TEXT.en));
    expect(shape(TEACHERS_STRINGS.fr)).toEqual(shape(TEACHERS_STRINGS.en));
  });

  it('get French no-break spaces, and English is left alone', () => {
    expect(frenchSpacing('Quiz : « le RGPD » ?')).toBe('Quiz\u00a0: «\u00a0le RGPD\u00a0»\u202f?');
    const fr = JSON.stringify([teachersStrings('fr'), localizeText(SEQUENCE_TEXT.fr, 'fr')]);
    expect(fr).not.toMatch(/ [:;?!»]|« /);
    expect(teachersStrings('en')).toEqual(TEACHERS_STRINGS.en);
  });
});
