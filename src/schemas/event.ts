/**
 * One dated step of the case, for the timeline and the downloads.
 *
 * Language-neutral: the date, the amount and the jurisdiction exist once;
 * only `actor`, `title` and `summary` carry `{ fr, en }`. A decision signed on one day
 * and made public on another has both: `date` (signed) and `announced`.
 */
import { z } from 'astro/zod';
import { isoDate, precisionOf, DATE_PRECISIONS } from './dates';
import { localized } from './localized';

/**
 * What kind of step an event is. `formal-notice` is the CNIL's « mise en
 * demeure » (an order to comply by a deadline), not a regulator's announced
 * intention: the ICO's 2021 step is a `notice-of-intent`. A complaint that an
 * NGO files with a regulator or a prosecutor is an `ngo-complaint`, not a
 * `lawsuit` (a case brought before a court).
 */
export const EVENT_KINDS = [
  'investigation', 'formal-notice', 'notice-of-intent', 'fine', 'order', 'ruling', 'settlement',
  'lawsuit', 'ngo-complaint', 'press', 'breach', 'statement', 'law', 'claim',
] as const;

/** ISO 3166-1 alpha-2 (FR), ISO 3166-2 (US-IL), or EU. */
export const JURISDICTION = /^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/;

export const eventSchema = z
  .strictObject({
    /** When it happened (a decision: the day it was signed). */
    date: isoDate,
    /** How precise `date` is; must match the date's shape. */
    datePrecision: z.enum(DATE_PRECISIONS),
    /** When it was made public, if that differs from `date`. */
    announced: isoDate.optional(),
    /** Where: FR, GB, GR, US-IL, EU … */
    jurisdiction: z.string().regex(JURISDICTION, { error: 'expected ISO 3166 code (FR, US-IL) or EU' }),
    /**
     * Who acted: the authority, court, company or newspaper, in each language
     * (a proper name stays as it is: "Garante per la protezione dei dati
     * personali"). The company or its founder is named first when they acted
     * (src/lib/timeline/lanes.ts).
     */
    actor: localized,
    /** What kind of step; picks the glyph and the filter. */
    kind: z.enum(EVENT_KINDS),
    /** A fine, penalty or settlement value, in its original currency. */
    amount: z
      .strictObject({
        value: z.number().positive(),
        /** ISO 4217: EUR, GBP, SEK, USD … */
        currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as EUR' }),
      })
      .optional(),
    /**
     * Only for `kind: claim`: the database size the company claimed, as a
     * number, so that a chart reads it from data and never parses prose.
     * A target ("100 billion within a year") is not a size and has none.
     */
    claim: z
      .strictObject({
        /** Images claimed: 60 billion is 60000000000. */
        images: z.number().int().positive(),
        /** True when the claim is "more than" that number. */
        moreThan: z.boolean(),
      })
      .optional(),
    /** Short title, both languages. */
    title: localized,
    /** One or two sentences in our own words, both languages. */
    summary: localized,
    /** Source ids (files in content/sources); at least one. */
    sources: z.array(z.string().min(1)).min(1, { error: 'an event needs at least one source' }),
    /** high: regulator, court or two reputable sources; medium: one; low: weak. */
    confidence: z.enum(['high', 'medium', 'low']),
  })
  .superRefine((e, ctx) => {
    if (precisionOf(e.date) !== e.datePrecision) {
      ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: `"${e.date}" has ${precisionOf(e.date)} precision, not ${e.datePrecision}` });
    }
    if (e.claim && e.kind !== 'claim') {
      ctx.addIssue({ code: 'custom', path: ['claim'], message: `only an event of kind "claim" states a claimed size, not "${e.kind}"` });
    }
    if (e.announced && e.announced < e.date) {
      ctx.addIssue({ code: 'custom', path: ['announced'], message: 'announced before it happened' });
    }
  });
export type TimelineEvent = z.infer<typeof eventSchema>;
