/**
 * What the live face lab decides about a file before decoding it
 * (src/lib/facelab/image-input.ts): which image format its first bytes
 * carry (hand-built signatures, the sample photo of the site, and a PNG,
 * a WebP, a GIF and an AVIF encoded by sharp), whether a file is an image
 * by its bytes rather than by its declared type, the size a photo is worked at (the 1,600-pixel
 * side, the 50-megapixel "huge" boundary, bad sizes), and the megapixels
 * of the "reduced from" message (rounded down).
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  classifyFile, HUGE_PIXELS, megapixels, sniffImage, SNIFF_BYTES, WORKING_SIDE, workingSize,
} from '../../src/lib/facelab/image-input';

/** Bytes from numbers and ASCII strings, padded with zeros to `length`. */
function bytes(parts: (number | string)[], length = SNIFF_BYTES): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') out.push(p);
    else for (const c of p) out.push(c.charCodeAt(0));
  }
  while (out.length < length) out.push(0);
  return Uint8Array.from(out);
}
const ftyp = (brand: string) => bytes([0, 0, 0, 0x1c, 'ftyp', brand, 0, 0, 0, 0]);
const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const text = bytes(['Hello, this is plain text.'], 26);
const pdf = bytes(['%PDF-1.7\n%\xe2\xe3\xcf\xd3']);
const zip = bytes(['PK', 0x03, 0x04, 0x14, 0, 0, 0]);

describe('sniffImage', () => {
  it('recognises each supported signature', () => {
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF']))).toBe('jpeg');
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0x10, 'Exif']))).toBe('jpeg');
    expect(sniffImage(bytes([...PNG_SIG, 0, 0, 0, 0x0d, 'IHDR']))).toBe('png');
    expect(sniffImage(bytes(['GIF87a', 1, 0, 1, 0]))).toBe('gif');
    expect(sniffImage(bytes(['GIF89a', 1, 0, 1, 0]))).toBe('gif');
    expect(sniffImage(bytes(['RIFF', 0x24, 0, 0, 0, 'WEBP', 'VP8 ']))).toBe('webp');
    expect(sniffImage(bytes(['BM', 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0]))).toBe('bmp');
    // "BM" alone is not enough: a text that begins with those letters is not a bitmap.
    expect(sniffImage(bytes(['BMW is a car brand, not a picture format.']))).toBeNull();
    expect(classifyFile('text/plain', bytes(['BMW is a car brand, not a picture format.']))).toBe('not-image');
    expect(sniffImage(ftyp('avif'))).toBe('avif');
    expect(sniffImage(ftyp('avis'))).toBe('avif');
    for (const brand of ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']) expect(sniffImage(ftyp(brand)), brand).toBe('heic');
  });
  it('rejects text, a PDF, a ZIP, a WAVE file and empty input', () => {
    expect(sniffImage(text)).toBeNull();
    expect(sniffImage(pdf)).toBeNull();
    expect(sniffImage(zip)).toBeNull();
    expect(sniffImage(bytes(['RIFF', 0x24, 0, 0, 0, 'WAVE', 'fmt ']))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });
  it('rejects near misses: a truncated PNG signature, a GIF of another version, a video ftyp brand, a 2-byte "BM"', () => {
    expect(sniffImage(Uint8Array.from(PNG_SIG.slice(0, 7)))).toBeNull();
    expect(sniffImage(bytes([...PNG_SIG.slice(0, 7), 0x00]))).toBeNull();
    expect(sniffImage(bytes([0xff, 0xd8]).subarray(0, 2))).toBeNull();
    expect(sniffImage(bytes(['GIF88a']))).toBeNull();
    expect(sniffImage(ftyp('isom'))).toBeNull();
    expect(sniffImage(ftyp('mp42'))).toBeNull();
    expect(sniffImage(Uint8Array.from([0x42, 0x4d]))).toBeNull();
  });
  it('recognises real files: the site\'s sample photo as JPEG, and a PNG, a WebP, a GIF and an AVIF encoded by sharp', async () => {
    const jpg = new Uint8Array(readFileSync('public/lab/astronaut.jpg'));
    expect(sniffImage(jpg.subarray(0, SNIFF_BYTES))).toBe('jpeg');
    const base = () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } });
    const png = new Uint8Array(await base().png().toBuffer());
    const webp = new Uint8Array(await base().webp().toBuffer());
    expect(sniffImage(png.subarray(0, SNIFF_BYTES))).toBe('png');
    expect(sniffImage(webp.subarray(0, SNIFF_BYTES))).toBe('webp');
    expect(sniffImage(new Uint8Array(await base().gif().toBuffer()).subarray(0, SNIFF_BYTES))).toBe('gif');
    expect(sniffImage(new Uint8Array(await base().avif().toBuffer()).subarray(0, SNIFF_BYTES))).toBe('avif');
    // The whole file sniffs the same as its first SNIFF_BYTES.
    expect(sniffImage(png)).toBe('png');
    expect(sniffImage(webp)).toBe('webp');
  });
});

