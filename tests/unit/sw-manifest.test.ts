/**
 * The offline copy's pure logic (scripts/lib/sw-manifest.mjs): which files
 * a first visit saves, the version that makes a new build install itself,
 * the requests the worker may touch, the offline page's language, and which
 * caches an update deletes. The same functions run inside sw.js (copied in
 * as text), so the generated worker is checked too: it parses and carries
 * them.
 */
import { describe, expect, it } from 'vitest';
import {
  buildManifest, CACHE_PREFIX, isPrecached, mayHandle, offlineLang, pageKeys, RUNTIME, staleCaches, toDownload, urlOf,
} from '../../scripts/lib/sw-manifest.mjs';
import { swSource } from '../../scripts/offline-sw.mjs';
import { REAL_LOCALES, REFERENCE, dictionaries, dictionaryProblems, strings } from '../../src/i18n';
import { MODEL_DIR, MODEL_FILES } from '../../src/lib/facelab/models';

const site = [
  { file: 'index.html', content: '<h1>Visage public</h1>' },
  { file: 'fr/index.html', content: '<h1>Parcours</h1>' },
  { file: 'fr/rgpd/index.html', content: '<h1>RGPD</h1>' },
  { file: 'en/gdpr/index.html', content: '<h1>GDPR</h1>' },
  { file: 'fr/hors-ligne/index.html', content: '<h1>Hors ligne</h1>' },
  { file: 'en/offline/index.html', content: '<h1>Offline</h1>' },
  { file: '_astro/Base.abc123.css', content: 'body{}' },
  { file: '_astro/Quiz.def456.js', content: 'export{}' },
  { file: 'theme.js', content: '(function(){})()' },
  { file: 'favicon.svg', content: '<svg/>' },
  { file: '404.html', content: '<h1>404</h1>' },
  { file: 'sw.js', content: 'old worker' },
  { file: '_headers', content: '/*' },
  { file: 'sitemap-0.xml', content: '<urlset/>' },
  { file: 'pagefind/pagefind.js', content: 'x' },
  { file: 'downloads/timeline.csv', content: 'a,b' },
  { file: 'og/fr/rgpd.png', content: 'png' },
];

describe('which files a first visit saves', () => {
  it('saves every page, the bundled CSS and JS, theme.js and the icon', () => {
    for (const f of ['index.html', 'fr/rgpd/index.html', 'en/offline/index.html', '_astro/Base.abc123.css', '_astro/Quiz.def456.js', 'theme.js', 'favicon.svg']) {
      expect(isPrecached(f), f).toBe(true);
    }
  });
  it('saves the module builder\'s GIFT pieces, which its page fetches (the builder works offline), and no other download', () => {
    expect(isPrecached('downloads/builder/fr.json')).toBe(true);
    expect(isPrecached('downloads/quizzes/fr/gdpr.gift')).toBe(false);
    expect(isPrecached('downloads/scorm/fr/gdpr.zip')).toBe(false);
  });
  it('leaves the search index, downloads, images, the 404 page, host files and sw.js itself for later or never', () => {
    for (const f of ['pagefind/pagefind.js', 'downloads/timeline.csv', 'og/fr/rgpd.png', '404.html', 'sw.js', '_headers', 'sitemap-0.xml', 'sitemap-index.xml']) {
      expect(isPrecached(f), f).toBe(false);
    }
  });
  it('leaves the face lab\'s models out of the first visit, whatever their names, so a reader who never starts the lab never downloads them', () => {
    const models = MODEL_FILES.map((f) => `${MODEL_DIR}/${f.name}`);
    expect(models).toContain('models/face-api/1.7.15/face_recognition_model.bin');
    // Even names that other rules would save (a page, a root-style asset) stay out under models/.
    for (const f of [...models, 'models/index.html', 'models/face-api/1.7.15/x.js']) expect(isPrecached(f), f).toBe(false);
    const withModels = [...site, ...models.map((file) => ({ file, content: 'weights' }))];
    expect(buildManifest(withModels, '/')).toEqual(buildManifest(site, '/'));
  });
  it('leaves the live lab\'s chunks (face-api, the gallery worker) out of the first visit, but not the lab page\'s small start script', () => {
    for (const f of ['_astro/facelab-lab.DzmQ0jWY.js', '_astro/facelab-gallery-worker-DLl8k6tC.js']) expect(isPrecached(f), f).toBe(false);
    for (const f of ['_astro/FaceLabLive.astro_astro_type_script_index_0_lang.CMTxWTob.js', '_astro/x.js', '_astro/Base.abc123.css']) {
      expect(isPrecached(f), f).toBe(true);
    }
    const withLab = [...site, { file: '_astro/facelab-lab.DzmQ0jWY.js', content: 'face-api' }, { file: '_astro/facelab-gallery-worker-DLl8k6tC.js', content: 'worker' }];
    expect(buildManifest(withLab, '/')).toEqual(buildManifest(site, '/'));
  });
  it('requests a page at its directory address, under the base', () => {
    expect(urlOf('index.html', '/')).toBe('/');
    expect(urlOf('fr/rgpd/index.html', '/')).toBe('/fr/rgpd/');
    expect(urlOf('fr/rgpd/index.html', '/visage-public/')).toBe('/visage-public/fr/rgpd/');
    expect(urlOf('_astro/a.css', '/visage-public')).toBe('/visage-public/_astro/a.css');
  });
});

