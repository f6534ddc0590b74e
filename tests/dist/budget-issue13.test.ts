/**
 * Issue 13's promise: moving every interface word into src/i18n/<lang>/
 * costs no page a byte of JavaScript. Custom elements get their words from
 * the server HTML, never from a bundled dictionary, so each page ships at
 * most what it shipped before the move (tests/fixtures/js-baseline-issue13.json,
 * measured on the build of 6a5aa81 with the same code: gzip -9 bytes of the
 * scripts a page loads and the chunks they import statically).
 *
 * One later, bounded exception (issue 14): the pages that write dates in the
 * browser (progress, results, the request letter) share src/lib/day-words.ts
 * so that the first of a month reads « 1er » as on the server. They may
 * exceed their baseline by that chunk's bytes plus 64 B for its import and
 * calls.
 *
 * A second (issue 16): the module builder (/fr/enseignants/module/,
 * /en/teachers/module/) writes a Moodle 4.4+ GIFT file beside the classic
 * one, with qtype_ordering's own syntax for ordering questions (src/lib/gift.ts,
 * a3a9c32): measured +85 B gzip; it may exceed its baseline by at most 96 B.
 * A third, on the same pages (issue 14, page weight): the builder no longer
 * embeds every question's GIFT pieces in a data-* attribute (106 KB, 29 KB
 * gzip of its HTML) but fetches /downloads/builder/<lang>.json once it has
 * started: measured +47 B gzip of JavaScript for −29,068 B gzip of HTML; at
 * most 56 B more.
 * A fourth, on the same pages (issue 16): "Make a SCORM package of this
 * module" (vp-module-builder.ts #scorm: the button, the progress bar, the
 * worker's messages, the download and its five messages); the cutting and
 * zipping (module-package.ts, fflate) run in module-zip-worker.ts, loaded
 * only on that click: measured +559 B gzip on load; at most 576 B more.
 * A fifth, on the search pages (issue 15): the live face lab loads face-api
 * with a dynamic import() on its Start button, as the search page loads
 * Pagefind; Vite's helper for dynamic imports, inlined in the search script
 * until then, became a chunk the two pages share (_astro/preload-helper.*):
 * measured +180 B gzip on /fr/recherche/ and /en/search/; at most 192 B more.
 * Every other page still ships at most its baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gz, measureSite } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';

const baseline = JSON.parse(readFileSync('tests/fixtures/js-baseline-issue13.json', 'utf8')) as { pages: Record<string, number> };
const dist = requireBuild(DIST);
const rows = new Map(measureSite(dist).map((r) => [r.page, r]));
const DAY_CHUNK = /^_astro\/day-words\..*\.js$/;
const dayWordsAllowance = (files: string[]) =>
  files.filter((f) => DAY_CHUNK.test(f)).reduce((n, f) => n + gz(readFileSync(join(dist, f))) + 64, 0);

const BUILDER_PAGES = new Set(['/fr/enseignants/module/', '/en/teachers/module/']);
const BUILDER_MOODLE44 = 96;
const BUILDER_GIFT_FETCH = 56;
const BUILDER_SCORM = 576;
const SEARCH_PAGES = new Set(['/fr/recherche/', '/en/search/']);
const SEARCH_PRELOAD_HELPER = 192;
const allowance = (page: string, files: string[]) => dayWordsAllowance(files) + (BUILDER_PAGES.has(page) ? BUILDER_MOODLE44 + BUILDER_GIFT_FETCH + BUILDER_SCORM : 0) + (SEARCH_PAGES.has(page) ? SEARCH_PRELOAD_HELPER : 0);

describe('issue 13 JavaScript budget (no page grows)', () => {
  it.each(Object.entries(baseline.pages))('%s ships no more JavaScript than before the dictionaries moved', (page, before) => {
    const r = rows.get(page);
    expect(r, `${page} is no longer built`).toBeDefined();
    expect(r!.js, `${page}: ${r!.jsFiles.join(', ')}`).toBeLessThanOrEqual(before + allowance(page, r!.jsFiles));
  });
});
