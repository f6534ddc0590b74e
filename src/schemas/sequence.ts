/**
 * A ready-made teaching sequence of the teachers' hub: one YAML file per
 * sequence (content/sequences/one-hour.yaml), its id the file name.
 * Language-neutral: minutes, chapters, quizzes and anchors are written once;
 * only the words carry `{ fr, en }`. French text is stored as it is shown,
 * with its no-break spaces (U+202F before ? ! ;, U+00A0 before : and inside
 * « »).
 *
 * A page never retypes a duration: it adds up the activities
 * (src/lib/sequences.ts). What one entry cannot check alone (sessions adding
 * up to `minutesPerSession`, readings as long as the chapters, anchors that
 * exist in each language's chapter) is checked by src/lib/sequences-check.ts.
 *
 * @example
 *   order: 1
 *   level: introduction
 *   minutesPerSession: 60
 *   title: { fr: "L’affaire Clearview en une heure", en: "The Clearview case in one hour" }
 *   sections:
 *     claims:
 *       chapter: clearview-case
 *       anchor: { fr: une-croissance-revendiquée-par-lentreprise, en: growth-claimed-by-the-company }
 *       label: { fr: "La croissance revendiquée", en: "The growth the company claims" }
 *   sessions:
 *     - title: { fr: "Séance unique", en: "One session" }
 *       activities:
 *         - kind: reading
 *           minutes: 20
 *           reads: [clearview-case]
 *           resources: [{ kind: chapter, id: clearview-case }]
 *           name: { fr: "Lecture du chapitre 1", en: "Read chapter 1" }
 *           detail: { fr: "…", en: "…" }
 */
import { z } from 'astro/zod';
import { REAL_LOCALES, type RealLocale } from '../i18n/locales';
import { CHAPTER_IDS, chapterSchema } from './chapter';
import { localized, localizedList } from './localized';

/** What an activity is, shown as a small label before its name. */
export const ACTIVITY_KINDS = ['opening', 'reading', 'explore', 'quiz', 'discussion', 'debate', 'assessment'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });
const chapterId = z.enum(CHAPTER_IDS);

/**
 * A heading anchor in each language (the slug Astro gives the heading, as in
 * a quiz question's `section`), without `#`. Not translated text, so no
 * pseudo-locale value is added: a pseudo page uses its source's anchor.
 */
const anchor = z.strictObject(
  Object.fromEntries(REAL_LOCALES.map((l) => [l, z.string().trim().min(1)])) as Record<RealLocale, z.ZodString>,
);

/** A place inside a chapter that activities point at: an explorable, the debate kit, the discussion prompts. */
export const sectionSchema = z.strictObject({
  /** The chapter it is in. */
  chapter: chapterId,
  /** Its heading anchor per language; must exist in that language's chapter. */
  anchor,
  /** Its name in a link, without the chapter: the page adds "(chapter N)". */
  label: localized,
});

/** Something an activity links to; the page turns it into a link with a label from src/i18n/<lang>/teachers.json. */
export const resourceSchema = z.discriminatedUnion('kind', [
  /** The chapter itself ("Chapter 2: Web scraping"). */
  z.strictObject({ kind: z.literal('chapter'), id: chapterId }),
  /** A section of a chapter, by its key in the sequence's `sections`. */
  z.strictObject({ kind: z.literal('section'), id }),
  /** The chapter's quiz (the chapter must have one). */
  z.strictObject({ kind: z.literal('quiz'), id: chapterId }),
  /** The printable worksheet of the chapter's quiz. */
  z.strictObject({ kind: z.literal('worksheet'), id: chapterId }),
  /** The timeline, figures, results and face lab pages. */
  z.strictObject({ kind: z.enum(['timeline', 'figures', 'results', 'lab']) }),
]);
export type Resource = z.output<typeof resourceSchema>;

