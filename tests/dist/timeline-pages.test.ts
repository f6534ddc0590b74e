/** The built timeline pages: listed in course.json, linked from every page's navigation, every event id present. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';
import { loadContent } from '../../src/lib/content-check';
import { timelineSegments } from '../../src/i18n/routes';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const ids = [...loadContent('content', []).events.keys()];

describe('the timeline pages', () => {
  it('are listed in /downloads/course.json as absolute URLs of built pages', () => {
    const course = JSON.parse(read('downloads/course.json')) as { pages: { timeline?: Record<'fr' | 'en', string> } };
    for (const lang of ['fr', 'en'] as const) {
      const url = new URL(course.pages.timeline![lang]);
      expect(url.pathname).toBe(`/${lang}/${timelineSegments[lang]}/`);
      expect(() => read(`${url.pathname}index.html`)).not.toThrow();
    }
  });
  it('are in the main navigation of every page of their language, marked current on themselves', () => {
    for (const file of htmlFiles(dist)) {
      const path = pagePath(dist, file);
      const lang = path.startsWith('/fr/') ? 'fr' : path.startsWith('/en/') ? 'en' : undefined;
      if (!lang || path.endsWith('404.html')) continue;
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
      const target = `/${lang}/${timelineSegments[lang]}/`;
      expect(nav, path).toContain(`href="${target}"`);
      if (path === target) expect(nav).toMatch(new RegExp(`href="${target}" aria-current="page"`));
    }
  });
  it.each(['fr', 'en'] as const)('hold every event id as an element id (%s), and a chart link to it', (lang) => {
    const html = read(`${lang}/${timelineSegments[lang]}/index.html`);
    for (const id of ids) {
      expect(html, id).toContain(`<li id="${id}"`);
      expect(html, id).toContain(`href="#${id}" id="tl-${id}"`);
    }
  });
  it.each(['fr', 'en'] as const)('carry no style attribute (%s)', (lang) => {
    expect(read(`${lang}/${timelineSegments[lang]}/index.html`)).not.toMatch(/\sstyle="/);
  });
});
