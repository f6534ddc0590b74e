// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './scripts/pagefind-index.mjs';
import offlineServiceWorker from './scripts/offline-sw.mjs';
import faceModels from './scripts/face-models.mjs';
import inlineStyleCsp from './scripts/inline-style-csp.mjs';
import scormPackages from './scripts/scorm-packages.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import pseudoMarkdown from './scripts/lib/markdown-pseudo.mjs';
import locales from './src/i18n/locales.json' with { type: 'json' };

// The languages: src/i18n/locales.json, plus the test-only pseudo-locale when VP_PSEUDO=1.
const pseudo = process.env.VP_PSEUDO === '1';
const codes = [...Object.keys(locales.locales), ...(pseudo ? Object.keys(locales.pseudo) : [])];

/**
 * SITE_URL and BASE_PATH let the same sources deploy at a domain root or
 * under a sub-path (GitHub Pages project sites): BASE_PATH=/visage-public/.
 */
const site = process.env.SITE_URL ?? 'https://visage-public.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    // Every stylesheet goes inline: a first visit paints after one request
    // instead of waiting for up to six render-blocking stylesheets. The CSP
    // allows each inlined <style> by its hash, never 'unsafe-inline'
    // (scripts/inline-style-csp.mjs). 'always' rather than 'auto': 'auto'
    // would keep the largest sheets (Base, a chapter's, the timeline's) as
    // render-blocking files. VP_INLINE_CSS=never builds the old way, to compare.
    inlineStylesheets: process.env.VP_INLINE_CSS === 'never' ? 'never' : 'always',
  },
  i18n: {
    locales: codes,
    defaultLocale: locales.default,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki writes inline style attributes, which the CSP forbids.
    syntaxHighlight: false,
    // The pseudo-locale build transforms the text of its copied chapters (scripts/pseudo-build.mjs).
    ...(pseudo ? { processor: satteri({ mdastPlugins: [pseudoMarkdown] }) } : {}),
  },
  devToolbar: { enabled: false },
  // Astro inlines a bundled <script> smaller than this limit (4 KB by
  // default); the CSP (script-src 'self') would then block it. Every script
  // is a file.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    contentIntegrity(),
    mdx(),
    // Language alternates live in each page's <head> (hreflang); the sitemap
    // lists every page once. Its i18n option would pair "/" with French.
    // The SCORM launch pages (/<lang>/scorm/<id>/) live in their zips only.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !/\/[a-z]+\/scorm\/[^/]+\/?$/.test(page) }),
    // Zips each chapter's launch page into /downloads/scorm/<lang>/<id>.zip
    // (with its own style hashes in its CSP) and removes it from the site,
    // before the site's CSP hashes, the search index and the service worker.
    scormPackages(),
    // Adds the hashes of the inlined stylesheets to every page's CSP and to _headers.
    inlineStyleCsp(),
    // Last: indexes the written pages (dist/pagefind/, one index per language).
    pagefindIndex(),
    // Copies the face lab's three models from node_modules to models/face-api/<version>/ (never precached).
    faceModels(),
    // After the index: writes dist/sw.js, the offline copy of every file above.
    offlineServiceWorker(),
  ],
});
