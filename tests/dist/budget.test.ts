/**
 * Byte budgets (gzip), measured on the build like `npm run size` reports
 * them. Bytes are deterministic, so a budget is a fair assertion; time is
 * not, and is benchmarked elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';
import { chapterSegments } from '../../src/i18n/routes';

const rows = measureSite(requireBuild(DIST));
const chapterPaths = new Set(Object.values(chapterSegments).flatMap((s) => [`/fr/${s.fr}/`, `/en/${s.en}/`]));
const chapters = rows.filter((r) => chapterPaths.has(r.page));

describe('byte budgets', () => {
  it('measures the chapter pages', () => expect(chapters.length).toBeGreaterThanOrEqual(2));
  it.each(chapters.map((r) => [r.page, r]))('%s ships only the theme script (≤ 1 KB gzip of JS)', (_p, r) => {
    expect(r.jsFiles).toEqual(['theme.js']);
    expect(r.js).toBeLessThanOrEqual(1024);
  });
  it.each(chapters.map((r) => [r.page, r]))('%s ships ≤ 15 KB gzip of CSS', (_p, r) => {
    expect(r.css).toBeLessThanOrEqual(15 * 1024);
  });
  it('no page loads a script from another origin or inline', () => {
    for (const r of rows) for (const f of r.jsFiles) expect(f).not.toMatch(/^(https?:)?\/\//);
  });
});
