/**
 * The inline stylesheets' side of the Content-Security-Policy, as pure
 * functions shared by the build step (scripts/inline-style-csp.mjs) and the
 * tests (tests/dist/csp-styles.test.ts, tests/unit/style-csp.test.ts).
 *
 * Astro inlines the site's stylesheets into each page (astro.config.mjs,
 * build.inlineStylesheets), and the CSP allows an inline <style> only by the
 * hash of its exact text, never by 'unsafe-inline'. The build collects the
 * hash of every <style> the site writes and adds the whole set to the policy
 * of every page and to public/_headers: one policy for the whole site (the
 * same 16 or so stylesheets make up every page), so a static host needs one
 * header rule, not one per page (Cloudflare Pages reads at most 100).
 *
 * @example
 *   const hashes = styleHashes(html);            // ["'sha256-…'", …] in document order
 *   withStyleHashes("default-src 'self'; style-src 'self'", hashes)
 *   // "default-src 'self'; style-src 'self' 'sha256-…' …"
 */
import { createHash } from 'node:crypto';

/** The text of every <style> element of an HTML document, in document order. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
}

/** A CSP hash source for a text: 'sha256-<base64>' of its UTF-8 bytes, as browsers compute it. */
export const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash sources of a document's inline styles, without repeats. */
export const styleHashes = (html) => [...new Set(inlineStyles(html).map(hashSource))];

/**
 * The policy with its style-src set to exactly 'self' and the given hashes.
 * The policy must already have `style-src 'self'` (what src/layouts/Base.astro
 * and public/_headers write); anything else throws, so a policy nobody
 * reviewed is never widened.
 */
export function withStyleHashes(policy, hashes) {
  const parts = policy.split(';').map((d) => d.trim());
  const at = parts.findIndex((d) => d.split(/\s+/)[0] === 'style-src');
  if (at < 0 || parts[at] !== "style-src 'self'") {
    throw new Error(`Expected the directive "style-src 'self'" in the policy: ${policy}`);
  }
  parts[at] = ["style-src 'self'", ...hashes].join(' ');
  return parts.join('; ');
}

const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/** The page's <meta> CSP, decoded (Astro writes ' as &#39;), or undefined. */
export function metaPolicy(html) {
  return META.exec(html)?.[2]?.replace(/&#39;/g, "'");
}

/** The page with its <meta> CSP's style-src given these hashes. Throws when the page has no such <meta>. */
export function rewriteMeta(html, hashes) {
  const policy = metaPolicy(html);
  if (policy === undefined) throw new Error('No <meta http-equiv="Content-Security-Policy"> in the page');
  const next = withStyleHashes(policy, hashes).replace(/'/g, '&#39;');
  return html.replace(META, (_m, open, _old, close) => `${open}${next}${close}`);
}

/** A _headers file with every Content-Security-Policy line's style-src given these hashes. */
export function rewriteHeaders(text, hashes) {
  return text.replace(/^(\s+Content-Security-Policy:\s*)(.+)$/gm, (_m, head, policy) => `${head}${withStyleHashes(policy.trim(), hashes)}`);
}
