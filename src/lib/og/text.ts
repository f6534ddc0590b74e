/**
 * Text as SVG paths, for the Open Graph images: the glyph outlines come from
 * a font file shipped in an npm package (Atkinson Hyperlegible, SIL OFL 1.1,
 * via @fontsource), never from the fonts of the machine that builds, so the
 * PNG looks the same on a fresh CI machine as on a laptop. Line breaking
 * measures glyph advances (no kerning: the font's plain advances are close
 * enough at this size, and the result stays deterministic).
 *
 * @example
 *   const font = loadOgFonts();
 *   const lines = wrapText(font.bold, 'Biometric templates', 64, 700, 3);
 *   const { d, width } = textPath(font.bold, lines[0], 80, 200, 64);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font, type Glyph } from 'fontkitten';

/** A face with a fallback (the latin-ext subset), queried code point by code point. */
export interface OgFace {
  fonts: Font[];
  unitsPerEm: number;
}

export interface OgFonts {
  regular: OgFace;
  bold: OgFace;
}

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`);

function face(weight: number): OgFace {
  const fonts = ['latin', 'latin-ext'].map((subset) => {
    const f = create(readFileSync(fontFile(subset, weight)));
    if ('fonts' in f) throw new Error('expected a single font, not a collection');
    return f as Font;
  });
  return { fonts, unitsPerEm: fonts[0]!.unitsPerEm };
}

let cache: OgFonts | undefined;
/** Atkinson Hyperlegible regular and bold, parsed once per process. */
export function loadOgFonts(): OgFonts {
  cache ??= { regular: face(400), bold: face(700) };
  return cache;
}

/** Thin and narrow spaces the subset lacks: drawn as nothing, with this share of a space's advance. */
const NARROW_SPACES: Record<number, number> = { 0x202f: 0.6, 0x2009: 0.6, 0x200a: 0.3 };

interface Placed { glyph: Glyph | undefined; advance: number }

function place(f: OgFace, text: string): Placed[] {
  const out: Placed[] = [];
  const space = f.fonts[0]!.glyphForCodePoint(0x20).advanceWidth;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const font = f.fonts.find((x) => x.hasGlyphForCodePoint(cp));
    if (font) {
      const glyph = font.glyphForCodePoint(cp);
      out.push({ glyph, advance: glyph.advanceWidth });
    } else if (cp in NARROW_SPACES) {
      out.push({ glyph: undefined, advance: space * NARROW_SPACES[cp]! });
    } else {
      const glyph = f.fonts[0]!.glyphForCodePoint(0x3f); // '?': visible, never silently dropped
      out.push({ glyph, advance: glyph.advanceWidth });
    }
  }
  return out;
}

/** Width of `text` in pixels at `size`. */
export function measure(f: OgFace, text: string, size: number): number {
  return (place(f, text).reduce((w, p) => w + p.advance, 0) * size) / f.unitsPerEm;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One SVG path for a line of text whose baseline starts at (x, y).
 * Coordinates are rounded to 0.1 px, which keeps the SVG small and stable.
 */
export function textPath(f: OgFace, text: string, x: number, y: number, size: number): { d: string; width: number } {
  const k = size / f.unitsPerEm;
  let pen = 0;
  const parts: string[] = [];
  for (const p of place(f, text)) {
    if (p.glyph) {
      const cmds = p.glyph.path.commands;
      const seg: string[] = [];
      for (const c of cmds) {
        const pts: string[] = [];
        for (let i = 0; i < c.args.length; i += 2) pts.push(`${round(x + (pen + c.args[i]!) * k)} ${round(y - c.args[i + 1]! * k)}`);
        const op = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' }[c.command as string];
        if (!op) throw new Error(`unexpected path command ${String(c.command)}`);
        seg.push(op + pts.join(' '));
      }
      parts.push(seg.join(''));
    }
    pen += p.advance;
  }
  return { d: parts.join(''), width: pen * k };
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` px at
 * `size`, at spaces (a no-break space keeps its neighbours together). When
 * the text does not fit, the last line ends with an ellipsis.
 *
 * @example wrapText(face, 'The Clearview case', 64, 300, 3) // ['The Clearview', 'case']
 */
export function wrapText(f: OgFace, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  // French punctuation never starts a line, nor does « end one, even when written with a plain space.
  const glued = text.trim().replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
  const words = glued.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (!line || measure(f, next, size) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && measure(f, `${last}…`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
