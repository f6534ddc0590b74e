/**
 * The Open Graph card (1200 × 630) as an SVG string: site name, a kicker
 * (“Chapter 3”), the title over up to three lines, a short footer line, and
 * on the right a calm mark in the site's colours — a head and shoulders (the
 * favicon's figure) under a few landmark points joined by thin lines, a nod
 * to the biometric template. Every letter is a path (see text.ts), so the
 * rasteriser needs no font at all.
 *
 * Colours are the light palette of src/styles/global.css: text #1c1c1e on
 * #fdfcf9 (contrast 16.8:1), the accent #1f4e8c (8.3:1 on the background).
 *
 * @example ogCardSvg({ site: 'Public Face', kicker: 'Chapter 3', title: 'Biometric templates', footer: 'The Clearview AI case and the GDPR' })
 */
import { loadOgFonts, measure, textPath, wrapText } from './text';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const C = { bg: '#fdfcf9', fg: '#1c1c1e', soft: '#4a4a50', accent: '#1f4e8c', panelFg: '#fdfcf9', panelSoft: '#8fb8f0' };

export interface OgCard {
  site: string;
  kicker: string;
  title: string;
  footer: string;
}

/** One empty SVG element, attributes in the order given. */
const el = (name: string, attrs: Record<string, string | number>) =>
  `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}/>`;

const TEXT_X = 80;
const TEXT_W = 690;

/** Title size: the largest of these at which the title fits in three lines. */
const TITLE_SIZES = [84, 76, 68, 60, 52];

/** The right-hand mark: landmarks and mesh over a head-and-shoulders figure, in a 360 × 630 panel. */
function mark(): string {
  const x0 = 840;
  // Head circle centre and radius, in panel coordinates.
  const cx = x0 + 180;
  const cy = 255;
  const r = 105;
  const pts: [number, number][] = [
    [cx - 48, cy - 22], [cx + 48, cy - 22], // eyes
    [cx, cy + 14], // nose
    [cx - 38, cy + 52], [cx + 38, cy + 52], // mouth corners
    [cx - 82, cy - 4], [cx + 82, cy - 4], // temples
    [cx, cy - 70], // brow
  ];
  const edges: [number, number][] = [[0, 1], [0, 2], [1, 2], [2, 3], [2, 4], [3, 4], [0, 5], [1, 6], [5, 3], [6, 4], [0, 7], [1, 7]];
  const line = ([a, b]: [number, number]) => `M${pts[a]![0]} ${pts[a]![1]}L${pts[b]![0]} ${pts[b]![1]}`;
  return [
    `<rect x="${x0}" y="0" width="${OG_WIDTH - x0}" height="${OG_HEIGHT}" fill="${C.accent}"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${C.panelFg}" stroke-width="10"/>`,
    el('path', { d: `M${cx - 150} ${OG_HEIGHT - 90}c25-95 85-135 150-135s125 40 150 135`, fill: 'none', stroke: C.panelFg, 'stroke-width': 10, 'stroke-linecap': 'round' }),
    el('path', { d: edges.map(line).join(''), fill: 'none', stroke: C.panelSoft, 'stroke-width': 3 }),
    ...pts.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="7" fill="${C.panelFg}"/>`),
  ].join('');
}

/** The card as a standalone SVG document. */
export function ogCardSvg(card: OgCard): string {
  const { regular, bold } = loadOgFonts();
  // The title block runs from below the kicker (y 250) to above the footer rule (y 520):
  // the last baseline leaves room for descenders.
  const fits = (s: number) => {
    const all = wrapText(bold, card.title, s, TEXT_W, 99);
    const lastBaseline = 250 + s + (all.length - 1) * Math.round(s * 1.16);
    return all.length <= 3 && all.every((l) => measure(bold, l, s) <= TEXT_W) && lastBaseline <= 480;
  };
  const size = TITLE_SIZES.find(fits) ?? TITLE_SIZES.at(-1)!;
  const lines = wrapText(bold, card.title, size, TEXT_W, 3);
  const lead = Math.round(size * 1.16);
  const titleTop = 250 + size;
  const title = lines.map((l, i) => textPath(bold, l, TEXT_X, titleTop + i * lead, size).d).join('');
  // One-line texts shrink (never below 20 px) rather than run into the panel.
  const line = (f: typeof bold, text: string, y: number, max: number) =>
    textPath(f, text, TEXT_X, y, Math.max(20, Math.min(max, Math.floor((max * TEXT_W) / measure(f, text, max)))));
  const site = line(bold, card.site, 120, 40);
  const kicker = line(regular, card.kicker, 210, 36);
  const footer = line(regular, card.footer, 575, 28);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${C.bg}"/>`,
    `<rect x="${TEXT_X}" y="64" width="64" height="8" fill="${C.accent}"/>`,
    el('path', { d: site.d, fill: C.accent }),
    el('path', { d: kicker.d, fill: C.soft }),
    el('path', { d: title, fill: C.fg }),
    `<rect x="${TEXT_X}" y="520" width="${TEXT_W}" height="2" fill="${C.soft}"/>`,
    el('path', { d: footer.d, fill: C.soft }),
    mark(),
    '</svg>',
  ].join('\n');
}
