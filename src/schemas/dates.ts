/**
 * Dates as the sources give them: a day, a month or only a year.
 *
 * An ISO string is kept as text (never a JS Date) so that "2020-05" does not
 * silently become 1 May 2020 at midnight in some time zone. The precision is
 * implied by the string's shape and must agree with `datePrecision` when both
 * are given.
 *
 * @example isoDate.parse('2021-11-26') // ok
 * @example isoDate.parse('2021-13-01') // throws: not a calendar date
 */
import { z } from 'astro/zod';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a date string carries: `2021` → year, `2021-11` → month, `2021-11-26` → day. */
export function precisionOf(value: string): DatePrecision | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  return m[3] ? 'day' : m[2] ? 'month' : 'year';
}

/** True when the string is a real calendar date (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/**
 * YAML turns an unquoted 2021-11-26 into a Date; accept it and turn it back
 * into the same ISO day, in UTC, so that authors need not remember quotes.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine((s) => ISO.test(s), { error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isCalendarDate, { error: 'not a calendar date' }),
);

/** A full day, required where the precision must be a day (an update date). */
export const isoDay = isoDate.refine((s) => precisionOf(s) === 'day', {
  error: 'expected a full date YYYY-MM-DD',
});
