/**
 * Byte budgets (gzip), measured on the build like `npm run size` reports
 * them. Bytes are deterministic, so a budget is a fair assertion; time is
 * not, and is benchmarked elsewhere. A chapter ships the theme script, plus
 * the quiz element when it ends with a quiz and the timeline element when it
 * embeds a timeline excerpt (8 KB gzip in all), plus the two biometrics
 * explorables and the formatting chunk they share when it embeds them
 * (issue 5: 20 KB gzip in all for such a page; the explorables alone stay
 * under 8 KB); a quiz page ships the theme
 * script and the quiz element, never more than 5 KB gzip of JavaScript; so
 * does the sources page with its filter element (which alone stays ≤ 2 KB).
 * Issue 7 added, within those budgets: the result-code element inside the
 * quiz script (its encoder is a worker loaded on demand, not counted here),
 * the read marker at the end of every chapter, and the progress store as a
 * chunk of its own, shared by the quiz, the read marker's page and the
 * progress page (tests/dist/budget-issue7.test.ts: baseline + 3 KB).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';
import { chapterSegments, sourcesSegments } from '../../src/i18n/routes';

const rows = measureSite(requireBuild(DIST));
const chapterPaths = new Set(Object.values(chapterSegments).flatMap((s) => [`/fr/${s.fr}/`, `/en/${s.en}/`]));
const chapters = rows.filter((r) => chapterPaths.has(r.page));
// The standalone quiz pages (/fr/quiz/affaire-clearview/), not their worksheets.
const quizPages = rows.filter((r) => /^\/(fr|en)\/quiz\/[^/]+\/$/.test(r.page));
const QUIZ_SCRIPT = /^_astro\/Quiz\..*\.js$/;
const TIMELINE_SCRIPT = /^_astro\/Timeline\..*\.js$/;
// The biometrics explorables and the chunk they share (src/lib/biometrics/bio-format.ts).
const BIO_SCRIPT = /^_astro\/(ThresholdExplorer|GalleryCalculator|bio-format)\..*\.js$/;
// Issue 5's other explorables: the crawl (chapter 2) and the GDPR decision trees (chapter 4).
const CRAWL_SCRIPT = /^_astro\/(CrawlExplorer)\..*\.js$/;
const LAW_SCRIPT = /^_astro\/(LawTree)\..*\.js$/;
// Issue 6's request-letter generator (chapter "Your rights"): <vp-letter> and the letter module it bundles,
// with the day-words chunk (src/lib/day-words.ts, « 1er ») it shares with the progress and results pages.
const LETTER_SCRIPT = /^_astro\/(LetterGenerator|day-words)\..*\.js$/;
// The glossary term element (src/components/glossary/vp-term.ts), on pages that use <Term>.
const TERM_SCRIPT = /^_astro\/Term\..*\.js$/;
// Issue 7: the read marker (src/components/progress/ReadMarker.astro) and the progress store chunk (src/lib/quiz/progress.ts).
const READ_SCRIPT = /^_astro\/ReadMarker\..*\.js$/;
const PROGRESS_CHUNK = /^_astro\/progress\..*\.js$/;
// The sources page (/fr/sources/, /en/sources/) and its filter element, <vp-sources>.
const sourcesPages = rows.filter((r) => r.page === `/fr/${sourcesSegments.fr}/` || r.page === `/en/${sourcesSegments.en}/`);
const SOURCES_SCRIPT = /^_astro\/SourcesPage\..*\.js$/;
const isBio = (f: string) => BIO_SCRIPT.test(f);
const isExplorable = (f: string) => isBio(f) || CRAWL_SCRIPT.test(f) || LAW_SCRIPT.test(f) || LETTER_SCRIPT.test(f);

describe('byte budgets', () => {
  it('measures the chapter pages', () => expect(chapters.length).toBeGreaterThanOrEqual(2));
  it.each(chapters.map((r) => [r.page, r]))('%s ships only the theme script, the quiz, timeline, term and read-marker elements (with the progress store) and its explorables (≤ 8 KB gzip of JS, 20 KB with the explorables)', (_p, r) => {
    const others = r.jsFiles.filter((f) => f !== 'theme.js');
    expect(r.jsFiles).toContain('theme.js');
    const known = [QUIZ_SCRIPT, TIMELINE_SCRIPT, TERM_SCRIPT, READ_SCRIPT, PROGRESS_CHUNK];
    expect(others.every((f) => known.some((k) => k.test(f)) || isExplorable(f)), r.jsFiles.join(', ')).toBe(true);
    const limit = r.jsFiles.length === 1 ? 1024 : others.some(isExplorable) ? 20 * 1024 : 8 * 1024;
    expect(r.js).toBeLessThanOrEqual(limit);
  });
  it('ships the glossary term element in ≤ 1.5 KB gzip', () => {
    const term = [...new Set(rows.flatMap((r) => r.jsFiles.filter((f) => TERM_SCRIPT.test(f))))];
    const total = term.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(1536);
  });
  it('ships the two biometrics explorables in ≤ 8 KB gzip together', () => {
    const bio = [...new Set(rows.flatMap((r) => r.jsFiles.filter(isBio)))];
    const total = bio.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(8 * 1024);
  });
  it.each(quizPages.map((r) => [r.page, r]))('the quiz page %s ships the theme script, the quiz element and the progress store, ≤ 5 KB gzip of JS', (_p, r) => {
    expect(r.jsFiles).toHaveLength(3);
    expect(r.jsFiles).toContain('theme.js');
    expect(r.jsFiles.filter((f) => f !== 'theme.js').sort()).toEqual([expect.stringMatching(QUIZ_SCRIPT), expect.stringMatching(PROGRESS_CHUNK)]);
    expect(r.js).toBeLessThanOrEqual(5 * 1024);
  });
  it.each(sourcesPages.map((r) => [r.page, r]))('the sources page %s ships the theme script and the filter element, ≤ 5 KB gzip of JS', (_p, r) => {
    expect(r.jsFiles).toHaveLength(2);
    expect(r.jsFiles).toContain('theme.js');
    expect(r.jsFiles.find((f) => f !== 'theme.js')).toMatch(SOURCES_SCRIPT);
    expect(r.js).toBeLessThanOrEqual(5 * 1024);
  });
  it('ships the sources filter element in ≤ 2 KB gzip', () => {
    expect(sourcesPages).toHaveLength(2);
    const files = [...new Set(sourcesPages.flatMap((r) => r.jsFiles.filter((f) => SOURCES_SCRIPT.test(f))))];
    expect(files).toHaveLength(1);
    expect(gzipSync(readFileSync(join(DIST, files[0]!)), { level: 9 }).length).toBeLessThanOrEqual(2048);
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
