/**
 * A bibliography entry: one document that supports facts on the site.
 *
 * Cite the original publisher: a regulator's own decision or press release
 * first, then reputable press. `url` is that publisher's page. Where sources
 * disagree, `note` says which we follow and why.
 */
import { z } from 'astro/zod';
import { isoDate } from './dates';
import { localized } from './localized';
import { JURISDICTION } from './event';

export const SOURCE_KINDS = ['decision', 'press-release', 'press', 'law', 'guidance', 'paper', 'court'] as const;

export const sourceSchema = z.strictObject({
  /** Title as published, in its original language. */
  title: z.string().trim().min(1),
  /** Who published it: the regulator, court, newspaper or journal. */
  publisher: z.string().trim().min(1),
  /** Short name for inline citations, "(ICO, 2022)"; defaults to `publisher`. */
  short: z.string().trim().min(1).max(24).optional(),
  /** The original publisher's page (https). */
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' }),
  /** Publication date, with the precision known (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: isoDate,
  /** Language of the document (BCP 47, e.g. `fr`, `en`, `it`). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language tag such as fr or en' }),
  /** What kind of document it is; groups the sources page. */
  kind: z.enum(SOURCE_KINDS),
  /**
   * Optional: the country (ISO 3166, or EU) whose authority, court or law the
   * document comes from or is about; groups the sources page. Without it, the
   * page uses the single country of the events and decisions that cite the
   * source, or none (src/lib/sources-index.ts).
   */
  jurisdiction: z.string().regex(JURISDICTION, { error: 'expected ISO 3166 code (FR, US-IL) or EU' }).optional(),
  /** Optional: why we follow this source, or what it gets wrong. Shown to readers. */
  note: localized.optional(),
  /** Optional: a copy we could check when the original moved (archive). Never shown first. */
  archive: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
