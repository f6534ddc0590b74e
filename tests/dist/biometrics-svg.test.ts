/**
 * SVG snapshots of the threshold explorer's two charts as they ship on the
 * chapter pages (score distributions with the threshold line and shaded
 * tails; DET curve with the operating point), in both languages since the
 * axis labels and tick numbers are localised. Same method as
 * tests/dist/charts-svg.test.ts: the <svg> is cut from the built page,
 * normalised, and compared with tests/output/biometrics-<chart>.<lang>.svg;
 * a difference writes <name>-changed.svg beside it to open and compare
 * (move it over the stored file when the change is wanted), and a missing
 * snapshot is written and passes. The gallery calculator has no chart.
 *
 * Normalised: Astro's scoped-style attributes dropped, numbers rounded to
 * one decimal, ids renumbered in order (references follow), one element per
 * line, an xmlns added so each file opens on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchSvgSnapshot } from '../support/svg-snapshot';
import { chapterSegments } from '../../src/i18n/routes';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const segments = chapterSegments['biometric-templates'];
/** The chart's id suffix (ThresholdExplorer's default id prefix is "threshold"). */
const charts = { scores: 'threshold-scores', det: 'threshold-det' } as const;

/** The <svg> element labelled by the given description id. */
function cutSvg(html: string, label: string): string {
  const start = html.search(new RegExp(`<svg[^>]*aria-labelledby="${label}"`));
  if (start < 0) throw new Error(`no <svg> labelled by ${label}`);
  const end = html.indexOf('</svg>', start);
  return html.slice(start, end + '</svg>'.length);
}

/** See the module comment. */
function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\b(?:id|aria-labelledby)="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size}`);
  const renumber = (id: string) => ids.get(id) ?? id;
  return svg
    .replace(/\s+data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
    .replace(/\b(aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, list: string) => `${attr}="${list.split(/\s+/).map(renumber).join(' ')}"`)
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
    .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/></g, '>\n<')
    .concat('\n');
}

describe('biometrics chart SVG snapshots', () => {
  for (const lang of ['en', 'fr'] as const) {
    const page = join(dist, lang, segments[lang], 'index.html');
    const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
    for (const [chart, label] of Object.entries(charts)) {
      const name = `biometrics-${chart}.${lang}`;
      it(`the ${chart} chart in ${lang === 'fr' ? 'French' : 'English'} matches tests/output/${name}.svg`, () => {
        expect(html, `${page} is not in the build`).toBeTruthy();
        const svg = cutSvg(html, label);
        // The CSP forbids inline styles; geometry goes through attributes.
        expect(svg).not.toMatch(/\sstyle=|<style/);
        matchSvgSnapshot(name, normaliseSvg(svg));
      });
    }
  }
});
