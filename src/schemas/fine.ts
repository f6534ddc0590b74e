/**
 * Where each fine stands, for the fines chart: content/charts/fines.yaml.
 *
 * The file holds three lists, all language-neutral:
 * - `rates`: the exchange rate used to show a non-euro amount in euros, one
 *   per currency, with its day and its source (an ECB euro reference rate);
 * - `fines`: one row per fine or liquidated penalty payment. A row points at
 *   its event (content/events/<id>.yaml), which alone holds the date, the
 *   jurisdiction and the amount: an amount is never typed twice;
 * - `omitted`: decisions a reader may expect in the chart that are not fines
 *   (Austria found the processing unlawful but fined nothing), with why.
 *
 * Only `note` carries `{ fr, en }`; a status is an enum the UI translates.
 *
 * @example finesFileSchema.parse({ rates: [], fines: [{ event: 'cnil-sanction', … }] })
 */
import { z } from 'astro/zod';
import { isoDate, isoDay } from './dates';
import { localized } from './localized';

/**
 * final: the decision stands (not appealed, appeal rejected, or no appeal
 * reported by our sources); under-appeal: a court has still to rule on it;
 * annulled: a court set it aside.
 */
export const FINE_STATUSES = ['final', 'under-appeal', 'annulled'] as const;
export type FineStatus = (typeof FINE_STATUSES)[number];

/** Only what a source says; a row without `payment` means no source says. */
export const PAYMENT_STATES = ['unpaid', 'paid'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** fine: an administrative fine; penalty-payment: a daily penalty (astreinte) the authority liquidated. */
export const SANCTIONS = ['fine', 'penalty-payment'] as const;

/** Who had to pay: nearly always the company; in Sweden, the police that used it. */
export const FINED_PARTIES = ['clearview', 'police'] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });

export const exchangeRateSchema = z.strictObject({
  /** ISO 4217 code of the currency shown in euros: GBP, SEK … (never EUR). */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 code such as GBP' })
    .refine((c) => c !== 'EUR', { error: 'euros need no rate' }),
  /** Units of that currency for one euro, as the ECB quotes it: 1 EUR = 0.84783 GBP → 0.84783. */
  perEuro: z.number().positive(),
  /** The day the rate was published for (YYYY-MM-DD). */
  date: isoDay,
  /** Source id (content/sources) of the published rate. */
  source: id,
});
export type ExchangeRateEntry = z.infer<typeof exchangeRateSchema>;

export const fineSchema = z.strictObject({
  /** Event id (content/events/<id>.yaml) of the decision; it must carry an `amount`. */
  event: id,
  /** The authority's own short name: CNIL, Garante, ICO … (shown with the country). */
  authority: z.string().trim().min(1).max(24),
  /** What kind of sanction it is. */
  sanction: z.enum(SANCTIONS),
  /** Who was fined. Default: clearview. */
  fined: z.enum(FINED_PARTIES).default('clearview'),
  /** Where it stands now (see FINE_STATUSES). */
  status: z.enum(FINE_STATUSES),
  /**
   * When it got that status (the ruling), or, for a status that is the absence
   * of a step (not appealed, unpaid), the date of the latest source reporting it.
   */
  statusDate: isoDate,
  /** Paid or unpaid, only where a source says so. */
  payment: z.enum(PAYMENT_STATES).optional(),
  /** Source ids for the status and the payment (the event's own sources are listed too). */
  sources: z.array(id).min(1, { error: 'a status needs at least one source' }),
  /** As for events: high (a court, a regulator or two sources), medium (one), low. */
  confidence: z.enum(['high', 'medium', 'low']),
  /** Optional context for readers, both languages. */
  note: localized.optional(),
});
export type FineEntry = z.output<typeof fineSchema>;

export const omittedSchema = z.strictObject({
  /** Event id of the decision left out of the chart. */
  event: id,
  /** Why it is not a bar (no fine, only an intention, not a penalty …), both languages. */
  note: localized,
  /** Extra source ids, if the event's own do not say it. */
  sources: z.array(id).default([]),
});
export type OmittedEntry = z.output<typeof omittedSchema>;

export const finesFileSchema = z
  .strictObject({
    /** One exchange rate per non-euro currency used by a fine. */
    rates: z.array(exchangeRateSchema).default([]),
    /** One row per fine, in any order (the chart sorts them). */
    fines: z.array(fineSchema).min(1),
    /** Decisions deliberately not drawn, with the reason. */
    omitted: z.array(omittedSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    const once = (key: string, list: string, i: number, field: string, what: string) => {
      const first = seen.get(key);
      if (first) ctx.addIssue({ code: 'custom', path: [list, i, field], message: `${what} is listed twice (also at ${first})` });
      else seen.set(key, `${list}[${i}]`);
    };
    file.rates.forEach((r, i) => once(`rate:${r.currency}`, 'rates', i, 'currency', `the rate for ${r.currency}`));
    file.fines.forEach((f, i) => once(`event:${f.event}`, 'fines', i, 'event', `event "${f.event}"`));
    file.omitted.forEach((o, i) => once(`event:${o.event}`, 'omitted', i, 'event', `event "${o.event}"`));
  });
export type FinesFile = z.output<typeof finesFileSchema>;
