/**
 * Geometry of the crawl figure, computed at build time: one panel per site
 * in two columns (each site's `column`, stacked in the web's order), one
 * row per page (state mark, path, faces as initials).
 * The browser only changes `data-state` attributes; nothing is measured.
 *
 *   const g = layoutWeb(WEB);
 *   g.panels[0].rows[0] // { url: 'chirp.example/', x: 8, y: 40, path: '/', people: [] }
 */
import type { PersonId, SiteId, Web } from './web';

export const WIDTH = 340;
const GAP = 8;
const HEAD = 36;
const ROW = 18;
const COLUMNS = [0, 1];

export interface Row { url: string; x: number; y: number; path: string; people: PersonId[] }
export interface Panel { site: SiteId; host: string; x: number; y: number; w: number; h: number; rows: Row[] }
export interface Layout { width: number; height: number; panels: Panel[]; avatarStep: number }

/** Panels and rows for `web`; `y` of a row is its text baseline's middle. */
export function layoutWeb(web: Web): Layout {
  const w = (WIDTH - GAP * 3) / 2;
  const panels: Panel[] = [];
  let height = 0;
  COLUMNS.forEach((c) => {
    let y = GAP;
    const x = GAP + c * (w + GAP);
    for (const site of web.sites.filter((s) => s.column === c)) {
      const id = site.id;
      const urls = web.order.filter((u) => web.pages[u]!.site === id);
      const rows = urls.map((url, i) => {
        const page = web.pages[url]!;
        const people = [...new Set(page.images.flatMap((im) => im.people))];
        return { url, x, y: y + HEAD + ROW * i + ROW / 2, path: page.path, people };
      });
      const h = HEAD + ROW * urls.length + 6;
      panels.push({ site: id, host: site.host, x, y, w, h, rows });
      y += h + GAP;
    }
    height = Math.max(height, y);
  });
  return { width: WIDTH, height, panels, avatarStep: 12.5 };
}