describe('the build manifest', () => {
  const m = buildManifest(site, '/visage-public/');
  it('lists the saved files once, sorted, each with a content hash and its size', () => {
    expect(m.entries.map((e) => e.url)).toEqual([
      '/visage-public/',
      '/visage-public/_astro/Base.abc123.css',
      '/visage-public/_astro/Quiz.def456.js',
      '/visage-public/en/gdpr/',
      '/visage-public/en/offline/',
      '/visage-public/favicon.svg',
      '/visage-public/fr/',
      '/visage-public/fr/hors-ligne/',
      '/visage-public/fr/rgpd/',
      '/visage-public/theme.js',
    ]);
    expect(m.entries.every((e) => /^[0-9a-f]{16}$/.test(e.revision))).toBe(true);
    expect(m.bytes).toBe(m.entries.reduce((s, e) => s + e.bytes, 0));
    expect(m.version).toMatch(/^[0-9a-f]{12}$/);
  });
  it('is the same for the same files, whatever their order', () => {
    expect(buildManifest([...site].reverse(), '/visage-public/')).toEqual(m);
  });
  it('changes version when one page changes by one byte, and only that entry’s revision', () => {
    const edited = site.map((f) => (f.file === 'fr/rgpd/index.html' ? { ...f, content: '<h1>RGPD.</h1>' } : f));
    const m2 = buildManifest(edited, '/visage-public/');
    expect(m2.version).not.toBe(m.version);
    const changed = m2.entries.filter((e, i) => e.revision !== m.entries[i]!.revision).map((e) => e.url);
    expect(changed).toEqual(['/visage-public/fr/rgpd/']);
  });
  it('changes version when a page is added, but not when an unsaved file changes', () => {
    expect(buildManifest([...site, { file: 'en/new/index.html', content: 'x' }], '/visage-public/').version).not.toBe(m.version);
    const idx = site.map((f) => (f.file === 'pagefind/pagefind.js' ? { ...f, content: 'y' } : f));
    expect(buildManifest(idx, '/visage-public/').version).toBe(m.version);
  });
  it('writes a different sw.js for a different build, the same one for the same build', () => {
    const edited = site.map((f) => (f.file === 'theme.js' ? { ...f, content: '(function(){ })()' } : f));
    expect(swSource(m, '/visage-public/')).toBe(swSource(buildManifest(site, '/visage-public/'), '/visage-public/'));
    expect(swSource(buildManifest(edited, '/visage-public/'), '/visage-public/')).not.toBe(swSource(m, '/visage-public/'));
  });
});

describe('what the worker may handle', () => {
  const origin = 'https://visage-public.org';
  it('answers GET requests to its own origin, inside the base path', () => {
    expect(mayHandle('GET', 'https://visage-public.org/fr/rgpd/', origin, '/')).toBe(true);
    expect(mayHandle('GET', 'https://visage-public.org/visage-public/_astro/a.js', origin, '/visage-public/')).toBe(true);
  });
  it('never touches, so never caches, another origin', () => {
    for (const url of ['https://www.cnil.fr/fr/x', 'http://visage-public.org/fr/', 'https://visage-public.org:8443/fr/', 'https://evil.org/https://visage-public.org/']) {
      expect(mayHandle('GET', url, origin, '/'), url).toBe(false);
    }
  });
  it('leaves other methods, other paths of the origin and junk to the browser', () => {
    expect(mayHandle('POST', 'https://visage-public.org/fr/', origin, '/')).toBe(false);
    expect(mayHandle('HEAD', 'https://visage-public.org/fr/', origin, '/')).toBe(false);
    expect(mayHandle('GET', 'https://visage-public.org/other-app/', origin, '/visage-public/')).toBe(false);
    expect(mayHandle('GET', 'not a url', origin, '/')).toBe(false);
  });
});

