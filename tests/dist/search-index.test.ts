/**
 * The Pagefind index (scripts/pagefind-index.mjs), in both builds: one index
 * per language, each holding only its language's pages; chapters, every
 * glossary term and every timeline event covered; result anchors that exist;
 * worksheets and answer keys left out. Pagefind is referenced from the two
 * search pages only, and only they allow WebAssembly in their CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, measureSite, pagePath } from '../../scripts/lib/page-weight.mjs';
import { DIST, DIST_SUB, SUB_BASE, requireBuild } from '../support/dist';
import { chapterSegments, searchSegments } from '../../src/i18n/routes';

const LANGS = ['fr', 'en'] as const;
const count = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).length;
const terms = count('content/glossary');
const events = count('content/events');
const chapters = Object.keys(chapterSegments).length;
const searchPages = new Set(LANGS.map((l) => `/${l}/${searchSegments[l]}/`));

interface Fragment { url: string; meta: Record<string, string>; anchors: { id: string }[] }
/** A Pagefind fragment: gzip, then a "pagefind_dcd" signature, then JSON. */
function readFragment(file: string): Fragment {
  const raw = gunzipSync(readFileSync(file));
  return JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as Fragment;
}

for (const [label, dir, base] of [['at the root', DIST, '/'], [`under the sub-path ${SUB_BASE}`, DIST_SUB, SUB_BASE]] as const) {
  describe(`the search index ${label}`, () => {
    const dist = requireBuild(dir);
    const pf = join(dist, 'pagefind');
    const entry = JSON.parse(readFileSync(join(pf, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const fragments = readdirSync(join(pf, 'fragment')).map((f) => ({ file: f, ...readFragment(join(pf, 'fragment', f)) }));

    it('has one index per language, French and English, each with the chapters, every term and every event', () => {
      expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);
      for (const l of LANGS) expect(entry.languages[l]!.page_count, l).toBe(chapters + terms + events);
    });

    it('files each language\'s records under that language, with URLs of that language (without the base)', () => {
      for (const f of fragments) {
        const lang = f.file.slice(0, 2);
        expect(LANGS as readonly string[]).toContain(lang);
        expect(f.url, f.file).toMatch(new RegExp(`^/${lang}/`));
      }
    });

    it('covers every chapter and leaves worksheets, answer keys and other pages out', () => {
      const pages = new Set(fragments.map((f) => f.url.split('#')[0]!));
      for (const l of LANGS) for (const s of Object.values(chapterSegments)) expect(pages, s[l]).toContain(`/${l}/${s[l]}/`);
      expect([...pages].filter((p) => /\/quiz\//.test(p))).toEqual([]);
    });

    it('points every glossary and timeline result to an anchor that exists in the built page', () => {
      const anchored = fragments.filter((f) => f.url.includes('#'));
      expect(anchored).toHaveLength(2 * (terms + events));
      for (const f of anchored) {
        const [path, id] = f.url.split('#') as [string, string];
        const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
        expect(html, f.url).toContain(`id="${id}"`);
        expect(f.meta.title, f.url).toBeTruthy();
      }
    });

    it('is referenced from the two search pages only, and only they allow WebAssembly', () => {
      const referencing: string[] = [];
      const wasm: string[] = [];
      for (const file of htmlFiles(dist)) {
        const html = readFileSync(file, 'utf8');
        const page = pagePath(dist, file);
        if (/pagefind\//.test(html)) referencing.push(page);
        if (html.includes('wasm-unsafe-eval')) wasm.push(page);
      }
      expect(referencing.sort()).toEqual([...searchPages].sort());
      expect(wasm.sort()).toEqual([...searchPages].sort());
      for (const l of LANGS) {
        const html = readFileSync(join(dist, l, searchSegments[l], 'index.html'), 'utf8');
        expect(html).toContain(`data-bundle="${base}pagefind/"`);
      }
    });
  });
}

describe('the search page weight', () => {
  const rows = measureSite(requireBuild(DIST)).filter((r) => searchPages.has(r.page));
  it.each(rows.map((r) => [r.page, r]))('%s ships the theme script and <vp-search> (≤ 3 KB gzip); pagefind.js comes on first search', (_p, r) => {
    // Plus Vite's dynamic-import helper, in a chunk of its own since the face lab also imports a chunk
    // on demand (issue 15; +180 B gzip here, budget-issue13.test.ts): nothing else.
    expect(r.jsFiles.filter((f: string) => !/^_astro\/preload-helper\.[\w-]+\.js$/.test(f))).toHaveLength(2);
    expect(r.jsFiles.length).toBeLessThanOrEqual(3);
    expect(r.js).toBeLessThanOrEqual(3 * 1024);
  });
  it('keeps Pagefind\'s runtime (pagefind.js, its worker, one language\'s WebAssembly) ≤ 90 KB compressed', () => {
    // The .pagefind WebAssembly files are gzip already.
    const gz = (f: string) => gzipSync(readFileSync(join(DIST, 'pagefind', f)), { level: 9 }).length;
    const size = (f: string) => readFileSync(join(DIST, 'pagefind', f)).length;
    for (const l of LANGS) expect(gz('pagefind.js') + gz('pagefind-worker.js') + size(`wasm.${l}.pagefind`), l).toBeLessThanOrEqual(90 * 1024);
  });
});
