/**
 * The stylesheets are inline (astro.config.mjs, build.inlineStylesheets), so
 * the CSP must allow them — by hash, and nothing else: on every built page,
 * style-src is 'self' plus the SHA-256 of the site's own <style> texts
 * (scripts/inline-style-csp.mjs), each hash names a <style> the build really
 * writes, the page's own styles are among them, and no keyword that opens
 * the policy ('unsafe-inline', 'unsafe-hashes', 'unsafe-eval', a scheme or
 * another host) appears anywhere. The rest of the policy is the one
 * src/layouts/Base.astro writes, unchanged. tests/dist/headers.test.ts checks
 * that _headers sends the same policy; tests/e2e/pages.spec.ts that no page
 * violates it in Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';
import { hashSource, inlineStyles, metaPolicy } from '../../scripts/lib/style-csp.mjs';
import { DIST, requireBuild } from '../support/dist';

const pages = htmlFiles(requireBuild(DIST)).map((file) => {
  const html = readFileSync(file, 'utf8');
  const policy = metaPolicy(html) ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  return { path: pagePath(DIST, file), html, policy, directives, styles: inlineStyles(html).map(hashSource) };
});
const allStyles = new Set(pages.flatMap((p) => p.styles));
const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/** The policy Base.astro writes, once the style hashes are set aside. */
const BASE = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
  "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
];

describe('the CSP allows the inline stylesheets by hash, and nothing more', () => {
  it('finds the pages, and inline styles on them', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(allStyles.size).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.path, p]))('%s: style-src is \'self\' and hashes; its own <style> elements are among them', (_path, p) => {
    const style = p.directives.get('style-src');
    expect(style?.[0]).toBe("'self'");
    const hashes = style!.slice(1);
    expect(hashes.filter((h) => !HASH.test(h)), 'sources that are not SHA-256 hashes').toEqual([]);
    expect(p.styles.filter((h) => !hashes.includes(h)), 'inline styles the policy blocks').toEqual([]);
    expect(new Set(hashes)).toEqual(allStyles);
  });

  it.each(pages.map((p) => [p.path, p]))('%s: apart from the style hashes, the policy is Base.astro\'s', (_path, p) => {
    const withoutHashes = p.policy.split(';').map((d) => d.trim().split(/\s+/).filter((v) => !HASH.test(v)).join(' '));
    const search = p.directives.get('script-src')?.includes("'wasm-unsafe-eval'");
    const expected = search ? BASE.map((d) => (d === "script-src 'self'" ? "script-src 'self' 'wasm-unsafe-eval'" : d)) : BASE;
    expect(withoutHashes).toEqual(expected);
    expect(p.policy).not.toMatch(/'unsafe-inline'|'unsafe-hashes'|'unsafe-eval'|'strict-dynamic'|https?:|\*/);
  });

  it('has no style attribute on any page (a hash allows a <style> element, never an attribute)', () => {
    const withAttr = pages.filter((p) => /<[a-z][^>]*\sstyle=/i.test(p.html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''))).map((p) => p.path);
    expect(withAttr).toEqual([]);
  });

  it('links no stylesheet but the site\'s own files', () => {
    const foreign = pages.flatMap((p) => [...p.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => /^([a-z]+:)?\/\//i.test(h)).map((h) => `${p.path}: ${h}`));
    expect(foreign).toEqual([]);
  });
});
