/**
 * The face lab's no-JavaScript walkthrough as it ships (FaceLab.astro on the
 * lab page, both languages): complete without a script, every figure with
 * its words and its numbers as tables, the photo under the site's base, and
 * the same bytes from one build to the next (the gallery is seeded; no time
 * is printed). The overlay and the strip are SVG snapshots, normalised as in
 * tests/dist/biometrics-svg.test.ts (tests/output/facelab-*.svg).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSegments } from '../../src/i18n/routes';
import { DIST, DIST_SUB, SUB_BASE, requireBuild } from '../support/dist';
import { matchSvgSnapshot } from '../support/svg-snapshot';

const dist = requireBuild(DIST);
const LANGS = ['en', 'fr'] as const;

/** The walkthrough's <section class="fl"> of a built lab page, or '' when the page is missing. */
function walkthrough(dir: string, lang: (typeof LANGS)[number]): string {
  const page = join(dir, lang, pageSegments.lab[lang], 'index.html');
  if (!existsSync(page)) return '';
  const html = readFileSync(page, 'utf8');
  const start = html.search(/<section class="fl"/);
  if (start < 0) return '';
  // Its own inner <section>s (the tables' scroll regions) close before it does.
  let depth = 0;
  const re = /<(\/?)section\b/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', m.index) + 1);
  }
  throw new Error('unclosed <section class="fl">');
}
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const strip = (svg: string) => svg
  .replace(/\s+data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')
  .replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
  .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
  .replace(/></g, '>\n<')
  .concat('\n');
const cutSvg = (html: string, cls: string) => {
  const start = html.search(new RegExp(`<svg class="${cls}"`));
  return html.slice(start, html.indexOf('</svg>', start) + 6);
};

describe('the face lab’s static walkthrough', () => {
  for (const lang of LANGS) {
    const html = walkthrough(dist, lang);
    describe(lang, () => {
      it('is on the lab page, with its four steps and no script, inline style, hidden or disabled part', () => {
        expect(html, `no walkthrough on ${lang}/${pageSegments.lab[lang]}/`).toBeTruthy();
        expect(count(html, /<h3\b/g)).toBe(4);
        expect(html).not.toMatch(/<script|\sstyle=|\shidden\b|\sdisabled\b/);
      });
      it('shows the photo under the base, and three figures each with a title and a description', () => {
        expect(html).toContain('<img src="/lab/astronaut.jpg" width="512" height="512" alt="');
        expect(existsSync(join(dist, 'lab/astronaut.jpg'))).toBe(true);
        const svgs = html.match(/<svg\b[^>]*>/g) ?? [];
        expect(svgs).toHaveLength(3);
        for (const svg of svgs) expect(svg).toMatch(/role="img" aria-labelledby="[^" ]+-title [^" ]+-desc"/);
        // The title and description are printed in the caption (a reader without a screen reader sees them too).
        for (const svg of svgs) {
          for (const ref of /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ')) {
            expect(html, ref).toMatch(new RegExp(`<figcaption[\\s\\S]*id="${ref}"[^>]*>[^<]{10,}<[\\s\\S]*</figcaption>`));
          }
        }
        expect(count(html, /<title\b/g)).toBe(0);
      });
      it('lists the 68 landmarks, the 128 numbers, the three 1:1 pairs and the ten nearest as tables', () => {
        expect(count(html, /<circle\b/g)).toBe(2 * 68);
        expect(count(html, /<table\b/g)).toBe(5);
        expect(count(html, /<caption\b/g)).toBe(5);
        expect(count(html, /<th scope="row"/g)).toBe(68 + 2 + 128 + 3 + 10);
        // The two long tables scroll in a focusable, named region; the two short ones never overflow, and a
        // tabbable region that does not scroll is an IBM checker violation (element_tabbable_role_valid).
        expect(count(html, /<section class="table-wrap fl-scroll"[^>]* aria-label="[^"]+" tabindex="0"/g)).toBe(2);
        expect(count(html, /<div class="fl-scroll"/g)).toBe(2);
      });
      it('writes its numbers the language’s way', () => {
        const nnbsp = '\u202f';
        if (lang === 'fr') {
          expect(html).toContain(`100${nnbsp}000`);
          expect(html).toContain(`55${nnbsp}996`);
          expect(html).toContain('0,60');
        } else {
          expect(html).toContain('100,000');
          expect(html).toContain('55,996');
          expect(html).toContain('0.60');
        }
        expect(html).toContain('0x5eedf00d');
      });
    });
  }
  it('draws the overlay and the strip as stored (tests/output/facelab-overlay.svg, facelab-strip.svg)', () => {
    const html = walkthrough(dist, 'en');
    matchSvgSnapshot('facelab-overlay', strip(cutSvg(html, 'fl-overlay')));
    matchSvgSnapshot('facelab-strip', strip(cutSvg(html, 'fl-strip')));
  });
  it.skipIf(!existsSync(join(DIST_SUB, 'index.html')))('is the same in the sub-path build, but for the base of the photo’s address', () => {
    for (const lang of LANGS) {
      const sub = walkthrough(DIST_SUB, lang);
      expect(sub).toContain(`<img src="${SUB_BASE}lab/astronaut.jpg"`);
      expect(sub.replaceAll(SUB_BASE, '/')).toBe(walkthrough(dist, lang));
    }
  });
});
