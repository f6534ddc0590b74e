/**
 * The crawl figure's build-time geometry (src/lib/crawl/layout.ts) and the
 * explorable's words (src/i18n/<locale>/crawl.json): every page gets one row
 * inside its site's panel and inside the viewBox, panels never overlap, and
 * the French strings keep their typography.
 */
import { describe, expect, it } from 'vitest';
import { layoutWeb } from '../../src/lib/crawl/layout';
import { pageLabel } from '../../src/lib/crawl/web';
import { crawlWeb, words } from '../support/explorables';

const WEB = crawlWeb('en');
const STRINGS = { fr: words('crawl', 'fr'), en: words('crawl', 'en') };

describe('layoutWeb', () => {
  const g = layoutWeb(WEB);
  it('stacks the sites in the column each one names, in the web’s order', () => {
    expect(g.panels.map((p) => [p.site, p.x > 8 ? 1 : 0])).toEqual([['chirp', 0], ['blog', 0], ['news', 1], ['snap', 1]]);
  });
  it('places every page once, in its own site’s panel', () => {
    const urls = g.panels.flatMap((p) => p.rows.map((r) => r.url));
    expect([...urls].sort()).toEqual([...WEB.order].sort());
    for (const p of g.panels) for (const r of p.rows) expect(WEB.pages[r.url]!.site).toBe(p.site);
  });
  it('keeps rows inside their panel and panels inside the viewBox, without overlap', () => {
    for (const p of g.panels) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.w).toBeLessThanOrEqual(g.width);
      expect(p.y + p.h).toBeLessThanOrEqual(g.height);
      for (const r of p.rows) expect(r.y).toBeGreaterThan(p.y + 30), expect(r.y).toBeLessThan(p.y + p.h);
      // Room for the path label (about 6 px a character at 11 px, measured in Chromium) and the faces.
      for (const r of p.rows) expect(25 + r.path.length * 6 + r.people.length * g.avatarStep + 10, r.url).toBeLessThanOrEqual(p.w);
    }
    for (const a of g.panels) for (const b of g.panels) {
      if (a === b) continue;
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart, `${a.site} / ${b.site}`).toBe(true);
    }
  });
});

describe('strings', () => {
  it('have the same keys in both languages', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(STRINGS.fr)).toEqual(keys(STRINGS.en));
  });
  it('put a no-break space before French : ; ? ! and never a plain one', () => {
    const all = JSON.stringify(STRINGS.fr);
    expect(all).not.toMatch(/ [:;?!]/);
    expect(all).toMatch(/\u00a0:/);
  });
  it('name a page by its title and site', () => {
    expect(pageLabel(crawlWeb('fr'), 'valley-news.example/2025/market')).toBe('Le marché rouvre (Valley Courier)');
    expect(pageLabel(WEB, 'valley-news.example/2025/market')).toBe('The market reopens (Valley Courier)');
  });
});
