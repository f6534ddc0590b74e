/**
 * Labels that never overlap, computed without a browser.
 *
 * Text width is estimated from per-character advance widths of DejaVu Sans,
 * the widest of the common system sans-serif fonts (it is what `system-ui`
 * resolves to on most Linux desktops); Segoe UI, San Francisco, Roboto and
 * Arial all draw narrower, so the estimate errs on the side of room.
 * Accented letters count as their base letter.
 *
 * Placement is greedy, row by row: each item (a glyph and its label, as an
 * interval on x) goes into the first row where it overlaps nothing already
 * placed. Rows are then drawn apart vertically, so two boxes in different
 * rows cannot meet either.
 *
 * @example textWidth('Sanctions', 12) // ≈ 62
 * @example packRows([{ x0: 0, x1: 50 }, { x0: 40, x1: 90 }, { x0: 60, x1: 99 }]) // [0, 1, 0]
 */

/** Advance widths in hundredths of an em for characters 32–126 (DejaVu Sans). */
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84,
  84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39,
  34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59,
  52, 64, 34, 64, 84,
];
const OTHER: Record<string, number> = { '’': 32, '‘': 32, '“': 52, '”': 52, '«': 61, '»': 61, '€': 64, '£': 64, '…': 100, '–': 50, '—': 100, '\u00a0': 32, '\u202f': 32 };
const FALLBACK = 70;

/** Estimated width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code < 127) em += ASCII[code - 32]!;
    else if (ch in OTHER) em += OTHER[ch]!;
    else {
      const base = ch.normalize('NFD').codePointAt(0)!;
      em += base >= 32 && base < 127 ? ASCII[base - 32]! : FALLBACK;
    }
  }
  return (em / 100) * fontSize;
}

/** `text`, shortened with an ellipsis at a word boundary if it is wider than `max`. */
export function fitText(text: string, max: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= max) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const t = `${words.join(' ').replace(/[\s,;:.–—-]+$/, '')}…`;
    if (textWidth(t, fontSize) <= max) return t;
  }
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, fontSize) > max) t = t.slice(0, -1);
  return `${t}…`;
}

export interface Interval {
  x0: number;
  x1: number;
}

/** True when two intervals share more than a point once widened by `gap`. */
export function overlaps(a: Interval, b: Interval, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;
}

/** The row of each item, first fit in the given order; no two items of a row overlap (with `gap`). */
export function packRows(items: readonly Interval[], gap = 0): number[] {
  const rows: Interval[][] = [];
  return items.map((item) => {
    let r = rows.findIndex((row) => row.every((o) => !overlaps(o, item, gap)));
    if (r < 0) r = rows.push([]) - 1;
    rows[r]!.push(item);
    return r;
  });
}
