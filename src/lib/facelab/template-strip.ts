/**
 * The geometry of a template drawn as a strip: 128 numbers side by side,
 * each a cell whose colour band says its sign and size and whose bar rises
 * above or falls below the middle line. Pure data for an SVG `viewBox`;
 * the component draws it, and lists the same numbers as text beside it.
 *
 *   const s = stripLayout(descriptor, { width: 512, height: 48 });
 *   s.cells[0]   // { index: 0, value: -0.093, x: 0, width: 4, band: 2, y: 24, height: 7.44, clipped: false }
 *
 * The scale is fixed (`domain`, the same for every strip) rather than
 * fitted to each template, so two strips drawn one above the other can be
 * compared by eye: the same number always gets the same colour and height.
 * A value beyond the domain is drawn at the edge and marked `clipped`.
 */

export interface StripCell {
  /** Position in the template (0-based). */
  index: number;
  /** The number itself. */
  value: number;
  /** Left edge and width, in viewBox units. */
  x: number;
  width: number;
  /** Colour band, 0 (most negative) … bands − 1 (most positive); the middle band holds values near 0. */
  band: number;
  /** The bar: from `y` down by `height`; above the middle line for a positive value, below for a negative one. */
  y: number;
  height: number;
  /** The value lay outside ±domain and is drawn at the edge. */
  clipped: boolean;
}

export interface StripLayout {
  cells: StripCell[];
  width: number;
  height: number;
  /** The value drawn full height: ±domain. */
  domain: number;
  bands: number;
}

export interface StripOptions {
  /** viewBox width (default 512: 4 units per number of a 128-number template). */
  width?: number;
  /** viewBox height (default 48). */
  height?: number;
  /** Number of colour bands, odd so that one is centred on 0 (default 9). */
  bands?: number;
  /** The value drawn full height (default DEFAULT_DOMAIN). */
  domain?: number;
}

/**
 * The default full-scale value. face-api's templates are not normalised:
 * the sample's (scripts/facelab-smoke.mjs, public/lab/astronaut.jpg) has
 * length 1.457, numbers from −0.298 to 0.405, standard deviation 0.128, and
 * 10 of its 128 beyond ±0.25; ±0.45 clips none of them.
 */
export const DEFAULT_DOMAIN = 0.45;

/** Two decimals: enough for a viewBox, short in the HTML. */
const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The band of a value on a diverging scale of `bands` bands over
 * [−domain, domain]: equal widths, the middle band centred on 0.
 *
 * @example bandOf(0, 0.25, 9) // 4
 * @example bandOf(-1, 0.25, 9) // 0 (clipped)
 */
export function bandOf(value: number, domain: number, bands: number): number {
  const t = (value + domain) / (2 * domain);
  return Math.min(bands - 1, Math.max(0, Math.floor(t * bands)));
}

/**
 * The strip's geometry for a template (any length; 128 for face-api).
 * Throws a RangeError on a NaN or infinite value, an even or non-positive
 * band count, or a non-positive size or domain.
 *
 * @example stripLayout([0.25, 0, -0.1], { width: 3, height: 10, bands: 5, domain: 0.25 }).cells.map((c) => c.band) // [4, 2, 1]
 */
export function stripLayout(values: ArrayLike<number>, options: StripOptions = {}): StripLayout {
  const width = options.width ?? 512;
  const height = options.height ?? 48;
  const bands = options.bands ?? 9;
  const domain = options.domain ?? DEFAULT_DOMAIN;
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) throw new RangeError('stripLayout: width and height must be positive numbers');
  if (!Number.isInteger(bands) || bands < 1 || bands % 2 === 0) throw new RangeError(`stripLayout: bands must be a positive odd integer, got ${bands}`);
  if (!(domain > 0) || !Number.isFinite(domain)) throw new RangeError(`stripLayout: domain must be a positive number, got ${domain}`);

  const n = values.length;
  const mid = height / 2;
  const cells: StripCell[] = [];
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) throw new RangeError(`stripLayout: value ${i} is ${value}, not a finite number`);
    const clipped = Math.abs(value) > domain;
    const bar = (Math.min(Math.abs(value), domain) / domain) * mid;
    // Edges from the exact fractions, so the cells tile the width with no gap or overlap.
    const x = r2((i * width) / n);
    cells.push({
      index: i,
      value,
      x,
      width: r2(r2(((i + 1) * width) / n) - x),
      band: bandOf(value, domain, bands),
      y: r2(value >= 0 ? mid - bar : mid),
      height: r2(bar),
      clipped,
    });
  }
  return { cells, width, height, domain, bands };
}
