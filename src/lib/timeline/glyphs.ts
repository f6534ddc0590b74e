/**
 * One glyph per kind of event: a shape, filled or outlined, and a tone that
 * groups kinds (enforcement, justice, inquiry, public statements). Shape and
 * fill alone tell the fourteen kinds apart, so colour is never the only cue.
 * Paths are centred on 0,0 and fit a circle of radius `r`.
 *
 * @example glyph('fine', 5) // { d: 'M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z', filled: true, tone: 'enforcement' }
 */
import type { TimelineEvent } from '../../schemas/event';

export type Kind = TimelineEvent['kind'];
export type Tone = 'enforcement' | 'justice' | 'inquiry' | 'public';
type Shape = 'circle' | 'square' | 'diamond' | 'up' | 'down' | 'left' | 'right' | 'cross' | 'plus';

const KINDS: Record<Kind, [Shape, boolean, Tone]> = {
  investigation: ['circle', false, 'inquiry'],
  law: ['diamond', false, 'inquiry'],
  'formal-notice': ['up', false, 'enforcement'],
  'notice-of-intent': ['right', false, 'enforcement'],
  fine: ['circle', true, 'enforcement'],
  order: ['square', true, 'enforcement'],
  ruling: ['diamond', true, 'justice'],
  lawsuit: ['up', true, 'justice'],
  'ngo-complaint': ['left', true, 'justice'],
  settlement: ['square', false, 'justice'],
  press: ['down', false, 'public'],
  claim: ['down', true, 'public'],
  breach: ['cross', false, 'public'],
  statement: ['plus', false, 'public'],
};

const f = (n: number) => String(Math.round(n * 10) / 10);

function path(shape: Shape, r: number): string {
  const s = f(r * 0.82);
  const t = f(r * 0.9);
  switch (shape) {
    case 'circle': return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': return `M-${s},-${s}H${s}V${s}H-${s}Z`;
    case 'diamond': return `M0,${f(-r)}L${f(r)},0L0,${f(r)}L${f(-r)},0Z`;
    case 'up': return `M0,${f(-r)}L${t},${f(r * 0.7)}H-${t}Z`;
    case 'down': return `M0,${f(r)}L${t},${f(-r * 0.7)}H-${t}Z`;
    case 'left': return `M${f(-r)},0L${f(r * 0.7)},-${t}V${t}Z`;
    case 'right': return `M${f(r)},0L${f(-r * 0.7)},-${t}V${t}Z`;
    case 'cross': return `M-${s},-${s}L${s},${s}M${s},-${s}L-${s},${s}`;
    case 'plus': return `M${f(-r)},0H${f(r)}M0,${f(-r)}V${f(r)}`;
  }
}

export interface Glyph {
  /** SVG path data, centred on 0,0. */
  d: string;
  /** Filled shape; otherwise drawn as an outline (crosses are always lines). */
  filled: boolean;
  tone: Tone;
}

export function glyph(kind: Kind, r = 5): Glyph {
  const [shape, filled, tone] = KINDS[kind];
  return { d: path(shape, r), filled, tone };
}
