/**
 * SVG snapshots of the two charts as they ship: the <svg> of each chart is
 * cut from the built figures pages (both languages), normalised, and compared
 * with tests/output/<chart>.<lang>.svg. On a difference the new drawing is
 * written beside it as <chart>.<lang>-changed.svg, to open and compare; when
 * the change is wanted, move it over the stored file.
 *
 * Normalised: Astro's scoped-style attributes dropped, numbers in attributes
 * rounded to one decimal, ids renumbered in order of appearance (references follow), one
 * element per line, and an xmlns added so each file opens on its own.
 * Why from the build and not from a unit render: the snapshot then covers the
 * .astro template, the Intl formatting and the layout together, exactly as
 * readers get them, without teaching Vitest to compile Astro components.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';
import { matchSvgSnapshot } from '../support/svg-snapshot';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const pages = { fr: 'fr/chiffres/index.html', en: 'en/figures/index.html' } as const;
const charts = ['fines-chart', 'claims-chart'] as const;

/** The <svg> element whose aria-labelledby names the chart's title. */
function cutSvg(html: string, chart: string): string {
  const start = html.search(new RegExp(`<svg[^>]*aria-labelledby="${chart}-title"`));
  if (start < 0) throw new Error(`no <svg> labelled by ${chart}-title`);
  const end = html.indexOf('</svg>', start);
  return html.slice(start, end + '</svg>'.length);
}

/** See the module comment. */
function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size}`);
  const renumber = (id: string) => ids.get(id) ?? id;
  return svg
    .replace(/\s+data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renumber(id)})`)
    .replace(/\b(aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, list: string) => `${attr}="${list.split(/\s+/).map(renumber).join(' ')}"`)
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
    .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/></g, '>\n<')
    .concat('\n');
}

describe('chart SVG snapshots', () => {
  for (const [lang, page] of Object.entries(pages)) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const chart of charts) {
      it(`${chart} in ${lang === 'fr' ? 'French' : 'English'} matches tests/output/${chart}.${lang}.svg`, () => {
        matchSvgSnapshot(`${chart}.${lang}`, normaliseSvg(cutSvg(html, chart)));
      });
    }
  }
});

// The labels' halo is a stroke in the page colour (charts.css); it is painted
// under the letters only because each <text> says paint-order="stroke". A
// label without it would be drawn over by its own halo: unreadable.
describe('every chart label paints its halo under the letters', () => {
  const labels = htmlFiles(dist).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    return [...html.matchAll(/<svg\b[^>]*class="chart-svg[^"]*"[\s\S]*?<\/svg>/g)]
      .flatMap((svg) => [...svg[0].matchAll(/<text\b[^>]*>/g)].map((m) => ({ page: pagePath(dist, file), tag: m[0] })));
  });
  it('finds chart labels on the built pages', () => expect(labels.length).toBeGreaterThan(40));
  it('has paint-order="stroke" on each of them', () => {
    expect(labels.filter((l) => !/\spaint-order="stroke"/.test(l.tag)).map((l) => `${l.page}: ${l.tag}`)).toEqual([]);
  });
});
