/**
 * An Astro integration that writes <outDir>/sw.js after the build
 * (`astro:build:done`, registered after pagefindIndex so it sees every file):
 * a hand-written service worker, no Workbox, that keeps the site readable
 * offline after a first visit (issue 7).
 *
 *   integrations: [..., pagefindIndex(), offlineServiceWorker()]
 *
 * What the worker does (its code is `serviceWorker` below plus the pure
 * functions of scripts/lib/sw-manifest.mjs, copied in as text):
 * - install: saves every page in both languages, the CSS and JS, the icon
 *   and theme.js into one cache named after the build's version (a hash of
 *   all those files). A file unchanged since the previous version is copied
 *   from the old cache rather than downloaded again. Then skipWaiting():
 *   pages are static and self-contained, so the new version may take over
 *   open tabs at once; the worst case is a tab reading the old text until
 *   its next navigation.
 * - activate: deletes the previous versions' caches, then clients.claim(),
 *   so the very first visit is controlled without a reload.
 * - fetch: GET requests to this origin inside the base path only; every
 *   other request (another origin, a POST) is left to the browser and
 *   never cached. Pages are network-first, so a reader online always gets
 *   the newest build, falling back to the saved copy when the network fails
 *   or takes more than NAV_TIMEOUT (a school's overloaded Wi-Fi), and to the
 *   offline page of the reader's language when the page was never saved.
 *   Other files are cache-first (the cache holds one build, so they match
 *   its pages); a file not saved up front (search index, downloads) is kept
 *   once fetched, in the same versioned cache.
 *
 * A new build changes sw.js byte for byte (its version and manifest), the
 * browser notices on the next navigation and installs it: the site updates
 * itself.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { offlineSegments } from '../src/i18n/routes.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { buildManifest, CACHE_PREFIX, isPrecached, RUNTIME } from './lib/sw-manifest.mjs';

/** Every file under dir, as paths relative to it with "/". */
function walk(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? walk(p, root) : [relative(root, p).split(sep).join('/')];
  });
}

/* eslint-disable no-restricted-globals */
/**
 * The worker itself; runs in the browser, with the pure functions of
 * sw-manifest.mjs declared beside it. `C` is the build's configuration.
 */
function serviceWorker(C) {
  const CACHE = C.prefix + C.version;
  const NAV_TIMEOUT = 4000;
  const urls = C.entries.map((e) => e[0]);

  async function previous() {
    for (const name of staleCaches(await caches.keys(), CACHE, C.prefix)) {
      const cache = await caches.open(name);
      const res = await cache.match(C.manifestKey);
      if (res) return { cache, entries: await res.json() };
    }
    return { cache: null, entries: [] };
  }

  async function save(cache, url) {
    const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!res.ok) throw new Error(`sw.js: ${url} answered ${res.status}`);
    // A redirected response cannot answer a navigation: keep its body only.
    const clean = res.redirected ? new Response(await res.blob(), { status: res.status, headers: res.headers }) : res;
    await cache.put(url, clean);
  }

  self.addEventListener('install', (event) => {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      const prev = await previous();
      const fresh = new Set(toDownload(C.entries, prev.entries).map((e) => e[0]));
      await Promise.all(urls.map(async (url) => {
        const old = !fresh.has(url) && prev.cache && (await prev.cache.match(url));
        return old ? cache.put(url, old) : save(cache, url);
      }));
      // Written last: its presence means the copy is complete (the offline page's status line reads it).
      await cache.put(C.manifestKey, new Response(JSON.stringify(C.entries), { headers: { 'Content-Type': 'application/json' } }));
      await self.skipWaiting();
    })());
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
      await Promise.all(staleCaches(await caches.keys(), CACHE, C.prefix).map((k) => caches.delete(k)));
      await self.clients.claim();
    })());
  });

  async function page(request) {
    const cache = await caches.open(CACHE);
    const path = new URL(request.url).pathname;
    let saved;
    for (const key of pageKeys(path)) {
      saved = await cache.match(key, { ignoreSearch: true, ignoreVary: true });
      if (saved) break;
    }
    const network = fetch(request);
    if (!saved) {
      return network.catch(async () => (await cache.match(C.offline[offlineLang(path, C.base, Object.keys(C.offline))])) || Response.error());
    }
    return Promise.race([
      network.catch(() => saved),
      new Promise((resolve) => setTimeout(() => resolve(saved), NAV_TIMEOUT)),
    ]);
  }

  async function asset(request) {
    const cache = await caches.open(CACHE);
    const saved = await cache.match(request, { ignoreVary: true });
    if (saved) return saved;
    const res = await fetch(request);
    if (res.ok && res.type === 'basic') await cache.put(request, res.clone());
    return res;
  }

  self.addEventListener('fetch', (event) => {
    const r = event.request;
    if (!mayHandle(r.method, r.url, self.location.origin, C.base)) return;
    event.respondWith(r.mode === 'navigate' ? page(r) : asset(r));
  });
}

/**
 * The text of sw.js for a manifest. Deterministic: the same build gives the
 * same bytes, so the browser reinstalls only when something changed.
 */
export function swSource(manifest, base) {
  const config = {
    version: manifest.version,
    prefix: CACHE_PREFIX,
    base,
    manifestKey: `${base}offline-manifest.json`,
    // The default language first: offlineLang falls back to it.
    offline: Object.fromEntries(LOCALES.map((l) => [l, `${base}${l}/${offlineSegments[l]}/`])),
    entries: manifest.entries.map((e) => [e.url, e.revision]),
  };
  return [
    `/* Visage public · Public Face — offline copy, version ${manifest.version}.`,
    ' * Generated at build time by scripts/offline-sw.mjs; do not edit. */',
    "'use strict';",
    ...RUNTIME.map((fn) => fn.toString()),
    `(${serviceWorker.toString()})(${JSON.stringify(config, null, 1)});`,
    '',
  ].join('\n');
}

/** @returns {import('astro').AstroIntegration} */
export default function offlineServiceWorker() {
  let base = '/';
  return {
    name: 'visage-public:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const files = walk(outDir).map((file) => ({ file, content: readFileSync(join(outDir, file)) }));
        const manifest = buildManifest(files, base);
        writeFileSync(join(outDir, 'sw.js'), swSource(manifest, base));
        // What a first visit downloads, on a host that compresses text.
        const gz = files.filter((f) => isPrecached(f.file)).reduce((s, f) => s + gzipSync(f.content).length, 0);
        logger.info(`sw.js ${manifest.version}: ${manifest.entries.length} files saved on a first visit, ${(manifest.bytes / 1024).toFixed(0)} KB (${(gz / 1024).toFixed(0)} KB gzip)`);
      },
    },
  };
}