describe('classifyFile', () => {
  const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF']);
  it('judges an image by its bytes, whatever its declared type', () => {
    for (const type of ['', 'text/plain', 'application/octet-stream', 'image/png']) expect(classifyFile(type, jpeg), type).toBe('image');
  });
  it('says "claims-image" for other bytes declared image/…, in any case', () => {
    expect(classifyFile('image/jpeg', text)).toBe('claims-image');
    expect(classifyFile('image/svg+xml', bytes(['<svg xmlns=']))).toBe('claims-image');
    expect(classifyFile('IMAGE/JPEG', pdf)).toBe('claims-image');
  });
  it('says "not-image" for other bytes of any other type, or none', () => {
    expect(classifyFile('text/plain', text)).toBe('not-image');
    expect(classifyFile('', text)).toBe('not-image');
    expect(classifyFile('application/pdf', pdf)).toBe('not-image');
    expect(classifyFile('', new Uint8Array(0))).toBe('not-image');
    // "image/" must begin the type.
    expect(classifyFile('application/x-image/jpeg', zip)).toBe('not-image');
  });
});

describe('workingSize', () => {
  it('keeps a photo within the working side as it is', () => {
    expect(workingSize(512, 512)).toEqual({ width: 512, height: 512, scale: 1, huge: false });
    expect(workingSize(1, 1)).toEqual({ width: 1, height: 1, scale: 1, huge: false });
    expect(workingSize(WORKING_SIDE, 900)).toEqual({ width: WORKING_SIDE, height: 900, scale: 1, huge: false });
  });
  it('reduces a larger photo to a longest side of 1,600, proportions kept within a pixel', () => {
    const s = workingSize(8000, 6500);
    expect(s.width).toBe(1600);
    expect(Math.abs(s.height - (1600 * 6500) / 8000)).toBeLessThanOrEqual(1);
    expect(s.scale).toBeCloseTo(0.2, 10);
    expect(s.huge).toBe(true);
    const portrait = workingSize(1200, 3000);
    expect(portrait.height).toBe(1600);
    expect(Math.abs(portrait.width - 640)).toBeLessThanOrEqual(1);
    expect(portrait.huge).toBe(false);
    const odd = workingSize(4033, 3025);
    expect(odd.width).toBe(1600);
    expect(Math.abs(odd.height - (1600 * 3025) / 4033)).toBeLessThanOrEqual(1);
  });
  it('never gives a side of 0, even for a very thin photo', () => {
    const thin = workingSize(100_000, 10);
    expect(thin.width).toBe(1600);
    expect(thin.height).toBe(1);
  });
  it('flags photos of 50,000,000 pixels or more as huge, the boundary included', () => {
    expect(HUGE_PIXELS).toBe(50_000_000);
    expect(workingSize(7071, 7071).huge).toBe(false); // 49,999,041
    expect(workingSize(7072, 7072).huge).toBe(true); // 50,013,184
    expect(workingSize(10000, 5000).huge).toBe(true); // exactly 50,000,000
    expect(workingSize(9999, 5000).huge).toBe(false); // 49,995,000
    expect(workingSize(5000, 10000).huge).toBe(true);
  });
  it('uses another side when given one', () => {
    expect(workingSize(1000, 500, 416)).toEqual({ width: 416, height: 208, scale: 0.416, huge: false });
  });
  it('throws a RangeError for a size that is not an image size', () => {
    for (const [w, h] of [[0, 10], [10, 0], [-1, 10], [10, -5], [NaN, 10], [10, NaN], [Infinity, 10], [10, Infinity], [-Infinity, 10]] as const) {
      expect(() => workingSize(w, h), `${w} × ${h}`).toThrow(RangeError);
    }
  });
});

describe('megapixels', () => {
  it('gives one decimal, rounded down, so that just under 50 never reads 50.0', () => {
    expect(megapixels(8000, 6500)).toBe(52);
    expect(megapixels(7071, 7071)).toBe(49.9);
    expect(megapixels(10000, 5000)).toBe(50);
    expect(megapixels(9999, 5000)).toBe(49.9);
    expect(megapixels(4032, 3024)).toBe(12.1); // 12,192,768
    expect(megapixels(640, 480)).toBe(0.3); // 307,200
    expect(megapixels(1, 1)).toBe(0);
  });
});
