/**
 * The offline copy's logic, kept pure so that Vitest can test it
 * (tests/unit/sw-manifest.test.ts) and scripts/offline-sw.mjs can write it
 * into <outDir>/sw.js.
 *
 * Two halves:
 * - build time (Node): which built files are saved on a first visit
 *   (`isPrecached`), the site URL of each (`urlOf`), and one version from
 *   the content hash of them all (`buildManifest`), so that a new build with
 *   any changed byte yields a new sw.js, which the browser installs;
 * - run time (the service worker): `RUNTIME` functions have no import and no
 *   closure, because sw.js carries their source text (`fn.toString()`), so
 *   the worker runs exactly the code the unit tests run.
 *
 *   const m = buildManifest([{ file: 'fr/index.html', content }], '/');
 *   m.version    // 'a1b2c3d4e5f6' (12 hex digits)
 *   m.entries    // [{ url: '/fr/', revision: '…', bytes: 1234 }]
 */
import { createHash } from 'node:crypto';

/** Cache names start with this; `activate` deletes other versions' caches, never another app's. */
export const CACHE_PREFIX = 'vp-offline-';

/** Site-root files saved for offline reading besides pages and _astro/ (the colour scheme script, the icon). */
const ROOT_ASSET = /^[^/]+\.(js|css|svg|ico|png|woff2|webmanifest)$/;

/**
 * Whether a built file (path relative to outDir, with "/") is saved on the
 * first visit. Every page in both languages, the bundled CSS and JS, the
 * root assets, the module builder's GIFT pieces (downloads/builder/). Not
 * saved up front, but kept once used (`asset` in sw.js):
 * the search index (pagefind/, ~870 KB, already compressed), downloads/
 * (teachers' exports), Open Graph images, feeds, the face lab's models
 * (models/, 6.7 MB that only a reader who starts the lab downloads; checked
 * first, so that no later rule for .json or .bin files can pull them in),
 * and the live lab's own chunks (_astro/facelab-*: face-api with
 * TensorFlow.js, ~1.3 MB, and the gallery worker), which the lab page
 * imports only when the reader presses its start button.
 * Never: the 404 page (the offline page replaces it), sw.js itself, host
 * files (_headers, sitemaps).
 *
 * @example isPrecached('fr/rgpd/index.html') // true
 * @example isPrecached('pagefind/pagefind.js') // false
 * @example isPrecached('models/face-api/1.7.15/face_recognition_model.bin') // false
 * @example isPrecached('_astro/facelab-lab.Bx1.js') // false
 */
export function isPrecached(file) {
  if (file.startsWith('models/')) return false;
  if (file.startsWith('_astro/facelab-')) return false;
  if (file === 'sw.js' || file === '404.html') return false;
  if (file.endsWith('.html')) return true;
  if (file.startsWith('_astro/')) return true;
  // The module builder's GIFT pieces: part of that page, in a file of their own.
  if (file.startsWith('downloads/builder/')) return true;
  return ROOT_ASSET.test(file);
}

/**
 * The URL a built file is requested at: a page at its directory address
 * (trailing slash, as every internal link writes it), anything else as is.
 *
 * @example urlOf('fr/rgpd/index.html', '/visage-public/') // '/visage-public/fr/rgpd/'
 * @example urlOf('index.html', '/') // '/'
 */
export function urlOf(file, base) {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (file === 'index.html') return b;
  if (file.endsWith('/index.html')) return b + file.slice(0, -'index.html'.length);
  return b + file;
}

/** A short content hash (hex). */
export function hash(content, length = 16) {
  return createHash('sha256').update(content).digest('hex').slice(0, length);
}

/**
 * The precache manifest of a build: one entry per saved file (its URL, the
 * hash of its bytes, its size), sorted by URL, and a version that is the
 * hash of every entry — any changed file, added or removed page changes it.
 *
 * @param {{ file: string, content: Buffer | string }[]} files every built file (relative paths)
 * @param {string} base the site's base path ("/" or "/visage-public/")
 */
export function buildManifest(files, base) {
  const entries = files
    .filter((f) => isPrecached(f.file))
    .map((f) => ({ url: urlOf(f.file, base), revision: hash(f.content), bytes: Buffer.byteLength(f.content) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = hash(entries.map((e) => `${e.url} ${e.revision}`).join('\n'), 12);
  return { version, entries, bytes: entries.reduce((s, e) => s + e.bytes, 0) };
}

// ---------------------------------------------------------------------------
// Run time: each function below is copied into sw.js as source text. No
// imports, no outer variables, ES2017 at most.

/**
 * Whether the service worker may answer (and cache) a request: GET only,
 * this origin only, inside the site's base path only. Anything else goes to
 * the network untouched and is never cached.
 *
 * @example mayHandle('GET', 'https://a.org/fr/', 'https://a.org', '/') // true
 * @example mayHandle('GET', 'https://b.org/x.js', 'https://a.org', '/') // false
 */
export function mayHandle(method, url, origin, base) {
  if (method !== 'GET') return false;
  let u;
  try { u = new URL(url); } catch (e) { return false; }
  return u.origin === origin && u.pathname.indexOf(base) === 0;
}

/**
 * The language of an address under the base, as src/i18n/routes.ts
 * langFromUrl: the first segment when it is one of `langs`, else the first
 * of `langs` (the default language: the bilingual landing page included),
 * so an offline reader gets the offline page in the language they were
 * reading.
 *
 * @example offlineLang('/visage-public/en/gdpr/', '/visage-public/', ['fr', 'en']) // 'en'
 */
export function offlineLang(pathname, base, langs) {
  const first = pathname.slice(base.length).split('/')[0];
  return langs.indexOf(first) === -1 ? langs[0] : first;
}

/**
 * The cache keys to try for a page address: the address, and the
 * directory form when a reader typed it without its trailing slash (a
 * static host would redirect; offline, nothing can).
 *
 * @example pageKeys('/fr/rgpd') // ['/fr/rgpd', '/fr/rgpd/']
 */
export function pageKeys(pathname) {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last && last.indexOf('.') === -1 ? [pathname, `${pathname}/`] : [pathname];
}

/**
 * The caches a newly active version deletes: this site's caches of other
 * versions. Caches with another prefix belong to nobody we know and stay.
 *
 * @example staleCaches(['vp-offline-a', 'vp-offline-b', 'other'], 'vp-offline-b', 'vp-offline-') // ['vp-offline-a']
 */
export function staleCaches(keys, current, prefix) {
  return keys.filter((k) => k.indexOf(prefix) === 0 && k !== current);
}

/**
 * For an update: the entries the new version must download, given the
 * previous version's manifest. An unchanged file (same URL, same revision)
 * is copied from the old cache instead, so a one-page correction costs one
 * page, not the whole site, on every device of a class.
 *
 * @example toDownload([['/a', '1'], ['/b', '2']], [['/a', '1'], ['/b', '0']]) // [['/b', '2']]
 */
export function toDownload(entries, previous) {
  const old = {};
  for (const e of previous || []) old[e[0]] = e[1];
  return entries.filter((e) => old[e[0]] !== e[1]);
}

/** The run-time functions, in the order sw.js declares them. */
export const RUNTIME = [mayHandle, offlineLang, pageKeys, staleCaches, toDownload];
