/**
 * Geometry of the fines chart: one horizontal bar per fine, its length the
 * euro equivalent, rows sorted from the largest. Pure and locale-free: the
 * template formats every label, this module only says where things go.
 *
 * Each row reads top to bottom: the authority's name, the bar, then a detail
 * line (original amount, status) that starts with a swatch repeating the
 * bar's pattern, so the status never rests on colour alone. Labels sit above
 * and below the bar rather than beside it, so the chart keeps one narrow
 * viewBox that stays legible from a 360 px phone to a desktop column.
 *
 * @example
 *   const g = layoutFines([{ id: 'cnil-sanction', euros: 20e6, date: '2022-10-17', status: 'final' }]);
 *   g.rows[0].bar.width // the full plot width: the largest fine sets the scale
 *   g.ticks.map((t) => t.value) // [0, 10000000, 20000000]
 */
import { scaleLinear } from 'd3-scale';
import type { FineStatus } from '../../schemas/fine';

export interface FineBarDatum {
  /** Event id; also the row's key. */
  id: string;
  /** Euro equivalent: the bar's length. */
  euros: number;
  /** Decision date (ISO), to order equal amounts oldest first. */
  date: string;
  status: FineStatus;
}

export interface FinesLayoutOptions {
  /** viewBox width. Default 360: about 1:1 on a phone, 1.2:1 in a desktop column (27rem). */
  width?: number;
  /** Horizontal margins, wide enough for the end tick labels. */
  marginLeft?: number;
  marginRight?: number;
  /** Height of the tick labels above the first row. */
  axisHeight?: number;
  /** One row: label line, bar, detail line and the gap below. */
  rowHeight?: number;
  barHeight?: number;
  /** About how many ticks (d3 picks round values near that count). */
  ticks?: number;
}

export type Anchor = 'start' | 'middle' | 'end';
export interface Rect { x: number; y: number; width: number; height: number }

export interface FineRow {
  id: string;
  datum: FineBarDatum;
  /** Top of the row. */
  y: number;
  /** Baseline of the authority label. */
  labelY: number;
  bar: Rect;
  /** Status swatch at the start of the detail line. */
  swatch: Rect;
  /** Where the detail text starts, and its baseline. */
  detailX: number;
  detailY: number;
}

export interface FinesGeometry {
  width: number;
  height: number;
  /** Where bars may go: x from left to right; rows from top to bottom. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Vertical grid lines with their labels (value in euros), above the rows. */
  ticks: { value: number; x: number; anchor: Anchor }[];
  /** Baseline of the tick labels. */
  tickLabelY: number;
  rows: FineRow[];
}

const DEFAULTS: Required<FinesLayoutOptions> = {
  width: 360, marginLeft: 8, marginRight: 20, axisHeight: 26, rowHeight: 74, barHeight: 18, ticks: 4,
};

/** Rounds to 0.1 so the SVG stays short and its snapshots stable. */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Largest first; equal amounts oldest first, then by id, so the order never depends on file order. */
export function orderFines(data: readonly FineBarDatum[]): FineBarDatum[] {
  return [...data].sort((a, b) => b.euros - a.euros || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The chart's geometry; see the module comment. */
export function layoutFines(data: readonly FineBarDatum[], options: FinesLayoutOptions = {}): FinesGeometry {
  const o = { ...DEFAULTS, ...options };
  const left = o.marginLeft;
  const right = o.width - o.marginRight;
  const top = o.axisHeight;
  const rows = orderFines(data);
  const max = Math.max(0, ...rows.map((d) => d.euros));

  // Twice the tick count for nice(): a domain that ends one short step past
  // the largest bar (35 M for 30.5 M), not a whole long step (40 M).
  const x = scaleLinear().domain([0, max || 1]).range([left, right]).nice(o.ticks * 2);
  const ticks = x.ticks(o.ticks).map((value) => {
    const px = x(value);
    const anchor: Anchor = px - left < 16 ? 'start' : right - px < 16 ? 'end' : 'middle';
    return { value, x: r1(px), anchor };
  });

  const geometryRows: FineRow[] = rows.map((datum, i) => {
    const y = top + i * o.rowHeight;
    const barY = y + 22;
    const detailY = barY + o.barHeight + 17;
    return {
      id: datum.id,
      datum,
      y: r1(y),
      labelY: r1(y + 15),
      bar: { x: r1(left), y: r1(barY), width: r1(x(datum.euros) - left), height: o.barHeight },
      swatch: { x: r1(left), y: r1(detailY - 11), width: 16, height: 12 },
      detailX: r1(left + 22),
      detailY: r1(detailY),
    };
  });

  const bottom = top + rows.length * o.rowHeight;
  return {
    width: o.width,
    height: r1(bottom),
    plot: { left: r1(left), right: r1(right), top, bottom: r1(bottom - 6) },
    ticks,
    tickLabelY: 14,
    rows: geometryRows,
  };
}
