/**
 * The timeline pages' byte budget (gzip, as `npm run size` reports it): all
 * their JavaScript and CSS together ≤ 15 KB, of which JavaScript ≤ 6 KB.
 * The chart is drawn at build time; the script only adds behaviour.
 */
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';
import { timelineSegments } from '../../src/i18n/routes';

const rows = measureSite(requireBuild(DIST));
const pages = rows.filter((r) => r.page === `/fr/${timelineSegments.fr}/` || r.page === `/en/${timelineSegments.en}/`);

describe('timeline page budget', () => {
  it('measures both timeline pages', () => expect(pages.map((r) => r.page).sort()).toEqual(['/en/timeline/', '/fr/chronologie/']));
  it.each(pages.map((r) => [r.page, r]))('%s ships ≤ 15 KB gzip of CSS and JS together, ≤ 6 KB of it JS', (_p, r) => {
    expect(r.css + r.js).toBeLessThanOrEqual(15 * 1024);
    expect(r.js).toBeLessThanOrEqual(6 * 1024);
  });
  it.each(pages.map((r) => [r.page, r]))('%s loads the theme script and one timeline script, both files of the site', (_p, r) => {
    expect(r.jsFiles).toHaveLength(2);
    expect(r.jsFiles).toContain('theme.js');
    expect(r.jsFiles.find((f) => f !== 'theme.js')).toMatch(/^_astro\/Timeline\..*\.js$/);
  });
});
