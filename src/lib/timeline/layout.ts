/**
 * layoutTimeline(events, opts) → geometry: every position the SVG needs,
 * computed once at build time, so nothing is measured in the browser and
 * nothing shifts. Pure: same events and options, same numbers.
 *
 * From top to bottom: era names (as many rows as their labels need), tick
 * labels, one band per lane, tick labels again. Inside a lane, each event is
 * a glyph at x = its date (period.ts), with its title beside it — to the
 * right, or to the left near the right edge — and rows are assigned greedily
 * so that no two glyph-plus-label boxes of a lane overlap (labels.ts). The
 * lane's name takes the left end of its first row.
 *
 * @example
 *   const g = layoutTimeline(events, { lang: 'fr' });
 *   g.events[0] // { id: 'clearview-founded', x: 84.2, y: 67, row: 1, lane: 'company', … }
 */
import type { Locale, Localized } from '../../schemas/localized';
import { timeAxis } from './axis';
import { ERAS, eraBounds, eraOf, type Era } from './eras';
import type { Kind } from './glyphs';
import { fitText, packRows, textWidth, type Interval } from './labels';
import { LANES, laneOf, type LaneId } from './lanes';
import { periodOf } from './period';
import { tickLabel } from './ticks';

export interface LayoutEvent {
  id: string;
  date: string;
  jurisdiction: string;
  /** Who acted, per language (only its names matter here: see lanes.ts). */
  actor: Localized;
  kind: Kind;
  title: Localized;
}

