/**
 * A chapter's corrections log: one YAML file per chapter, named after the
 * chapter id (content/corrections/gdpr.yaml). Language-neutral: the dates,
 * the section anchors and the source ids are written once; only the summary
 * of what changed carries `{ fr, en }`. The log feeds the "Corrections and
 * changes" list at the end of the chapter and the Atom feed per language.
 *
 * Only substantive changes go here (a fact, a figure, a claim, a quiz answer
 * corrected, made clearer or added), never typography or layout.
 *
 * @example
 *   published: "2026-11-26"
 *   entries:
 *     - date: "2026-11-26"
 *       kind: correction
 *       sections: { fr: [une-précision-inégale-selon-les-personnes], en: [not-equally-accurate-for-everyone] }
 *       summary: { fr: "…", en: "…" }
 *       sources: [nistir-8280-2019]
 */
import { z } from 'astro/zod';
import { localized, localizedIdList } from './localized';
import { REAL_LOCALES } from '../i18n/locales';
import { isoDay } from './dates';

export const CORRECTION_KINDS = ['correction', 'addition', 'clarification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const correctionEntrySchema = z.strictObject({
  /** Day the change was published (YYYY-MM-DD); not in the future, not before `published`. */
  date: isoDay,
  /**
   * What sort of change: `correction` (something was wrong), `addition`
   * (new material) or `clarification` (right but open to a wrong reading).
   */
  kind: z.enum(CORRECTION_KINDS),
  /**
   * The chapter sections concerned: heading anchors in each language, without
   * `#` (the same anchors as a quiz question's `section`), or `quiz` for the
   * chapter's quiz. The first one is where the feed and the list link to.
   * Validated at build: each anchor must exist in that language's chapter.
   */
  sections: localizedIdList.optional(),
  /** What changed and why, in one or two sentences per language. */
  summary: localized,
  /** Source ids that back the corrected text, if any (must exist in content/sources/). */
  sources: z.array(z.string().min(1)).optional(),
});
export type CorrectionEntry = z.infer<typeof correctionEntrySchema>;

export const correctionsSchema = z
  .strictObject({
    /** Day the chapter was first published (YYYY-MM-DD): no entry may be older. */
    published: isoDay,
    /** The changes, in any order (shown newest first). An empty list is fine. */
    entries: z.array(correctionEntrySchema),
  })
  .superRefine((log, ctx) => {
    log.entries.forEach((e, i) => {
      const lengths = new Set(REAL_LOCALES.map((l) => e.sections?.[l].length));
      if (e.sections && lengths.size > 1) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'sections'], message: `the section lists differ in length between languages (${REAL_LOCALES.join(', ')})` });
      }
    });
  });
export type Corrections = z.infer<typeof correctionsSchema>;
