/**
 * The theme picker's promise in the stylesheets themselves: choosing a theme
 * against the system setting gives exactly the palette of that system
 * setting. In every built stylesheet (a file, or a page's inline <style>),
 * each rule for `:root[data-theme=dark] X` has a twin with the same
 * declarations for `:root:not([data-theme=light]) X` inside
 * `@media (prefers-color-scheme: dark)`, and the other way round; and no
 * dark-scheme rule forgets the `:not([data-theme=light])` guard (it would
 * leak into a light theme chosen on a dark system).
 *
 * This is what lets tests/e2e/theme.spec.ts compare palettes rather than run
 * axe again with a chosen theme: with twin rules, a page's palette under
 * data-theme=T on system S is its palette under system T.
 *
 * And the dark scheme changes colours only: its rules set `color-scheme` and
 * colour-valued custom properties, which the stylesheets use only in colour
 * properties; no script reads the scheme (the page HTML mentions it only in
 * <meta name="theme-color" media>). So a page in the dark scheme has the
 * light scheme's DOM, layout and names, and pages.spec.ts / ace.spec.ts check
 * it in the dark with the engines' colour rules alone (their full rule sets
 * run in the light; a test there compares the two schemes once, in full).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  // Files and inline <style> texts (astro.config.mjs inlines the stylesheets), each distinct text once.
  const distinct = [...new Map(allCss().map((c) => [c.css, c.origin.replace(`${DIST}/`, '')])).entries()].map(([css, origin]) => ({ origin, css }));
  it('finds the site stylesheet with both palettes', () => {
    const all = distinct.map((c) => themed(c.css));
    expect(all.some((t) => t.chosen.get(':root')?.includes('--bg:'))).toBe(true);
  });
  it.each(distinct.map((c) => [c.origin, c.css]))('%s: every dark rule has its twin, guarded, with the same declarations', (_origin, css) => {
    const { chosen, system, unguarded } = themed(css);
    expect(unguarded, 'dark-scheme rules without :not([data-theme=light])').toEqual([]);
    expect(Object.fromEntries(system)).toEqual(Object.fromEntries(chosen));
  });
});

/** Every declaration of a rule for the dark scheme, or for a theme chosen by data-theme. */
function themeDeclarations(css: string) {
  const out: { sel: string; prop: string; value: string }[] = [];
  postcss.parse(css).walkRules((r) => {
    if (inMedia(r, PRINT)) return;
    if (!inMedia(r, DARK_MEDIA) && !r.selectors.some((s) => s.includes('data-theme'))) return;
    r.walkDecls((d) => { out.push({ sel: r.selector, prop: d.prop, value: norm(d.value) }); });
  });
  return out;
}

/** A colour value: a hex, a named or system colour, a colour function, or another variable. */
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(.*\)|var\(--[\w-]+\))$/i;
/** Properties whose value is a colour (or holds only colours, like a shadow's). */
const COLOUR_PROPS = /^(color|background(-color)?|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-color)?|outline(-color)?|fill|stroke|stop-color|flood-color|lighting-color|caret-color|accent-color|text-decoration(-color)?|text-emphasis-color|column-rule(-color)?|box-shadow|text-shadow|scrollbar-color|--[\w-]+)$/;

function filesUnder(d: string, ext: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** The site's CSS: its stylesheet files and any <style> element of its pages. */
function allCss(): { origin: string; css: string }[] {
  const out = sheets.map((f) => ({ origin: f, css: readFileSync(join(dir, f), 'utf8') }));
  for (const page of filesUnder(DIST, '.html')) {
    for (const [, css] of readFileSync(page, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) out.push({ origin: page, css: css! });
  }
  return out;
}

describe('the dark scheme changes colours only', () => {
  const css = allCss();
  const themed = css.flatMap(({ origin, css: text }) => themeDeclarations(text).map((d) => ({ origin, ...d })));

  it('sets color-scheme and colour-valued custom properties, nothing else', () => {
    expect(themed.length, 'dark-scheme declarations found').toBeGreaterThan(10);
    const other = themed.filter((d) => !(d.prop === 'color-scheme' || (d.prop.startsWith('--') && COLOUR.test(d.value))));
    expect(other.map((d) => `${d.origin}: ${d.sel} { ${d.prop}: ${d.value} }`)).toEqual([]);
  });

  it('uses those custom properties only in colour properties', () => {
    const vars = new Set(themed.filter((d) => d.prop.startsWith('--')).map((d) => d.prop));
    const misuse: string[] = [];
    let uses = 0;
    for (const { origin, css: text } of css) {
      postcss.parse(text).walkDecls((d) => {
        for (const [, v] of d.value.matchAll(/var\((--[\w-]+)/g)) {
          if (!vars.has(v!)) continue;
          uses++;
          if (!COLOUR_PROPS.test(d.prop)) misuse.push(`${origin}: ${d.prop}: ${d.value}`);
        }
      });
    }
    expect(uses, 'uses of the themed properties').toBeGreaterThan(50);
    expect(misuse).toEqual([]);
  });

  it('is read by no script, and by the HTML only for the browser bar colour', () => {
    const js = filesUnder(DIST, '.js').filter((f) => !f.includes('/pagefind/') && readFileSync(f, 'utf8').includes('prefers-color-scheme'));
    expect(js).toEqual([]);
    const html = filesUnder(DIST, '.html').flatMap((f) => {
      const text = readFileSync(f, 'utf8').replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
      return [...text.matchAll(/<[^>]*prefers-color-scheme[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/^<meta name="theme-color"/.test(tag)).map((tag) => `${f}: ${tag}`);
    });
    expect(html).toEqual([]);
  });

  it('bites: a dark rule that changes a size, or a themed colour used as a width, is found', () => {
    const planted = ':root{--bg:#fff}@media (prefers-color-scheme: dark){:root:not([data-theme=light]){--bg:#000;font-size:20px;--gap:2rem}}.x{border-width:var(--bg)}';
    const d = themeDeclarations(planted);
    expect(d.filter((x) => !(x.prop === 'color-scheme' || (x.prop.startsWith('--') && COLOUR.test(x.value)))).map((x) => x.prop)).toEqual(['font-size', '--gap']);
    let used = '';
    postcss.parse(planted).walkDecls((x) => { if (x.value.includes('var(--bg)') && !COLOUR_PROPS.test(x.prop)) used = x.prop; });
    expect(used).toBe('border-width');
  });
});
