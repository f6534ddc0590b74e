/**
 * public/_headers (read by Cloudflare Pages and Netlify) must send, for every
 * page, the same Content-Security-Policy as the page's own <meta> (plus
 * frame-ancestors, which a <meta> cannot carry). Otherwise a host would
 * enforce both, and the stricter one would silently break a page: the search
 * pages need 'wasm-unsafe-eval' for Pagefind, so the site-wide rule is
 * detached there ("! Content-Security-Policy").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const pages = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').match(/<loc>[^<]+<\/loc>/g)!.map((l) => new URL(l.slice(5, -6)).pathname);

interface Rule { pattern: string; detach: string[]; headers: Record<string, string> }
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), detach: [], headers: {} }); continue; }
    const rule = rules.at(-1)!;
    const l = line.trim();
    if (l.startsWith('!')) rule.detach.push(l.slice(1).trim());
    else { const i = l.indexOf(':'); rule.headers[l.slice(0, i)] = l.slice(i + 1).trim(); }
  }
  return rules;
}
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** The value of header `name` a Cloudflare-style host sends for a path: rules in order, "!" removing what came before. */
function headerFor(rules: Rule[], path: string, name: string): string | undefined {
  let value: string | undefined;
  for (const r of rules.filter((x) => matches(x.pattern, path))) {
    if (r.detach.includes(name)) value = undefined;
    value = r.headers[name] ?? value;
  }
  return value;
}
const cspFor = (rules: Rule[], path: string) => headerFor(rules, path, 'Content-Security-Policy');
const permissionsFor = (rules: Rule[], path: string) => headerFor(rules, path, 'Permissions-Policy');

/** The face lab's pages: the only ones whose script may ask for the camera. */
const labPages = new Set(['/fr/labo-visage/', '/en/face-lab/']);

const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));

describe('public/_headers', () => {
  it('is in the build and has a site-wide rule', () => expect(rules.some((r) => r.pattern === '/*')).toBe(true));
  it.each(pages)('%s: the header CSP is the page’s <meta> CSP plus frame-ancestors', (path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replace(/&#39;/g, "'");
    expect(meta, 'meta CSP').toBeTruthy();
    expect(cspFor(rules, path)).toBe(`${meta}; frame-ancestors 'none'`);
  });
  it.each(pages)('%s: the camera only on the face lab’s pages, the microphone nowhere', (path) => {
    const policy = permissionsFor(rules, path) ?? '';
    const features = Object.fromEntries(policy.split(',').map((f) => f.trim().split('=') as [string, string]));
    expect(features.microphone, policy).toBe('()');
    expect(features.geolocation, policy).toBe('()');
    expect(features['interest-cohort'], policy).toBe('()');
    expect(features.camera, policy).toBe(labPages.has(path) ? '(self)' : '()');
  });
  it('names both face lab pages, which exist', () => {
    expect(pages.filter((p) => labPages.has(p)).sort()).toEqual([...labPages].sort());
  });
});
