/**
 * The timeline SVG as text: snapshots of the synthetic fixture, normalised
 * (numbers rounded, generated ids renumbered, one tag per line), stored in
 * tests/output/*.svg. A missing snapshot is written and the test passes; a
 * different one fails and writes `<name>-changed.svg` beside it for review.
 * To accept a change, replace the snapshot with the -changed file.
 */
import { describe, expect, it } from 'vitest';
import { matchSvgSnapshot } from '../support/svg-snapshot';
import { strings as dictionary } from '../../src/i18n';
import { ERAS, eraBounds } from '../../src/lib/timeline/eras';
import type { Kind } from '../../src/lib/timeline/glyphs';
import type { LaneId } from '../../src/lib/timeline/lanes';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { renderTimelineSvg, type SvgStrings } from '../../src/lib/timeline/render';
import { formatDate } from '../../src/lib/format';
import { sample } from '../fixtures/timeline/events';

const names = new Proxy({}, { get: (_, k) => `<${String(k)}>` });
// Era names are drawn in the chart: the real ones, as on the site.
const eraNames = (lang: 'fr' | 'en') => dictionary('timeline', lang).eras;
const strings = (lang: 'fr' | 'en'): SvgStrings => ({
  label: `Timeline (${lang})`,
  kinds: names as Record<Kind, string>,
  lanes: names as Record<LaneId, string>,
  date: (iso) => formatDate(iso, lang),
});

/** Rounds geometry numbers to 0.1, renumbers ids that are not event ids, puts one tag per line. */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const rename = (id: string) => {
    if (/^tl-/.test(id)) return id;
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id)!;
  };
  return svg
    .replace(/\b(x|y|x1|x2|y1|y2|rx|width|height|d|transform|viewBox)="([^"]*)"/g, (_, attr: string, v: string) =>
      `${attr}="${v.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
    )
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id)}"`)
    .replace(/\b(aria-labelledby|aria-describedby|clip-path|href)="(#?)(?:url\(#)?([^")]+)\)?"/g, (m, attr: string, hash: string, id: string) =>
      ids.has(id) ? `${attr}="${hash}${ids.get(id)}"` : m,
    )
    .replace(/></g, '>\n<')
    .concat('\n');
}

function snapshot(name: string, svg: string) {
  matchSvgSnapshot(name, normalizeSvg(svg));
}

describe('renderTimelineSvg', () => {
  it('draws the sample timeline in French as its snapshot', () => {
    snapshot('timeline-sample-fr', renderTimelineSvg(layoutTimeline(sample, { lang: 'fr', eraNames: eraNames('fr') }), strings('fr'), { ids: true }));
  });
  it('draws the sample timeline in English, narrow, as its snapshot', () => {
    snapshot('timeline-sample-en-680', renderTimelineSvg(layoutTimeline(sample, { lang: 'en', width: 680, eraNames: eraNames('en') }), strings('en'), { ids: true }));
  });
  it('draws one era on its own as its snapshot', () => {
    const full = layoutTimeline(sample, { lang: 'fr', eraNames: eraNames('fr') });
    const g = layoutTimeline(sample, { lang: 'fr', eraNames: eraNames('fr'), domain: eraBounds(ERAS[2], new Date(full.domain[1])) });
    snapshot('timeline-sample-sanctions', renderTimelineSvg(g, strings('fr'), { focus: 'sanctions' }));
  });

  const svg = renderTimelineSvg(layoutTimeline(sample, { lang: 'en', eraNames: eraNames('en') }), strings('en'), { ids: true });

  it('escapes every text it writes', () => {
    expect(svg).toContain('Complaints &lt;&amp; inquiry&gt;');
    expect(svg).not.toContain('<& inquiry>');
    expect(svg).toContain('aria-label="Timeline (en)"');
  });
  it('writes no style attribute and no style element (the CSP forbids them)', () => {
    expect(svg).not.toMatch(/\sstyle=|<style/);
  });
  it('makes each event a link to its list item, named by date, title, kind and lane', () => {
    const links = [...svg.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!);
    expect(links).toHaveLength(sample.length);
    expect(links.find((a) => a.includes('data-id="fine-gb"'))).toMatch(
      /href="#fine-gb" id="tl-fine-gb" .*aria-label="23 May 2022 — UK: £7\.5 million \(&lt;fine&gt;, &lt;uk&gt;\)"/,
    );
  });
  it('gives element ids to the main view only, so that era views can repeat its events', () => {
    const era = renderTimelineSvg(layoutTimeline(sample, { lang: 'en', eraNames: eraNames('en') }), strings('en'), { focus: 'revelation' });
    expect(era).not.toMatch(/\sid=/);
    expect(era).toContain('data-focus="revelation"');
  });
  it('hides the scenery from assistive technology, not the events', () => {
    expect(svg).toMatch(/<g class="tl-bg" aria-hidden="true">/);
    expect(svg).toMatch(/<g class="tl-events">/);
  });
});

describe('normalizeSvg', () => {
  it('rounds numbers and renumbers generated ids with their references', () => {
    expect(normalizeSvg('<g id="clip-83" x="1.234567"><use href="#clip-83"/></g><a id="tl-x"/>')).toBe(
      '<g id="id0" x="1.2">\n<use href="#id0"/>\n</g>\n<a id="tl-x"/>\n',
    );
  });
});
