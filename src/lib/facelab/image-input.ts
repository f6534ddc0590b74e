/**
 * What the live face lab does with a file before any network sees it
 * (issue 15): is it an image at all, and at what size will it be worked on.
 * Pure functions, so that the lab's answers to bad input are tested without
 * a browser (tests/unit/facelab-image-input.test.ts).
 *
 *   sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))   // 'jpeg'
 *   classifyFile('text/plain', bytes)                      // 'not-image'
 *   workingSize(8000, 6500)                                // { width: 1600, height: 1300, scale: 0.2, huge: true }
 *
 * A file is judged by its first bytes, not by its name or by the type the
 * operating system guesses from the name: a photo renamed .txt is still a
 * photo, a text file renamed .jpg is not one. A file whose bytes say
 * "image" but which the browser then fails to decode is a damaged image
 * (the lab says so), which is a different message from "not an image".
 */

/** Formats the lab recognises by their signature (all decoded by current browsers). */
export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic';

/** How many leading bytes sniffImage needs. */
export const SNIFF_BYTES = 32;

/** Photos of this many pixels or more are reduced before anything else (issue 15: "50 megapixels or more"). */
export const HUGE_PIXELS = 50_000_000;

/**
 * The longest side the lab works at. The tiny face detector looks at a
 * 416-pixel square anyway; 1,600 keeps small faces of a group photo
 * detectable while a canvas stays a few megabytes.
 */
export const WORKING_SIDE = 1600;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/**
 * The image format the bytes begin with, or null.
 *
 * @example sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // 'png'
 */
export function sniffImage(b: Uint8Array): ImageKind | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  // "BM", then the size of the header that follows at byte 14: one of the five a BMP can have
  // (so that a text beginning "BMW …" is not taken for a picture).
  if (ascii(b, 0, 2) === 'BM' && [12, 40, 56, 108, 124].includes(b[14]!) && b[15] === 0 && b[16] === 0 && b[17] === 0) return 'bmp';
  if (ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  return null;
}

/**
 * 'image' when the bytes carry an image signature; 'claims-image' when only
 * the declared type says image/… (the browser may still decode it, e.g. an
 * SVG or an ICO; if it cannot, that is a damaged image); 'not-image'
 * otherwise (the lab then stops before decoding anything).
 */
export function classifyFile(type: string, head: Uint8Array): 'image' | 'claims-image' | 'not-image' {
  if (sniffImage(head)) return 'image';
  if (/^image\//i.test(type)) return 'claims-image';
  return 'not-image';
}

/**
 * The size the lab draws a decoded photo at: its own size when its longest
 * side is at most `side`, otherwise scaled down to it, proportions kept.
 * `huge` flags the photos of HUGE_PIXELS or more, which the lab names in a
 * message ("reduced from … megapixels").
 *
 * @example workingSize(512, 512) // { width: 512, height: 512, scale: 1, huge: false }
 */
export function workingSize(width: number, height: number, side = WORKING_SIDE): { width: number; height: number; scale: number; huge: boolean } {
  if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RangeError(`workingSize: ${width} × ${height} is not an image size`);
  }
  const scale = Math.min(1, side / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
    huge: width * height >= HUGE_PIXELS,
  };
}

/** Megapixels with one decimal, for the "reduced from" message (rounded down, so 49.99 MP never reads "50.0"). */
export function megapixels(width: number, height: number): number {
  return Math.floor((width * height) / 100_000) / 10;
}
