/**
 * Which articles each authority found breached: content/charts/breaches.yaml,
 * read by the breach table (<BreachTable />) in any chapter that embeds it.
 *
 * One row per decision, all language-neutral: the dates and the country live
 * in the decision's event (content/events/<id>.yaml) and are never typed here;
 * only the authority's name, the orders and the notes carry `{ fr, en }`.
 *
 * A decision goes in the grid only when a source we list names the articles
 * it found breached. A decision that names none (Hamburg's preliminary step)
 * or was taken under another law against someone else (Sweden: the police,
 * under the Criminal Data Act) keeps `articles: []` and a `scope` that says
 * why; the table lists it under the grid, with its outcome and sources.
 *
 * @example breachesFileSchema.parse({ decisions: [{ id: 'cnil-2022', event: 'cnil-sanction', … }] })
 */
import { z } from 'astro/zod';
import { localized } from './localized';

/**
 * The articles a decision may cite, in the order of the grid's rows. Art. 5
 * is split by principle because authorities split it; `6` also stands for
 * `6(1)`, `9` for `9(1)`, `12` for `12(1)` and `12(3)`, `27` for `27(1)`.
 * Adding an article here adds a row; a typo ("5(1)a") fails the check.
 */
export const BREACH_ARTICLES = [
  '5(1)(a)', '5(1)(b)', '5(1)(c)', '5(1)(e)', '5(2)',
  '6', '9', '12', '13', '14', '15', '17', '27', '31',
] as const;
export type BreachArticle = (typeof BREACH_ARTICLES)[number];

/**
 * gdpr: the EU regulation; uk-gdpr: the United Kingdom's copy of it, kept
 * after Brexit (same article numbers); other: another law (the table says which
 * in `scope`).
 */
export const BREACH_LAWS = ['gdpr', 'uk-gdpr', 'other'] as const;

/**
 * stands: in force (not appealed, or upheld); under-appeal: a court has yet to
 * rule; remitted: a higher court sent it back to be decided again; annulled:
 * set aside by a court; preliminary: a step before a final order.
 */
export const BREACH_STANDING = ['stands', 'under-appeal', 'remitted', 'annulled', 'preliminary'] as const;
export type BreachStanding = (typeof BREACH_STANDING)[number];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });

export const breachSchema = z.strictObject({
  /** Stable id of the row (kebab-case): the authority and the year, `cnil-2022`. */
  id,
  /** The authority, as readers know it in each language ("CNIL", "Garante", "Autorité néerlandaise (AP)"). */
  authority: localized,
  /** Short label for the grid's column header: "CNIL", "AP", "ICO" … (same in both languages). */
  short: z.string().trim().min(1).max(12),
  /**
   * ISO 3166-1 alpha-2 code of the authority's country, `DE-HH` style for a
   * German Land; it must match the event's jurisdiction.
   */
  country: z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/, { error: 'expected a country code such as FR or DE-HH' }),
  /** Event id (content/events/<id>.yaml) of the decision: its date (and announcement date) is read there. */
  event: id,
  /** The law applied (see BREACH_LAWS). Default: gdpr. */
  law: z.enum(BREACH_LAWS).default('gdpr'),
  /** Who the decision was against. Default: clearview. */
  respondent: z.enum(['clearview', 'police']).default('clearview'),
  /** Articles found breached, in any order, each from BREACH_ARTICLES; empty when `scope` explains why. */
  articles: z.array(z.enum(BREACH_ARTICLES, { error: `expected one of ${BREACH_ARTICLES.join(', ')}` })).default([]),
  /** Source ids (content/sources) that name those articles and the orders; the first is linked in the grid. */
  sources: z.array(id).min(1, { error: 'a finding needs at least one source' }),
  /** What the decision ordered, in a short phrase per language. */
  orders: localized,
  /** Where the decision stands today (see BREACH_STANDING). */
  standing: z.enum(BREACH_STANDING),
  /** Why a row with no articles is not in the grid, or any caveat on the articles; both languages. */
  scope: localized.optional(),
  /** As for events: high (the decision or two sources), medium (one secondary source). */
  confidence: z.enum(['high', 'medium']),
});
export type BreachEntry = z.output<typeof breachSchema>;

export const breachesFileSchema = z
  .strictObject({
    /** One row per decision, in the order shown (the grid keeps those with articles). */
    decisions: z.array(breachSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.decisions.forEach((d, i) => {
      const first = seen.get(d.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['decisions', i, 'id'], message: `id "${d.id}" is used twice (also decisions[${first}])` });
      else seen.set(d.id, i);
      const dup = d.articles.find((a, j) => d.articles.indexOf(a) !== j);
      if (dup) ctx.addIssue({ code: 'custom', path: ['decisions', i, 'articles'], message: `article ${dup} is listed twice` });
      if (!d.articles.length && !d.scope) {
        ctx.addIssue({ code: 'custom', path: ['decisions', i, 'scope'], message: 'a decision with no articles needs a `scope` saying why' });
      }
    });
  });
export type BreachesFile = z.output<typeof breachesFileSchema>;
