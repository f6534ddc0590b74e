/**
 * The face lab's sample photo (public/lab/astronaut.jpg): NASA's
 * public-domain portrait of Eileen Collins, as Debian's python3-skimage
 * 0.19.3-8 ships it (skimage/data/astronaut.png, 512 × 512 RGB, 791,555
 * bytes, SHA-256 88431cd9…e3ea6cb5), re-encoded once with sharp 0.35.5
 * (mozjpeg, quality 90, 4:2:0, metadata dropped) to 55,996 bytes. The
 * precomputed no-JavaScript walkthrough and the browser tests read these
 * exact bytes, so the hash is pinned: a new encoding is a deliberate change.
 *
 * Its licence record is content/sources/nasa-eileen-collins-portrait.yaml,
 * cited by the face lab page in both languages (content/pages/<lang>/lab.mdx).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frenchTypographyProblems } from '../../src/lib/typography';
import { sourceSchema } from '../../src/schemas/source';

const PHOTO = 'public/lab/astronaut.jpg';
const ENTRY = 'content/sources/nasa-eileen-collins-portrait.yaml';

/** The JPEG's segment markers before the image data (FFD8 … FFDA), e.g. [0xe0, 0xdb, 0xc0, 0xc4, 0xda]. */
function jpegMarkers(b: Buffer): number[] {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('not a JPEG');
  const out: number[] = [];
  for (let i = 2; i + 3 < b.length; i += 2 + b.readUInt16BE(i + 2)) {
    if (b[i] !== 0xff) throw new Error(`no marker at ${i}`);
    out.push(b[i + 1]!);
    if (b[i + 1] === 0xda) break;
  }
  return out;
}

/** Width, height and components from a baseline or progressive JPEG's SOF segment. */
function jpegSize(b: Buffer): { width: number; height: number; components: number } {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('not a JPEG');
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) throw new Error(`no marker at ${i}`);
    const marker = b[i + 1]!;
    const length = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7), components: b[i + 9]! };
    }
    i += 2 + length;
  }
  throw new Error('no SOF segment');
}

describe('the sample photo', () => {
  const bytes = readFileSync(PHOTO);
  it('is a 512 × 512 colour JPEG, the original\'s size, in 55,996 bytes', () => {
    expect(jpegSize(bytes)).toEqual({ width: 512, height: 512, components: 3 });
    expect(bytes.length).toBe(55_996);
  });
  it('is the encoding the precomputed data was made from (pinned hash)', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('5665d8eea3c8310ddbcf67ba361f6ef7e6928847c67d142f1f7c05ce723ccb22');
  });
  it('carries no metadata segment (no EXIF, XMP, ICC profile or comment): nothing but the pixels', () => {
    const markers = jpegMarkers(bytes);
    expect(markers.at(-1)).toBe(0xda);
    // APP0 (JFIF) is the only application segment; APP1–APP15 and COM (0xfe) would carry metadata.
    expect(markers.filter((m) => (m >= 0xe1 && m <= 0xef) || m === 0xfe)).toEqual([]);
  });
});

describe('its licence record', () => {
  const raw = parse(readFileSync(ENTRY, 'utf8')) as Record<string, unknown>;
  it('passes the source schema, in both languages, naming NASA and the public domain', () => {
    const s = sourceSchema.parse(raw);
    expect(s.publisher).toMatch(/^NASA/);
    expect(s.note?.fr).toMatch(/domaine public/);
    expect(s.note?.en).toMatch(/public domain/);
    expect(s.note?.en).toMatch(/GPN-2000-001177/);
  });
  it('follows the French typography rules', () => {
    expect(frenchTypographyProblems((raw.note as { fr: string }).fr)).toEqual([]);
  });
  it('is listed among the sources of the face lab page, in both languages', () => {
    for (const lang of ['fr', 'en']) {
      const page = readFileSync(`content/pages/${lang}/lab.mdx`, 'utf8');
      const front = parse(page.split(/^---$/m)[1]!) as { sources?: string[] };
      expect(front.sources, lang).toContain('nasa-eileen-collins-portrait');
    }
  });
});
