/**
 * Issue 13's promise: moving every interface word into src/i18n/<lang>/
 * costs no page a byte of JavaScript. Custom elements get their words from
 * the server HTML, never from a bundled dictionary, so each page ships at
 * most what it shipped before the move (tests/fixtures/js-baseline-issue13.json,
 * measured on the build of 6a5aa81 with the same code: gzip -9 bytes of the
 * scripts a page loads and the chunks they import statically).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';

const baseline = JSON.parse(readFileSync('tests/fixtures/js-baseline-issue13.json', 'utf8')) as { pages: Record<string, number> };
const rows = new Map(measureSite(requireBuild(DIST)).map((r) => [r.page, r]));

describe('issue 13 JavaScript budget (no page grows)', () => {
  it.each(Object.entries(baseline.pages))('%s ships no more JavaScript than before the dictionaries moved', (page, before) => {
    const r = rows.get(page);
    expect(r, `${page} is no longer built`).toBeDefined();
    expect(r!.js, `${page}: ${r!.jsFiles.join(', ')}`).toBeLessThanOrEqual(before);
  });
});
