/**
 * The built service worker (<outDir>/sw.js, scripts/offline-sw.mjs): it
 * saves every page of the sitemap in both languages and the offline pages,
 * every URL it lists is a same-origin path under the base that exists in the
 * build, and it matches the build it was written for (rebuilding its
 * manifest from the files gives the same version).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../scripts/lib/sw-manifest.mjs';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const src = readFileSync(join(dist, 'sw.js'), 'utf8');
const config = JSON.parse(src.match(/\}\)\((\{[\s\S]*\})\);\s*$/)![1]!) as {
  version: string; base: string; manifestKey: string; offline: Record<'fr' | 'en', string>; entries: [string, string][];
};
const urls = config.entries.map((e) => e[0]);
const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').match(/<loc>[^<]+<\/loc>/g)!.map((l) => new URL(l.slice(5, -6)).pathname);

/** The built file a URL under the base is served from. */
const fileOf = (url: string) => join(dist, url.slice(config.base.length), url.endsWith('/') ? 'index.html' : '');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [relative(dist, join(dir, d.name)).split(sep).join('/')]);
}

describe('sw.js', () => {
  it('is written at the base root, beside theme.js, which registers it', () => {
    expect(existsSync(join(dist, 'theme.js'))).toBe(true);
    expect(readFileSync(join(dist, 'theme.js'), 'utf8')).toContain("'sw.js'");
    expect(() => new Function(src)).not.toThrow();
  });
  it('saves every page of the sitemap', () => {
    expect(sitemap.length).toBeGreaterThan(10);
    expect(sitemap.filter((p) => !urls.includes(p))).toEqual([]);
  });
  it('saves both offline pages, its fallbacks', () => {
    expect(urls).toContain(config.offline.fr);
    expect(urls).toContain(config.offline.en);
    expect(config.offline.fr).toMatch(/\/fr\/hors-ligne\/$/);
    expect(config.offline.en).toMatch(/\/en\/offline\/$/);
  });
  it('saves every stylesheet and script the pages load', () => {
    const assets = new Set<string>();
    for (const p of sitemap) {
      const html = readFileSync(fileOf(p), 'utf8');
      for (const m of html.matchAll(/<(?:link rel="stylesheet"|script)[^>]* (?:href|src)="([^"]+)"/g)) assets.add(m[1]!);
    }
    expect(assets.size).toBeGreaterThan(1);
    expect([...assets].filter((a) => !urls.includes(a))).toEqual([]);
  });
  it('lists only same-origin paths under the base, each once', () => {
    for (const u of urls) {
      expect(u, u).toMatch(/^\//);
      expect(u.startsWith(config.base), u).toBe(true);
      expect(u, u).not.toMatch(/^\/\/|:\/\//);
    }
    expect(new Set(urls).size).toBe(urls.length);
  });
  it('lists only files that exist in the build', () => {
    expect(urls.filter((u) => !existsSync(fileOf(u)))).toEqual([]);
  });
  it('leaves the search index, downloads and the 404 page out of the first visit', () => {
    // The module builder's GIFT pieces are not a download but part of its page (fetched by it).
    expect(urls.filter((u) => /\/(pagefind|downloads|og)\/|404/.test(u) && !/\/downloads\/builder\//.test(u))).toEqual([]);
  });
  it('leaves the face lab\'s models and its large chunks (face-api, the gallery worker) out of the first visit', () => {
    expect(existsSync(join(dist, 'models'))).toBe(true);
    expect(walk(dist).filter((f) => f.startsWith('_astro/facelab-')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('/_astro/facelab-') || u.includes('/models/'))).toEqual([]);
  });
  it('saves the module builder\'s GIFT pieces, one file per language, so that the builder works offline', () => {
    const langs = Object.keys(config.offline);
    expect(urls.filter((u) => /\/downloads\/builder\//.test(u)).sort()).toEqual(langs.map((l) => `${config.base}downloads/builder/${l}.json`).sort());
  });
  it('names no file of the build as its completion marker', () => {
    expect(existsSync(fileOf(config.manifestKey))).toBe(false);
  });
  it('belongs to this build: the manifest rebuilt from the files has the same version', () => {
    const files = walk(dist).map((file) => ({ file, content: readFileSync(join(dist, file)) }));
    expect(buildManifest(files, config.base).version).toBe(config.version);
  });
});

describe('the first visit', () => {
  it('saves under 10 MB, as the offline page promises', () => {
    const files = walk(dist).map((file) => ({ file, content: readFileSync(join(dist, file)) }));
    expect(buildManifest(files, config.base).bytes).toBeLessThan(10 * 1024 * 1024);
  });
});
