/**
 * scripts/lib/style-csp.mjs: the hashes of inline styles, and the rewrite of
 * a policy's style-src, which widens nothing but style-src and refuses a
 * policy it does not recognise.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, inlineStyles, metaPolicy, rewriteHeaders, rewriteMeta, styleHashes, withStyleHashes } from '../../scripts/lib/style-csp.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

describe('style-csp', () => {
  it('hashes a style text as browsers do: SHA-256 of its UTF-8 bytes, base64', () => {
    const css = ':root{--q:"«"}';
    expect(hashSource(css)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64')}'`);
  });

  it('reads every <style> text in document order, and each hash once', () => {
    const html = '<head><style>a{b:c}</style><style media="print">d{e:f}</style></head><body><style>a{b:c}</style></body>';
    expect(inlineStyles(html)).toEqual(['a{b:c}', 'd{e:f}', 'a{b:c}']);
    expect(styleHashes(html)).toEqual([hashSource('a{b:c}'), hashSource('d{e:f}')]);
  });

  it('adds hashes to style-src and changes no other directive', () => {
    expect(withStyleHashes(POLICY, ["'sha256-x'", "'sha256-y'"])).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x' 'sha256-y'; object-src 'none'");
    expect(withStyleHashes(POLICY, [])).toBe(POLICY);
  });

  it('refuses a policy whose style-src is not exactly \'self\', or that has none', () => {
    expect(() => withStyleHashes("default-src 'self'; style-src 'self' 'unsafe-inline'", [])).toThrow(/style-src 'self'/);
    expect(() => withStyleHashes("default-src 'self'", [])).toThrow(/style-src 'self'/);
  });

  it('rewrites the page\'s <meta> CSP in its &#39; form, and every CSP line of a _headers file', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${POLICY.replace(/'/g, '&#39;')}"><style>a{}</style></head>`;
    const out = rewriteMeta(html, styleHashes(html));
    expect(metaPolicy(out)).toBe(POLICY.replace("style-src 'self'", `style-src 'self' ${hashSource('a{}')}`));
    expect(out).not.toContain("'");
    expect(() => rewriteMeta('<head></head>', [])).toThrow(/meta/);
    const headers = `/*\n  Content-Security-Policy: ${POLICY}\n  X-Frame-Options: DENY\n`;
    expect(rewriteHeaders(headers, ["'sha256-x'"])).toBe(`/*\n  Content-Security-Policy: ${POLICY.replace("style-src 'self'", "style-src 'self' 'sha256-x'")}\n  X-Frame-Options: DENY\n`);
  });
});
