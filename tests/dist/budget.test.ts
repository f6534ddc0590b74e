/**
 * Byte budgets (gzip), measured on the build like `npm run size` reports
 * them. Bytes are deterministic, so a budget is a fair assertion; time is
 * not, and is benchmarked elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  it('no page loads a script or stylesheet from another origin', () => {
    expect(rows.filter((r) => r.external.length).map((r) => `${r.page}: ${r.external.join(', ')}`)).toEqual([]);
  });
  it('no page has an inline script (the CSP would block it)', () => {
    for (const r of rows) {
      const html = readFileSync(join(DIST, r.page, r.page.endsWith('.html') ? '' : 'index.html'), 'utf8');
      expect(html, r.page).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
    }
  });
});
