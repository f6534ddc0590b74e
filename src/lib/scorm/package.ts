/**
 * The files of a chapter's SCORM 1.2 package, from its built launch page:
 * pure (no Node, no DOM), so that the build (scripts/scorm-packages.mjs) and,
 * next, the module builder in the browser assemble packages the same way.
 * Zipping is a separate step, zipPackage().
 *
 * What it does to the launch page, and why:
 * - every reference to one of the site's own files (`/_astro/x.js`,
 *   `/theme.js`, `url(/_astro/font.woff2)` in the inline CSS, under the base
 *   path too) becomes a package-relative path, and the file goes in the
 *   package: the page must make no request outside it once unpacked in an LMS;
 * - the same for the transitive closure of its scripts' references (static
 *   and dynamic imports, `new URL('…', import.meta.url)` workers) and of
 *   stylesheets' url()s;
 * - links: a link to a page whose anchors the launch page carries (the live
 *   chapter, the glossary, listed in `mirrored`) whose fragment is in the page
 *   becomes that fragment; every other link to the site becomes an absolute
 *   URL of the live site, and it and every link to another origin open in a
 *   new tab (`target="_blank" rel="noopener"`), since leaving the LMS's frame
 *   is a dead end for a student.
 *
 * @example
 *   const files = packageFiles({ html, base: '/', site: 'https://visage-public.org', page: '/fr/rgpd/', mirrored: ['/fr/rgpd/'],
 *     read: (p) => dist[p], manifest: { identifier: 'visage-public.fr.gdpr', lang: 'fr', … }, schemas })
 *   // { 'index.html': Uint8Array, 'imsmanifest.xml': …, 'theme.js': …, '_astro/Quiz….js': …, 'ims_xml.xsd': … }
 *   const zip = zipPackage(files, new Date(2026, 0, 12, 12)) // same files, same bytes
 */
import { zipSync, type Zippable } from 'fflate';
import { manifestXml, SCORM12_SCHEMAS, type ManifestInput } from './manifest';

export interface PackageSource {
  /** The launch page as the build wrote it (stylesheets inline). */
  html: string;
  /** The site's base path, with both slashes: `/` or `/visage-public/`. */
  base: string;
  /** The live site's origin, for absolute links: `https://visage-public.org`. */
  site: string;
  /** Base-prefixed path of the live page the launch page copies (`/fr/rgpd/`): relative links in its text resolve against it. */
  page: string;
  /** Base-prefixed paths of the pages whose anchors the launch page carries (`/fr/rgpd/`, `/fr/glossaire/`). */
  mirrored: readonly string[];
  /** A built file by its path under the base (`_astro/x.js`, `theme.js`), or undefined when there is none. */
  read: (path: string) => Uint8Array | undefined;
  /** The manifest's metadata; its file list is the package's. */
  manifest: Omit<ManifestInput, 'files'>;
  /** The four SCORM 1.2 schemas by file name (src/lib/scorm/xsd/). */
  schemas: Readonly<Record<string, Uint8Array>>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Files a script or stylesheet may name: anything else in a string literal is not followed. */
const ASSET = /\.(?:m?js|css|json|wasm|woff2?|ttf|otf|svg|png|jpe?g|webp|avif|gif|ico)$/;

/** `a/b/../c` → `a/c`; undefined when it climbs out of the site. */
function normalise(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** `_astro/a.js` seen from `_astro/b.js` → `./a.js`; from index.html (dir '') → `_astro/a.js`. */
function relative(from: string, to: string): string {
  const a = dirOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  const rest = b.slice(i).join('/');
  return up ? `${'../'.repeat(up)}${rest}` : from.includes('/') ? `./${rest}` : rest;
}

/** The ids of the page's elements (`id="x"`). */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * The launch page's links as the package needs them (see the header).
 *
 * @example rewriteLinks('<a href="/fr/glossaire/#term-x">', { base: '/', site: 'https://s.org', page: '/fr/rgpd/', mirrored: ['/fr/glossaire/'], ids: new Set(['term-x']) })
 *   // '<a href="#term-x">'
 */
export function rewriteLinks(html: string, o: { base: string; site: string; page: string; mirrored: readonly string[]; ids: ReadonlySet<string> }): string {
  return html.replace(/<a\s[^>]*>/g, (tag) => {
    const m = /\shref="([^"]*)"/.exec(tag);
    if (!m) return tag;
    let href = m[1]!.replace(/&amp;/g, '&');
    if (href.startsWith('#') || /^(mailto|tel):/i.test(href)) return tag;
    // A relative link in a chapter's MDX (`../chronologie/#x`) is relative to the chapter's own page.
    if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('/')) {
      const u = new URL(href, `https://site.invalid${o.page}`);
      href = u.pathname + u.search + u.hash;
    }
    const hash = href.indexOf('#');
    const path = hash < 0 ? href : href.slice(0, hash);
    const fragment = hash < 0 ? '' : href.slice(hash + 1);
    let out: string;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) out = href;
    else {
      if (fragment && o.mirrored.includes(path) && o.ids.has(decodeURIComponent(fragment))) return tag.replace(m[0], ` href="#${fragment}"`);
      out = new URL(href, o.site).href;
    }
    let rewritten = tag.replace(m[0], ` href="${out.replace(/&/g, '&amp;')}"`);
    if (/\starget="/.test(rewritten)) return rewritten;
    const rel = /\srel="([^"]*)"/.exec(rewritten);
    if (rel) rewritten = rewritten.replace(rel[0], ` rel="${rel[1]!.split(/\s+/).includes('noopener') ? rel[1] : `${rel[1]} noopener`.trim()}"`);
    return rewritten.replace(/\s*\/?>$/, (end) => ` target="_blank"${rel ? '' : ' rel="noopener"'}${end}`);
  });
}

