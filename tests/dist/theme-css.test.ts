/**
 * The theme picker's promise in the stylesheets themselves: choosing a theme
 * against the system setting gives exactly the palette of that system
 * setting. In every built stylesheet, each rule for `:root[data-theme=dark] X`
 * has a twin with the same declarations for `:root:not([data-theme=light]) X`
 * inside `@media (prefers-color-scheme: dark)`, and the other way round; and
 * no dark-scheme rule forgets the `:not([data-theme=light])` guard (it would
 * leak into a light theme chosen on a dark system).
 *
 * This is what lets tests/e2e/theme.spec.ts run axe on one page per template
 * with a chosen theme (pages.spec.ts runs it on every page in both system
 * schemes): with twin rules, a page's palette under data-theme=T on system S
 * is its palette under system T.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule, type Node, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../support/dist';

const dir = join(requireBuild(DIST), '_astro');
const sheets = readdirSync(dir).filter((f) => f.endsWith('.css'));

const norm = (s: string) => s.replace(/["']/g, '').replace(/\s+/g, ' ').trim();
const decls = (r: Rule) => r.nodes.filter((n) => n.type === 'decl').map((d) => `${d.prop}:${norm(d.value)}${d.important ? '!important' : ''}`).join(';');
const inMedia = (r: Rule, pattern: RegExp) => {
  for (let p: Node | undefined = r.parent as Node | undefined; p; p = p.parent as Node | undefined) {
    if (p.type === 'atrule' && pattern.test(norm((p as AtRule).params))) return true;
  }
  return false;
};
const DARK_MEDIA = /prefers-color-scheme: ?dark/;
const PRINT = /print/;

/** Selector lists split, then each selector keyed by what it styles once the theme condition is removed. */
function themed(css: string) {
  const chosen = new Map<string, string>(); // :root[data-theme=dark] X → declarations
  const system = new Map<string, string>(); // :root:not([data-theme=light]) X in the dark media query → declarations
  const unguarded: string[] = [];
  postcss.parse(css).walkRules((r) => {
    if (inMedia(r, PRINT)) return;
    const dark = inMedia(r, DARK_MEDIA);
    for (const sel of r.selectors.map(norm)) {
      if (!dark && sel.includes('[data-theme=dark]')) chosen.set(sel.replace(':root[data-theme=dark]', ':root'), decls(r));
      else if (dark && sel.includes(':not([data-theme=light])')) system.set(sel.replace(':root:not([data-theme=light])', ':root'), decls(r));
      else if (dark) unguarded.push(sel);
    }
  });
  return { chosen, system, unguarded };
}

describe('chosen themes equal system themes in every stylesheet', () => {
  it('finds the site stylesheet with both palettes', () => {
    const all = sheets.map((f) => themed(readFileSync(join(dir, f), 'utf8')));
    expect(all.some((t) => t.chosen.get(':root')?.includes('--bg:'))).toBe(true);
  });
  it.each(sheets)('%s: every dark rule has its twin, guarded, with the same declarations', (file) => {
    const { chosen, system, unguarded } = themed(readFileSync(join(dir, file), 'utf8'));
    expect(unguarded, 'dark-scheme rules without :not([data-theme=light])').toEqual([]);
    expect(Object.fromEntries(system)).toEqual(Object.fromEntries(chosen));
  });
});
