/**
 * The built accessibility statement: its page count is the built sitemap's,
 * it prints the data's versions and results in both languages, and every
 * page of each language links to it from the footer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';
import { pageSegments } from '../../src/i18n/routes';
import data from '../../src/data/accessibility.json';
import { statementProblems, type StatementData } from '../../src/lib/accessibility-statement';

const statement = data as StatementData;
const dist = requireBuild(DIST);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

function sitemapPages(): number {
  const files = locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).map((u) => new URL(u).pathname.split('/').pop()!);
  return new Set(files.flatMap((f) => locs(readFileSync(join(dist, f), 'utf8')))).size;
}

describe('the built accessibility statement', () => {
  it('counts the pages of the built sitemap', () => {
    expect(statementProblems(statement, { sitemapPages: sitemapPages() })).toEqual([]);
  });

  for (const lang of ['fr', 'en'] as const) {
    const path = `/${lang}/${pageSegments.accessibility[lang]}/`;
    it(`${path} prints every checker's version and result from the data`, () => {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      for (const tool of statement.tools) {
        const row = new RegExp(`<li data-tool="${tool.id}"[^>]*>(.*?)</li>`, 's').exec(html)?.[1];
        expect(row, `${path}: the row of ${tool.id}`).toBeDefined();
        expect(row).toMatch(new RegExp(`data-version[^>]*>${tool.version.replace(/\./g, '\\.')}<`));
        expect(row).toContain(`data-result="${tool.kind === 'benchmark' ? 'benchmark' : tool.enforcedBy ? 'enforced' : 'pending'}"`);
      }
      expect(html).toContain(statement.chromium);
      expect(html).toContain(String(statement.sitemapPages + 1));
    });

    it(`every /${lang}/ page links to ${path} from its footer`, () => {
      const pages = (htmlFiles(dist) as string[]).filter((f) => f.startsWith(join(dist, lang) + '/') || f.startsWith(`${lang}/`));
      expect(pages.length).toBeGreaterThan(10);
      const missing = pages.filter((f) => {
        const html = readFileSync(f.startsWith(dist) ? f : join(dist, f), 'utf8');
        const footer = /<footer[^>]*>([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
        return !footer.includes(`href="${path}"`);
      });
      expect(missing).toEqual([]);
    });
  }
});
