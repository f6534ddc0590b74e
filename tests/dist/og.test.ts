/**
 * The Open Graph images and link-preview tags of the built site: one
 * 1200 × 630 PNG of at most 100 KB per chapter and language (and the default
 * cards), each chapter's og:image pointing at its own card by absolute URL,
 * and the preview tags on every page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterSegments } from '../../src/i18n/routes';
import { CHAPTER_IDS } from '../../src/schemas/chapter';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const MAX_BYTES = 100 * 1024;

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every <meta property|name=… content=…> of a page, by key (repeated keys keep every value). */
function metas(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)) {
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), m[2]!.replace(/&amp;/g, '&')]);
  }
  return out;
}

/** The built file an absolute og:image URL points at (origin and base stripped, as the canonical shows). */
function fileOf(url: string, canonical: string, page: string): string {
  const path = new URL(canonical).pathname;
  const base = path.slice(0, path.length - page.length + 1);
  return join(dist, decodeURIComponent(new URL(url).pathname.slice(base.length)));
}

const cards = [
  ...CHAPTER_IDS.flatMap((id) => (['fr', 'en'] as const).map((lang) => ({ page: `/${lang}/${chapterSegments[id][lang]}/`, png: `og/${lang}/${chapterSegments[id][lang]}.png` }))),
  { page: '/fr/', png: 'og/fr.png' },
  { page: '/en/', png: 'og/en.png' },
  { page: '/', png: 'og/site.png' },
];

describe('Open Graph cards', () => {
  it.each(cards)('$png is a 1200 × 630 PNG of at most 100 KB', ({ png }) => {
    const file = join(dist, png);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);
  });

  it.each(cards)('$page points og:image at $png by absolute URL', ({ page, png }) => {
    const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
    const m = metas(html);
    const image = m.get('og:image')?.[0] ?? '';
    expect(image).toMatch(/^https?:\/\//);
    expect(image.endsWith(`/${png}`)).toBe(true);
    expect(fileOf(image, m.get('og:url')![0]!, page)).toBe(join(dist, png));
    expect(m.get('og:type')?.[0]).toBe(page.split('/').length > 3 ? 'article' : 'website');
    expect(m.get('og:image:width')).toEqual(['1200']);
    expect(m.get('og:image:height')).toEqual(['630']);
    expect(m.get('og:image:alt')?.[0]).toBeTruthy();
  });
});

describe('link-preview tags', () => {
  const pages = htmlFiles(dist)
    .map((file: string) => ({ file, page: pagePath(dist, file) }))
    .filter(({ page }: { page: string }) => !page.startsWith('/pagefind/'));

  it('are on every page: title, description, url (but on the 404), site name, locale, image and card type', () => {
    const missing: string[] = [];
    for (const { file, page } of pages) {
      const m = metas(readFileSync(file, 'utf8'));
      const want = ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:locale', 'og:locale:alternate', 'og:image', 'twitter:card'];
      if (!/^\/404(\.html|\/)?$/.test(page)) want.push('og:url');
      for (const k of want) if (!m.get(k)?.[0]?.trim()) missing.push(`${page} ${k}`);
      const image = m.get('og:image')?.[0];
      if (image && m.get('og:url')) {
        if (!existsSync(fileOf(image, m.get('og:url')![0]!, page))) missing.push(`${page} og:image ${image} not built`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('give og:url as the canonical address and the locale of the page language', () => {
    for (const { file, page } of pages) {
      const html = readFileSync(file, 'utf8');
      const m = metas(html);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical) expect(m.get('og:url')?.[0], page).toBe(canonical);
      if (page.startsWith('/en/')) expect(m.get('og:locale')?.[0], page).toBe('en_GB');
      if (page.startsWith('/fr/')) expect(m.get('og:locale')?.[0], page).toBe('fr_FR');
    }
  });
});
