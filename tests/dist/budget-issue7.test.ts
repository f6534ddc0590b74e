/**
 * Issue 7's promise: the tools it adds (result codes, read marks, offline
 * reading…) cost no page other than the search page more than 3 KB gzip of
 * JavaScript over what that page shipped before the issue, as measured then
 * by the same code (tests/fixtures/js-baseline-issue7.json, gzip -9 bytes of
 * the scripts a page loads and the chunks they import statically; code
 * loaded on demand with import() is not counted on load, and is budgeted by
 * its own tests). A page the baseline does not know (one issue 7 added) is
 * held to the chapter budget, 8 KB.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';
import { searchSegments } from '../../src/i18n/routes';

const baseline = JSON.parse(readFileSync('tests/fixtures/js-baseline-issue7.json', 'utf8')) as { pages: Record<string, number> };
const search = new Set([`/fr/${searchSegments.fr}/`, `/en/${searchSegments.en}/`]);
const rows = measureSite(requireBuild(DIST)).filter((r) => !search.has(r.page));
const MARGIN = 3 * 1024;

describe('issue 7 JavaScript budget (baseline + 3 KB gzip)', () => {
  it('measures every page the baseline knows', () => {
    const built = new Set(rows.map((r) => r.page));
    expect(Object.keys(baseline.pages).filter((p) => !built.has(p))).toEqual([]);
  });
  it.each(rows.filter((r) => r.page in baseline.pages).map((r) => [r.page, r] as const))('%s ships ≤ its pre-issue-7 JavaScript + 3 KB gzip', (page, r) => {
    expect(r.js, `${page}: ${r.jsFiles.join(', ')}`).toBeLessThanOrEqual(baseline.pages[page]! + MARGIN);
  });
  it.each(rows.filter((r) => !(r.page in baseline.pages)).map((r) => [r.page, r] as const))('%s (new with issue 7) ships ≤ 8 KB gzip of JavaScript', (page, r) => {
    expect(r.js, `${page}: ${r.jsFiles.join(', ')}`).toBeLessThanOrEqual(8 * 1024);
  });
});