/**
 * The package's files, by package path: index.html, imsmanifest.xml, the
 * four schemas, and every site file the page reaches. Throws when the page
 * names a site file that `read` does not have (the package would be broken).
 */
export function packageFiles(src: PackageSource): Record<string, Uint8Array> {
  const { base } = src;
  const files: Record<string, Uint8Array> = {};
  const queue: string[] = [];
  const want = (path: string, from: string) => {
    if (path in files || queue.includes(path)) return true;
    if (!src.read(path)) throw new Error(`${from} names ${path}, which the build did not write`);
    queue.push(path);
    return true;
  };
  // A site-absolute reference (`/visage-public/_astro/x.js`) → its path under the base, or undefined.
  const underBase = (ref: string) => (ref.startsWith(base) && !ref.startsWith('//') ? normalise(ref.slice(base.length)) : undefined);

  let html = rewriteLinks(src.html, { base, site: src.site, page: src.page, mirrored: src.mirrored, ids: idsOf(src.html) });
  // Attribute values and CSS url()s naming one of the site's files (not pages: those end in '/').
  html = html.replace(/(=")([^"]*)(")|(url\(\s*["']?)([^"')\s]+)(["']?\s*\))/g, (all, a1, v1, a3, u1, v2, u3) => {
    const ref = (v1 ?? v2) as string;
    const path = underBase(ref.split(/[?#]/)[0]!);
    if (!path || !ASSET.test(path)) return all;
    want(path, 'index.html');
    return v1 !== undefined ? `${a1}${path}${a3}` : `${u1}${path}${u3}`;
  });
  files['index.html'] = encoder.encode(html);

  while (queue.length) {
    const path = queue.shift()!;
    const bytes = src.read(path)!;
    if (/\.(?:m?js|css)$/.test(path)) {
      let text = decoder.decode(bytes);
      const isCss = path.endsWith('.css');
      const pattern = isCss ? /url\(\s*(["']?)([^"')\s]+)\1\s*\)/g : /(["'`])([^"'`\s\\]+)\1/g;
      text = text.replace(pattern, (all, q: string, ref: string) => {
        const clean = ref.split(/[?#]/)[0]!;
        if (!ASSET.test(clean) || /^[a-z][a-z0-9+.-]*:/i.test(clean)) return all;
        const absolute = underBase(clean);
        if (absolute !== undefined) {
          want(absolute, path);
          const rel = relative(path, absolute);
          return isCss ? `url(${q}${rel}${q})` : `${q}${rel}${q}`;
        }
        if (clean.startsWith('/')) return all;
        // A relative name (`./chunk.js`, `worker.js` for new URL(…, import.meta.url)): follow it when the build has it.
        const target = normalise(dirOf(path) + clean);
        if (target !== undefined && src.read(target)) want(target, path);
        return all;
      });
      files[path] = encoder.encode(text);
    } else files[path] = bytes;
  }

  for (const name of SCORM12_SCHEMAS) {
    const xsd = src.schemas[name];
    if (!xsd) throw new Error(`schema ${name} missing`);
    files[name] = xsd;
  }
  files['imsmanifest.xml'] = encoder.encode(
    manifestXml({ ...src.manifest, files: Object.keys(files).filter((f) => !(SCORM12_SCHEMAS as readonly string[]).includes(f)) }),
  );
  return files;
}

/**
 * The zip of a package's files: entries sorted by path, every one with the
 * same modification time, so that the same files give the same bytes. Pass a
 * Date built from local fields (`new Date(2026, 0, 12, 12)`): a zip stores
 * local date and time, so that reads the same in every time zone.
 */
export function zipPackage(files: Readonly<Record<string, Uint8Array>>, mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const path of Object.keys(files).sort()) entries[path] = [files[path]!, { mtime, level: 9 }];
  return zipSync(entries);
}
