/**
 * An Astro integration that lets the CSP allow the stylesheets Astro inlines
 * (astro.config.mjs, build.inlineStylesheets), by hash, after the pages are
 * written (`astro:build:done`):
 *
 * 1. reads every built page and collects the SHA-256 of each <style> text;
 * 2. adds that one set of hashes to the style-src of every page's <meta> CSP
 *    (src/layouts/Base.astro writes `style-src 'self'`) and of every
 *    Content-Security-Policy line of <outDir>/_headers (copied from
 *    public/_headers), so the host's header and the page's <meta> stay the
 *    same policy (tests/dist/headers.test.ts).
 *
 * One site-wide set rather than one per page: every page is made of the same
 * few stylesheets (16 today), so the set costs a page about 0.7 KB gzip, and
 * _headers keeps one rule for all pages (per-page rules would be one per page,
 * at Cloudflare Pages' limit of 100). A <style> that is not one of the site's
 * own — an injected one — still matches no hash and is blocked;
 * 'unsafe-inline' is never added. tests/dist/csp-styles.test.ts checks the
 * result on the build.
 *
 * Runs before the search index and the service worker, which read the pages.
 *
 *   integrations: [..., inlineStyleCsp(), pagefindIndex(), offlineServiceWorker()]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './lib/page-weight.mjs';
import { rewriteHeaders, rewriteMeta, styleHashes } from './lib/style-csp.mjs';

/** @returns {import('astro').AstroIntegration} */
export default function inlineStyleCsp() {
  return {
    name: 'visage-public:inline-style-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const pages = htmlFiles(outDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const hashes = [...new Set(pages.flatMap((p) => styleHashes(p.html)))].sort();
        for (const { file, html } of pages) writeFileSync(file, rewriteMeta(html, hashes));
        const headers = join(outDir, '_headers');
        if (!existsSync(headers)) throw new Error(`${headers} is missing: public/_headers should be copied into the build`);
        writeFileSync(headers, rewriteHeaders(readFileSync(headers, 'utf8'), hashes));
        logger.info(`${hashes.length} inline stylesheets allowed by hash in the CSP of ${pages.length} pages and _headers`);
      },
    },
  };
}
