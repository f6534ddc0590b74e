/**
 * Where an event sits in time. A date names a period — a day, a month or a
 * year — and the timeline places the event at the MIDDLE of that period:
 * "2020-05" sits on 16 May 2020 at noon, "2017" on 2 July 2017. The middle
 * is the honest point estimate (the start would pull every month-precise
 * event to the left of the day-precise events of that month), and the whole
 * period is drawn as a bar under the glyph so the reader sees the
 * uncertainty. All dates are UTC: a date string never shifts with the
 * reader's time zone.
 *
 * @example periodOf('2020-05') // { start: 2020-05-01, end: 2020-06-01, mid: 2020-05-16T12:00Z, precision: 'month' }
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { precisionOf, type DatePrecision } from '../../schemas/dates';

export interface Period {
  /** First instant of the period. */
  start: Date;
  /** First instant after the period (exclusive). */
  end: Date;
  /** Where the event is drawn: halfway between start and end. */
  mid: Date;
  precision: DatePrecision;
}

const next = { day: utcDay, month: utcMonth, year: utcYear } as const;

/** The period an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD) names; throws on anything else. */
export function periodOf(iso: string): Period {
  const precision = precisionOf(iso);
  if (!precision) throw new Error(`not a date written YYYY, YYYY-MM or YYYY-MM-DD: "${iso}"`);
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1, d));
  const end = next[precision].offset(start, 1);
  return { start, end, mid: new Date((start.getTime() + end.getTime()) / 2), precision };
}
