/**
 * Geometry of the claimed-database-size chart: one point per claim on a time
 * axis, joined by a step line (each claim is the latest public figure until
 * the next one; nothing is known in between). Pure and locale-free: the
 * template formats the labels.
 *
 * A date keeps its precision: "2023-03" is placed in the middle of March,
 * "2021" in the middle of the year, never on the 1st as if it were known.
 *
 * @example
 *   const g = layoutClaims([{ id: 'a', date: '2020-01-18', images: 3e9, moreThan: true }]);
 *   g.yTicks.map((t) => t.value) // [0, 500000000, …, 3000000000]
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { precisionOf } from '../../schemas/dates';
import type { Anchor } from './fines-layout';

export interface ClaimDatum {
  /** Event id. */
  id: string;
  /** ISO date, with the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Number of images claimed. */
  images: number;
  /** The claim was "more than" this number. */
  moreThan: boolean;
}

export interface ClaimsLayoutOptions {
  /** viewBox size; the width matches the fines chart so both scale alike. */
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** About how many value ticks. */
  yTicks?: number;
}

export interface ClaimPoint {
  id: string;
  datum: ClaimDatum;
  x: number;
  y: number;
  /** The value label, above the point and clear of the step line. */
  label: { x: number; y: number; anchor: Anchor };
}

export interface ClaimsGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** One tick a year (every other year on a narrow chart), at 1 January. */
  xTicks: { year: number; x: number; anchor: Anchor }[];
  /** Baseline of the year labels. */
  xLabelY: number;
  yTicks: { value: number; y: number }[];
  /** Where the value labels end, left of the plot. */
  yLabelX: number;
  /** The step line through the points, as an SVG path. */
  step: string;
  points: ClaimPoint[];
}

const DEFAULT_MARGIN = { top: 34, right: 20, bottom: 30, left: 34 };
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The middle of the period an ISO date stands for, in UTC milliseconds.
 *
 * @example new Date(periodMidpoint('2023-03')).toISOString() // '2023-03-16T12:00:00.000Z'
 */
export function periodMidpoint(iso: string): number {
  const precision = precisionOf(iso);
  if (!precision) throw new RangeError(`Not an ISO date: ${iso}`);
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, m - 1, d);
  const end = precision === 'day' ? Date.UTC(y, m - 1, d + 1) : precision === 'month' ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return (start + end) / 2;
}

/** Oldest first; the same day by id, so file order never matters. */
export function orderClaims(data: readonly ClaimDatum[]): ClaimDatum[] {
  return [...data].sort((a, b) => periodMidpoint(a.date) - periodMidpoint(b.date) || a.id.localeCompare(b.id));
}

/** The chart's geometry; see the module comment. */
export function layoutClaims(data: readonly ClaimDatum[], options: ClaimsLayoutOptions = {}): ClaimsGeometry {
  const width = options.width ?? 360;
  const height = options.height ?? 250;
  const m = options.margin ?? DEFAULT_MARGIN;
  const plot = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  const claims = orderClaims(data);
  if (!claims.length) throw new RangeError('layoutClaims needs at least one claim');

  const times = claims.map((c) => periodMidpoint(c.date));
  const first = utcYear.floor(new Date(Math.min(...times)));
  const last = utcYear.ceil(new Date(Math.max(...times)));
  const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...claims.map((c) => c.images))])
    .range([plot.bottom, plot.top])
    .nice(options.yTicks ?? 6);

  const every = plot.right - plot.left < 280 ? 2 : 1;
  const xTicks = x.ticks(utcYear.every(every)!).map((date) => {
    const px = x(date);
    // Centred under its tick unless a four-digit year (about 36 units wide) would leave the viewBox.
    const anchor: Anchor = px < 18 ? 'start' : width - px < 18 ? 'end' : 'middle';
    return { year: date.getUTCFullYear(), x: r1(px), anchor };
  });
  const yTicks = y.ticks(options.yTicks ?? 6).map((value) => ({ value, y: r1(y(value)) }));

  const points: ClaimPoint[] = claims.map((datum, i) => {
    const px = r1(x(times[i]!));
    const py = r1(y(datum.images));
    // Up and to the left of the point, where the step line never runs (it
    // arrives from below and leaves to the right); up and to the right for a
    // point too close to the left edge.
    const anchor: Anchor = px - plot.left < 40 ? 'start' : 'end';
    const dx = anchor === 'start' ? 2 : -5;
    return { id: datum.id, datum, x: px, y: py, label: { x: r1(px + dx), y: r1(py - 9), anchor } };
  });

  const step = points.map((p, i) => (i === 0 ? `M${p.x},${p.y}` : `H${p.x}V${p.y}`)).join('');

  return {
    width,
    height,
    plot,
    xTicks,
    xLabelY: r1(plot.bottom + 20),
    yTicks,
    yLabelX: r1(plot.left - 6),
    step,
    points,
  };
}