describe('the offline page for a page that was never saved', () => {
  it('is English under en/ and French elsewhere, the landing page included', () => {
    expect(offlineLang('/en/gdpr/', '/', ['fr', 'en'])).toBe('en');
    expect(offlineLang('/visage-public/en/', '/visage-public/', ['fr', 'en'])).toBe('en');
    expect(offlineLang('/visage-public/en', '/visage-public/', ['fr', 'en'])).toBe('en');
    expect(offlineLang('/visage-public/fr/rgpd/', '/visage-public/', ['fr', 'en'])).toBe('fr');
    expect(offlineLang('/visage-public/', '/visage-public/', ['fr', 'en'])).toBe('fr');
    expect(offlineLang('/visage-public/english/', '/visage-public/', ['fr', 'en'])).toBe('fr');
  });
  it('tries the directory form of an address typed without its slash', () => {
    expect(pageKeys('/fr/rgpd')).toEqual(['/fr/rgpd', '/fr/rgpd/']);
    expect(pageKeys('/fr/rgpd/')).toEqual(['/fr/rgpd/']);
    expect(pageKeys('/theme.js')).toEqual(['/theme.js']);
  });
});

describe('an update', () => {
  it('deletes this site’s caches of other versions, and no one else’s', () => {
    const keys = [`${CACHE_PREFIX}aaa`, `${CACHE_PREFIX}bbb`, 'another-app', `x-${CACHE_PREFIX}ccc`];
    expect(staleCaches(keys, `${CACHE_PREFIX}bbb`, CACHE_PREFIX)).toEqual([`${CACHE_PREFIX}aaa`]);
    expect(staleCaches([`${CACHE_PREFIX}bbb`], `${CACHE_PREFIX}bbb`, CACHE_PREFIX)).toEqual([]);
  });
  it('downloads only the files that changed or are new', () => {
    const prev: [string, string][] = [['/fr/', '1'], ['/fr/rgpd/', '2'], ['/en/old/', '3']];
    const next: [string, string][] = [['/fr/', '1'], ['/fr/rgpd/', '9'], ['/en/new/', '4']];
    expect(toDownload(next, prev)).toEqual([['/fr/rgpd/', '9'], ['/en/new/', '4']]);
    expect(toDownload(next, [])).toEqual(next);
  });
});

describe('the generated sw.js', () => {
  const src = swSource(buildManifest(site, '/'), '/');
  it('parses as a script and declares every run-time function it uses', () => {
    expect(() => new Function(src)).not.toThrow();
    for (const fn of RUNTIME) expect(src).toContain(`function ${fn.name}(`);
  });
  it('skips waiting, claims clients and deletes stale caches on activate', () => {
    expect(src).toContain('self.skipWaiting()');
    expect(src).toContain('self.clients.claim()');
    expect(src).toMatch(/staleCaches\(await caches\.keys\(\), CACHE, C\.prefix\)\.map\(\(k\) => caches\.delete\(k\)\)/);
  });
  it('falls back to the offline pages of both languages', () => {
    expect(src).toContain('"fr": "/fr/hors-ligne/"');
    expect(src).toContain('"en": "/en/offline/"');
  });
});

describe('the offline page strings (src/i18n/<lang>/offline.json)', () => {
  it('have the same keys and slots in every language, none empty', () => {
    for (const lang of REAL_LOCALES) {
      expect(dictionaryProblems(dictionaries[REFERENCE].offline!, dictionaries[lang].offline!, lang)).toEqual([]);
      for (const v of Object.values(strings('offline', lang))) expect(v.trim()).not.toBe('');
    }
  });
  it('use French typography: no plain space before : ; ! ? or inside « », no straight apostrophe', () => {
    for (const [k, v] of Object.entries(strings('offline', 'fr'))) {
      expect(v, k).not.toMatch(/ [:;!?»]|« |'/);
    }
  });
});
