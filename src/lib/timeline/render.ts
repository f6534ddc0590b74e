/**
 * renderTimelineSvg(geometry, strings) → the SVG as a string. Pure, so the
 * component and the snapshot tests draw exactly the same thing; every text
 * goes through `esc`. No `style` attribute anywhere (the CSP forbids inline
 * styles): colours come from classes in Timeline.astro.
 *
 * Each event is an <a href="#<id>"> (without JavaScript it jumps to the
 * event in the list below), named for assistive technology by its date,
 * title, kind and lane; backgrounds, ticks and names are aria-hidden.
 *
 * @example
 *   renderTimelineSvg(layoutTimeline(events, { lang: 'en' }), strings, { ids: true, focus: 'all' })
 *   // '<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" viewBox="0 0 1120 702" …'
 */
import { glyph, type Kind } from './glyphs';
import type { LaneId } from './lanes';
import { GLYPH_RADIUS, type EventGeometry, type TimelineGeometry } from './layout';

export interface SvgStrings {
  /** Accessible name of the whole chart. */
  label: string;
  kinds: Record<Kind, string>;
  lanes: Record<LaneId, string>;
  /** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) in the reader's language. */
  date: (iso: string) => string;
}

export interface SvgOptions {
  /** Give each event node the id `tl-<event id>`: one view per page only. */
  ids?: boolean;
  /** Written as data-focus, for the custom element (default "all"). */
  focus?: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text and attribute values. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

const n = (v: number) => String(Math.round(v * 10) / 10);
/** `<path class d/>`, the attributes in that order. */
const path = (cls: string, d: string) => `<path class="${cls}" d="${d}"/>`;

function eventNode(e: EventGeometry, g: TimelineGeometry, s: SvgStrings, ids: boolean): string {
  const half = (e.box.y1 - e.box.y0) / 2;
  const gl = glyph(e.kind, GLYPH_RADIUS);
  const name = `${s.date(e.date)} — ${e.title} (${s.kinds[e.kind]}, ${s.lanes[e.lane]})`;
  const attrs = [
    'class="tl-ev"',
    `href="#${esc(e.id)}"`,
    ids ? `id="tl-${esc(e.id)}"` : '',
    `data-id="${esc(e.id)}"`,
    `data-lane="${e.lane}"`,
    `data-kind="${e.kind}"`,
    e.era ? `data-era="${e.era}"` : '',
    `transform="translate(${n(e.x)},${n(e.y)})"`,
    `aria-label="${esc(name)}"`,
  ].filter(Boolean).join(' ');
  const parts = [
    `<rect class="tl-hit" x="${n(e.box.x0 - e.x - 3)}" y="${n(-half)}" width="${n(e.box.x1 - e.box.x0 + 6)}" height="${n(half * 2)}" rx="4"/>`,
    e.extent ? path('tl-extent', `M${n(e.extent.x0 - e.x)},7.5H${n(e.extent.x1 - e.x)}`) : '',
    path(`tl-g tl-t-${gl.tone}${gl.filled ? ' tl-f' : ''}`, gl.d),
    `<text class="tl-label" x="${n(e.label.x - e.x)}" y="${n(g.fontSize / 3)}"${e.label.anchor === 'end' ? ' text-anchor="end"' : ''}>${esc(e.label.text)}</text>`,
  ];
  return `<a ${attrs}>${parts.join('')}</a>`;
}

export function renderTimelineSvg(g: TimelineGeometry, s: SvgStrings, opts: SvgOptions = {}): string {
  const { ids = false, focus = 'all' } = opts;
  const { width: w, height: h, plot } = g;
  const bg: string[] = [];
  g.lanes.forEach((l, i) => {
    bg.push(`<rect class="tl-band${i % 2 ? ' tl-band-alt' : ''}" x="0" y="${n(l.y0)}" width="${n(w)}" height="${n(l.y1 - l.y0)}"/>`);
  });
  g.eras.forEach((e, i) => {
    // An era that fills the whole view (an era focused on its own) tells nothing by its shade.
    const whole = g.eras.length === 1 && g.ticks.length > 0 && e.x0 <= g.ticks[0]!.x + 1 && e.x1 >= w - 17;
    if (!whole) bg.push(`<rect class="tl-era${i % 2 ? ' tl-era-alt' : ''}" x="${n(e.x0)}" y="0" width="${n(e.x1 - e.x0)}" height="${n(plot.y1)}"/>`);
  });
  if (g.ticks.length) bg.push(path('tl-grid', g.ticks.map((t) => `M${n(t.x)},${n(plot.y0)}V${n(plot.y1)}`).join('')));
  for (const b of g.breaks) {
    const mid = (b.x0 + b.x1) / 2;
    const marks = [plot.y0, plot.y1].map((y) => `M${n(mid - 5)},${n(y + 6)}l6,-12M${n(mid + 1)},${n(y + 6)}l6,-12`).join('');
    bg.push(`<rect class="tl-gap" x="${n(b.x0 + 3)}" y="${n(plot.y0)}" width="${n(b.x1 - b.x0 - 6)}" height="${n(plot.y1 - plot.y0)}"/>`);
    bg.push(path('tl-break', marks));
  }
  for (const e of g.eras) bg.push(`<text class="tl-era-name" x="${n(e.label.x)}" y="${n(e.label.y)}">${esc(e.name)}</text>`);
  for (const y of [g.axis.top, g.axis.bottom]) {
    for (const t of g.ticks) bg.push(`<text class="tl-tick" x="${n(t.x)}" y="${n(y)}" text-anchor="${t.anchor}">${esc(t.label)}</text>`);
  }
  for (const l of g.lanes) bg.push(`<text class="tl-lane-name" x="${n(l.name.x)}" y="${n(l.name.y)}">${esc(l.name.text)}</text>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" viewBox="0 0 ${n(w)} ${n(h)}" width="${n(w)}" height="${n(h)}"` +
    ` role="group" aria-label="${esc(s.label)}" data-focus="${esc(focus)}">` +
    `<g class="tl-bg" aria-hidden="true">${bg.join('')}</g>` +
    `<g class="tl-events">${g.events.map((e) => eventNode(e, g, s, ids)).join('')}</g>` +
    `</svg>`
  );
}