export const activitySchema = z.strictObject({
  /** What sort of activity (`reading`, `quiz`, `debate`…). */
  kind: z.enum(ACTIVITY_KINDS),
  /** How long it takes, in whole minutes. The session's activities add up to `minutesPerSession`. */
  minutes: z.number().int().positive(),
  /**
   * Chapters read in this activity (reading only, and required there). Its
   * `minutes` must cover the chapters' own reading time (`minutes` in their
   * frontmatter): their sum, or the longest one with `split`.
   */
  reads: z.array(chapterId).min(1).optional(),
  /** Groups read different chapters of `reads` (a jigsaw), so the time is that of the longest. Default false. */
  split: z.boolean().default(false),
  /** What it links to, in order; may be empty. */
  resources: z.array(resourceSchema).default([]),
  /** A short name, shown in bold. */
  name: localized,
  /** What the teacher and the students do. */
  detail: localized,
});
export type Activity = z.output<typeof activitySchema>;

export const sessionSchema = z.strictObject({
  /** The session's title, shown in its table's caption ("Session 1: collecting"). */
  title: localized,
  /** The plan, in order. */
  activities: z.array(activitySchema).min(1),
});
export type Session = z.output<typeof sessionSchema>;

export const sequenceSchema = z
  .strictObject({
    /** Position on the hub page, from 1. */
    order: z.number().int().positive(),
    /** Who it suits, in the chapters' vocabulary (the same badge as a chapter's level). */
    level: chapterSchema.shape.level,
    /** The stated length of each session, in minutes; every session's activities must add up to it. */
    minutesPerSession: z.number().int().positive(),
    /** The sequence's heading. */
    title: localized,
    /** Who it suits and what it covers, one or two sentences. */
    summary: localized,
    /** What students can do afterwards; the same number in every language. */
    objectives: localizedList,
    /**
     * The chapter sections its activities point at (`{ kind: section, id: claims }`),
     * by a key of your choosing. Each must be used by at least one activity.
     */
    sections: z.record(id, sectionSchema).default({}),
    /** The sessions, in order (one for a single lesson). */
    sessions: z.array(sessionSchema).min(1),
    /** How to assess, one item per tool; the same number in every language. */
    assessment: localizedList,
    /** To go further: a homework or a follow-up. */
    further: localized,
  })
  .superRefine((seq, ctx) => {
    for (const key of ['objectives', 'assessment'] as const) {
      const [first, ...rest] = REAL_LOCALES;
      for (const l of rest) {
        if (seq[key][l].length !== seq[key][first!].length) {
          ctx.addIssue({ code: 'custom', path: [key, l], message: `has ${seq[key][l].length} items, "${first}" has ${seq[key][first!].length}` });
        }
      }
    }
    const used = new Set<string>();
    seq.sessions.forEach((s, i) =>
      s.activities.forEach((a, j) => {
        const at = ['sessions', i, 'activities', j];
        if (a.kind === 'reading' && !a.reads) ctx.addIssue({ code: 'custom', path: [...at, 'reads'], message: 'a reading names the chapters it covers in `reads`' });
        if (a.kind !== 'reading' && a.reads) ctx.addIssue({ code: 'custom', path: [...at, 'reads'], message: 'only a reading has `reads`' });
        if (a.split && (a.reads?.length ?? 0) < 2) ctx.addIssue({ code: 'custom', path: [...at, 'split'], message: '`split` needs at least two chapters in `reads`' });
        a.resources.forEach((r, k) => {
          if (r.kind !== 'section') return;
          used.add(r.id);
          if (!(r.id in seq.sections)) ctx.addIssue({ code: 'custom', path: [...at, 'resources', k, 'id'], message: `unknown section "${r.id}": add it to \`sections\`` });
        });
      }),
    );
    for (const key of Object.keys(seq.sections)) {
      if (!used.has(key)) ctx.addIssue({ code: 'custom', path: ['sections', key], message: `section "${key}" is not used by any activity` });
    }
  });
export type Sequence = z.output<typeof sequenceSchema>;
export type Section = z.output<typeof sectionSchema>;
