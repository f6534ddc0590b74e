/**
 * What each built page costs a reader: gzip bytes of its HTML, of its CSS
 * (the stylesheets it links and the <style> elements Astro inlines into it),
 * and of the JavaScript it loads (script src, module scripts and the chunks
 * they import statically). Shared by `npm run size` and the budget tests, so
 * the report and the assertion measure the same thing.
 *
 * `html` is the whole file as sent, inlined styles included; `css` counts
 * those styles again, on their own, so a CSS budget holds whether a
 * stylesheet is a file or inline (astro.config.mjs, build.inlineStylesheets),
 * and `cssInline` says how much of `css` is inside the HTML.
 *
 * @example
 *   const rows = measureSite('dist'); // [{ page: '/fr/', html: 6080, css: 2560, cssInline: 2560, js: 760 }, …]
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, dirname, posix } from 'node:path';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function htmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Site path of a built file: dist/fr/index.html → /fr/ (without the base). */
export function pagePath(dist, file) {
  const rel = relative(dist, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function resolveAsset(dist, base, pageFile, ref) {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return undefined; // another origin: not ours to weigh
  let p;
  if (ref.startsWith('/')) {
    const b = base.replace(/\/$/, '');
    p = ref.startsWith(`${b}/`) ? ref.slice(b.length) : ref;
    p = join(dist, p);
  } else {
    p = join(dirname(pageFile), ref);
  }
  p = p.split('?')[0].split('#')[0];
  return existsSync(p) ? p : undefined;
}

function jsClosure(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:import|export)\s*(?:[^'"`;]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    const dep = posix.normalize(posix.join(posix.dirname(file.split('\\').join('/')), m[1]));
    if (existsSync(dep)) jsClosure(dep, seen);
  }
}

/** Weighs one built HTML page. */
export function measurePage(dist, file, base = '/') {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css = new Set();
  const js = new Set();
  const external = [];
  const isExternal = (ref) => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//');
  for (const m of text.matchAll(/<link\b[^>]*>/g)) {
    if (!/rel="?stylesheet/.test(m[0])) continue;
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href && isExternal(href)) external.push(href);
    const p = href && resolveAsset(dist, base, file, href);
    if (p) css.add(p);
  }
  for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    if (isExternal(m[1])) external.push(m[1]);
    const p = resolveAsset(dist, base, file, m[1]);
    if (p) jsClosure(p, js);
  }
  const inlineJs = [...text.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]).join('');
  const inlineCss = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const cssInline = inlineCss ? gz(Buffer.from(inlineCss)) : 0;
  const sum = (set) => [...set].reduce((n, p) => n + gz(readFileSync(p)), 0);
  return {
    page: pagePath(dist, file),
    html: gz(html),
    css: sum(css) + cssInline,
    cssInline,
    js: sum(js) + (inlineJs ? gz(Buffer.from(inlineJs)) : 0),
    cssFiles: [...css].map((p) => relative(dist, p)),
    jsFiles: [...js].map((p) => relative(dist, p)),
    /** Scripts and stylesheets from another origin: there should be none. */
    external,
  };
}

export function measureSite(dist = 'dist', base = '/') {
  return htmlFiles(dist).map((f) => measurePage(dist, f, base));
}