export interface LayoutOptions {
  lang: Locale;
  /** viewBox width (default 1120, about 1:1 in the site's wide column). */
  width?: number;
  /** Show only this stretch of time; events drawn outside it are left out. */
  domain?: [Date, Date] | undefined;
  /** Lanes to draw, in order (default: every lane that has an event); events of other lanes are left out. */
  lanes?: readonly LaneId[] | undefined;
  eras?: readonly Era[];
  /** See axis.ts (default 2; Infinity for none). */
  breakYears?: number;
  /** Lane names as drawn (UI strings); default: the lane ids. */
  laneNames?: Partial<Record<LaneId, string>> | undefined;
  /** Era names as drawn (src/i18n/<lang>/timeline.json `eras`); default: the era ids. */
  eraNames?: Partial<Record<string, string>> | undefined;
  /** Label font size in viewBox units (default 12). */
  fontSize?: number;
  /** Row height inside a lane (default 18). */
  rowHeight?: number;
  /** Longer titles are shortened with an ellipsis (default 300). */
  maxLabelWidth?: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface EventGeometry {
  id: string;
  lane: LaneId;
  kind: Kind;
  era: string | undefined;
  /** The ISO date as written in the data. */
  date: string;
  /** Full title in the layout's language. */
  title: string;
  /** Centre of the glyph. */
  x: number;
  y: number;
  row: number;
  /** Drawn label: possibly shortened title, its start or end x, and its estimated width. */
  label: { text: string; x: number; anchor: 'start' | 'end'; width: number };
  /** The whole period of a month- or year-precise date. */
  extent: Interval | undefined;
  /** Glyph, label and extent together: what must not overlap. */
  box: Box;
}

export interface TimelineGeometry {
  /** First and last instant drawn, ISO (UTC). */
  domain: [string, string];
  width: number;
  height: number;
  fontSize: number;
  /** Top and bottom of the lanes, where grid lines run. */
  plot: { y0: number; y1: number };
  lanes: { id: LaneId; y0: number; y1: number; rows: number; name: { text: string; x: number; y: number } }[];
  eras: { id: string; name: string; x0: number; x1: number; label: { x: number; y: number } }[];
  /** Ticks with their labels; `top` and `bottom` are the labels' baselines. */
  ticks: { x: number; date: string; label: string; anchor: 'start' | 'middle' | 'end'; width: number }[];
  axis: { top: number; bottom: number };
  breaks: Interval[];
  /** In time order (then by id). */
  events: EventGeometry[];
}

export const GLYPH_RADIUS = 5;
const GAP = 4; // glyph to label
const ROW_GAP = 6; // between two boxes of a row
const PAD_X = 16;
const ERA_ROW = 16;
const TICK_ROW = 18;
const LANE_PAD = 6;

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutTimeline(input: readonly LayoutEvent[], opts: LayoutOptions): TimelineGeometry {
  const { lang, width = 1120, eras = ERAS, breakYears = 2, fontSize = 12, rowHeight = 18, maxLabelWidth = 300 } = opts;
  const r = GLYPH_RADIUS;
  const left = PAD_X;
  const right = width - PAD_X;

  const placed = input
    .map((e) => ({ e, p: periodOf(e.date), lane: laneOf(e) }))
    .filter(({ p }) => !opts.domain || (p.mid >= opts.domain[0] && p.mid < opts.domain[1]))
    .sort((a, b) => a.p.mid.getTime() - b.p.mid.getTime() || a.e.id.localeCompare(b.e.id));
  if (!placed.length) throw new Error('layoutTimeline: no event to draw');

  const axis = timeAxis(placed.map(({ p }) => p), { x0: left, x1: right, domain: opts.domain, breakYears });
  const [d0, d1] = axis.domain;
  const clampX = (d: Date) => axis.x(d < d0 ? d0 : d > d1 ? d1 : d);

  // Horizontal geometry of each event: glyph, extent, label side, box.
  const flat = placed.map(({ e, p, lane }) => {
    const x = axis.x(p.mid);
    const extent = p.precision === 'day' ? undefined : { x0: clampX(p.start), x1: clampX(p.end) };
    const title = e.title[lang];
    const roomRight = right - (x + r + GAP);
    const roomLeft = x - r - GAP - left;
    let text = fitText(title, maxLabelWidth, fontSize);
    let w = textWidth(text, fontSize);
    let anchor: 'start' | 'end' = 'start';
    if (w > roomRight) {
      if (w <= roomLeft) anchor = 'end';
      else {
        anchor = roomRight >= roomLeft ? 'start' : 'end';
        text = fitText(title, Math.max(roomRight, roomLeft), fontSize);
        w = textWidth(text, fontSize);
      }
    }
    const lx = anchor === 'start' ? x + r + GAP : x - r - GAP;
    const bx0 = Math.min(x - r, anchor === 'end' ? lx - w : Infinity, extent?.x0 ?? Infinity);
    const bx1 = Math.max(x + r, anchor === 'start' ? lx + w : -Infinity, extent?.x1 ?? -Infinity);
    return { e, p, lane, x, extent, label: { text, x: lx, anchor, width: w }, bx0, bx1 };
  });

  // Era names, packed into as many rows as they need.
  const eraShapes = eras
    .map((era) => {
      const [s, t] = eraBounds(era, d1);
      if (t <= d0 || s >= d1) return undefined;
      const x0 = clampX(s);
      const x1 = clampX(t);
      const name = opts.eraNames?.[era.id] ?? era.id;
      const w = textWidth(name, fontSize);
      const lx = Math.max(left, Math.min(x0 + GAP, right - w));
      return { id: era.id, name, x0, x1, lx, w };
    })
    .filter((x) => x !== undefined);
  const eraRows = packRows(eraShapes.map((s) => ({ x0: s.lx, x1: s.lx + s.w })), 8);
  const eraRowCount = eraShapes.length ? Math.max(...eraRows) + 1 : 0;

  let y = 4 + eraRowCount * ERA_ROW;
  const axisTop = y + 13;
  y += TICK_ROW;
  const plotTop = y;

  const laneIds = opts.lanes ?? LANES.filter((l) => flat.some((f) => f.lane === l));
  const events: EventGeometry[] = [];
  const lanes: TimelineGeometry['lanes'] = [];
  for (const id of laneIds) {
    const mine = flat.filter((f) => f.lane === id);
    // Row 0 starts with the lane's name, reserved before the events.
    const name = opts.laneNames?.[id] ?? id;
    const nameBox = { x0: left, x1: left + textWidth(name, fontSize) * 1.1 }; // drawn bold: about 10 % wider
    const rows = packRows([nameBox, ...mine.map((f) => ({ x0: f.bx0, x1: f.bx1 }))], ROW_GAP).slice(1);
    const rowCount = Math.max(1, ...rows.map((n) => n + 1));
    const y0 = y;
    mine.forEach((f, i) => {
      const row = rows[i]!;
      const cy = y0 + LANE_PAD + row * rowHeight + rowHeight / 2;
      events.push({
        id: f.e.id,
        lane: id,
        kind: f.e.kind,
        era: eraOf(f.p.mid, eras)?.id,
        date: f.e.date,
        title: f.e.title[lang],
        x: round(f.x),
        y: round(cy),
        row,
        label: { text: f.label.text, x: round(f.label.x), anchor: f.label.anchor, width: round(f.label.width) },
        extent: f.extent && { x0: round(f.extent.x0), x1: round(f.extent.x1) },
        box: { x0: round(f.bx0), x1: round(f.bx1), y0: round(cy - rowHeight / 2), y1: round(cy + rowHeight / 2) },
      });
    });
    y += LANE_PAD * 2 + rowCount * rowHeight;
    lanes.push({ id, y0: round(y0), y1: round(y), rows: rowCount, name: { text: name, x: left, y: round(y0 + LANE_PAD + rowHeight / 2 + fontSize / 3) } });
  }
  const plotBottom = y;
  const axisBottom = y + 13;
  y += TICK_ROW + 4;

  // Tick labels 8 px apart at least: fewer ticks until they fit, thinned only as a last resort.
  const labelled = (spacing: number) =>
    axis.ticks(48, spacing).map((t, i) => {
      const label = tickLabel(t.date, lang, i === 0);
      const w = textWidth(label, fontSize);
      const anchor: 'start' | 'middle' | 'end' = t.x - w / 2 < 2 ? 'start' : t.x + w / 2 > width - 2 ? 'end' : 'middle';
      const x0 = anchor === 'start' ? t.x : anchor === 'end' ? t.x - w : t.x - w / 2;
      return { x: round(t.x), date: t.date.toISOString().slice(0, 10), label, anchor, width: round(w), x0 };
    });
  const fits = (ts: ReturnType<typeof labelled>) => ts.every((t, i) => i === 0 || t.x0 >= ts[i - 1]!.x0 + ts[i - 1]!.width + 8);
  let candidates = labelled(90);
  for (let spacing = 90 * 1.3; !fits(candidates) && spacing < width; spacing *= 1.3) candidates = labelled(spacing);
  const ticks: TimelineGeometry['ticks'] = [];
  let lastEnd = -Infinity;
  for (const { x0, ...t } of candidates) {
    if (x0 < lastEnd + 8) continue;
    lastEnd = x0 + t.width;
    ticks.push(t);
  }
  const order = new Map(placed.map(({ e }, i) => [e.id, i]));
  events.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    domain: [d0.toISOString(), d1.toISOString()],
    width,
    height: round(y),
    fontSize,
    plot: { y0: round(plotTop), y1: round(plotBottom) },
    lanes,
    eras: eraShapes.map((s, i) => ({ id: s.id, name: s.name, x0: round(s.x0), x1: round(s.x1), label: { x: round(s.lx), y: 4 + eraRows[i]! * ERA_ROW + 12 } })),
    ticks,
    axis: { top: round(axisTop), bottom: round(axisBottom) },
    breaks: axis.breaks.map((b) => ({ x0: round(b.x0), x1: round(b.x1) })),
    events,
  };
}
