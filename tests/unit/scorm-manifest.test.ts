/**
 * The SCORM package's pure parts: the manifest (src/lib/scorm/manifest.ts),
 * assembling a package from a launch page and a small fake build
 * (src/lib/scorm/package.ts), and deterministic zipping. The built packages
 * themselves, validated against the XSDs, are in tests/dist/scorm-packages.test.ts.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestFiles, manifestXml, SCORM12_SCHEMAS } from '../../src/lib/scorm/manifest';
import { packageFiles, rewriteLinks, zipPackage } from '../../src/lib/scorm/package';

const enc = new TextEncoder();
const dec = new TextDecoder();
const meta = { identifier: 'visage-public.fr.gdpr', lang: 'fr', title: 'Le RGPD & « vous »', description: 'Ce que dit le <RGPD>.', objectives: ['Un', 'Deux'] };
const schemas = Object.fromEntries(SCORM12_SCHEMAS.map((f) => [f, enc.encode(`<!-- ${f} -->`)]));

describe('manifestXml', () => {
  const xml = manifestXml({ ...meta, mastery: 80, files: ['theme.js', 'index.html', '_astro/b.js', 'theme.js'] });

  it('escapes the text and names the language in xml:lang and LOM general/language', () => {
    expect(xml).toContain('<imsmd:langstring xml:lang="fr">Le RGPD &amp; « vous »</imsmd:langstring>');
    expect(xml).toContain('<imsmd:langstring xml:lang="fr">Ce que dit le &lt;RGPD&gt;.</imsmd:langstring>');
    expect(xml).toContain('<imsmd:language>fr</imsmd:language>');
  });
  it('writes one Educational Objective classification per objective, in order', () => {
    const objectives = [...xml.matchAll(/<imsmd:classification>[\s\S]*?Educational Objective[\s\S]*?xml:lang="fr">([^<]*)</g)].map((m) => m[1]);
    expect(objectives).toEqual(['Un', 'Deux']);
  });
  it('lists the SCO files sorted and once, the schemas in an asset resource, and the mastery score on the item', () => {
    expect(manifestFiles(xml)).toEqual(['_astro/b.js', 'index.html', 'theme.js', ...SCORM12_SCHEMAS]);
    expect(xml).toMatch(/<item identifier="item" identifierref="sco" isvisible="true">\s*<title>[^<]*<\/title>\s*<adlcp:masteryscore>80<\/adlcp:masteryscore>/);
    expect(xml).toContain('<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">');
    expect(xml).toContain('<resource identifier="schemas" type="webcontent" adlcp:scormtype="asset">');
  });
  it('has no mastery score without a quiz', () => {
    expect(manifestXml({ ...meta, files: ['index.html'] })).not.toContain('masteryscore');
  });
  it('refuses an identifier that is not an NCName, a mastery outside 0–100 and a SCO without index.html', () => {
    expect(() => manifestXml({ ...meta, identifier: '1 fr', files: ['index.html'] })).toThrow(/NCName/);
    expect(() => manifestXml({ ...meta, mastery: 101, files: ['index.html'] })).toThrow(/0 to 100/);
    expect(() => manifestXml({ ...meta, mastery: 79.5, files: ['index.html'] })).toThrow(/0 to 100/);
    expect(() => manifestXml({ ...meta, files: ['a.html'] })).toThrow(/index.html/);
  });
});

describe('rewriteLinks', () => {
  const o = { base: '/visage-public/', site: 'https://visage-public.org', page: '/visage-public/fr/rgpd/', mirrored: ['/visage-public/fr/glossaire/', '/visage-public/fr/rgpd/'], ids: new Set(['term-x', 'la-base']) };
  it('points a link to a mirrored page at the anchor in the package when the page has it', () => {
    expect(rewriteLinks('<a class="term" href="/visage-public/fr/glossaire/#term-x">', o)).toBe('<a class="term" href="#term-x">');
    expect(rewriteLinks('<a href="/visage-public/fr/rgpd/#la-base">', o)).toBe('<a href="#la-base">');
  });
  it('sends every other link to the live site, in a new tab', () => {
    expect(rewriteLinks('<a href="/visage-public/fr/glossaire/#term-y">', o)).toBe('<a href="https://visage-public.org/visage-public/fr/glossaire/#term-y" target="_blank" rel="noopener">');
    expect(rewriteLinks('<a href="/visage-public/fr/police/" rel="next">', o)).toBe('<a href="https://visage-public.org/visage-public/fr/police/" rel="next noopener" target="_blank">');
  });
  it('reads a relative link as the live chapter page would', () => {
    expect(rewriteLinks('<a href="../chronologie/#cnil">', o)).toBe('<a href="https://visage-public.org/visage-public/fr/chronologie/#cnil" target="_blank" rel="noopener">');
    expect(rewriteLinks('<a href="./#la-base">', o)).toBe('<a href="#la-base">');
  });
  it('opens links to other origins in a new tab and leaves fragments and a set target alone', () => {
    expect(rewriteLinks('<a href="https://cnil.fr/?a=1&amp;b=2" hreflang="fr">', o)).toBe('<a href="https://cnil.fr/?a=1&amp;b=2" hreflang="fr" target="_blank" rel="noopener">');
    expect(rewriteLinks('<a href="#sources">', o)).toBe('<a href="#sources">');
    expect(rewriteLinks('<a href="https://x.org/" target="_self">', o)).toBe('<a href="https://x.org/" target="_self">');
  });
});

describe('packageFiles', () => {
  // A small build under a sub-path: a page script importing a chunk statically and another dynamically, a worker, a font.
  const site: Record<string, string> = {
    'theme.js': 'theme',
    'favicon.svg': '<svg/>',
    '_astro/page.js': 'import{a}from"./chunk.js";import("./lazy.js");new Worker(new URL(`/visage-public/_astro/worker.js`,``+import.meta.url));',
    '_astro/chunk.js': 'export const a=1;',
    '_astro/lazy.js': 'export default "lazy";',
    '_astro/worker.js': 'self.onmessage=()=>{}',
    '_astro/font.woff2': 'woff2',
    '_astro/unused.js': 'never named',
  };
  const html = [
    '<!doctype html><html lang="fr"><head><link rel="icon" href="/visage-public/favicon.svg">',
    '<script src="/visage-public/theme.js"></script>',
    '<style>@font-face{src:url(/visage-public/_astro/font.woff2)}</style></head><body>',
    '<a class="term" href="/visage-public/fr/glossaire/#term-x">x</a><dl><div id="term-x"></div></dl>',
    '<a href="/visage-public/fr/">accueil</a>',
    '<script type="module" src="/visage-public/_astro/page.js"></script></body></html>',
  ].join('');
  const input = {
    html, base: '/visage-public/', site: 'https://visage-public.org', page: '/visage-public/fr/rgpd/', mirrored: ['/visage-public/fr/glossaire/'],
    read: (p: string) => (p in site ? enc.encode(site[p]) : undefined),
    manifest: { ...meta, mastery: 80 }, schemas,
  };
  const files = packageFiles(input);
  const index = dec.decode(files['index.html']);

  it('packages the page, the closure of its scripts (static, dynamic, worker), its font, icon and theme.js, and nothing else', () => {
    expect(Object.keys(files).sort()).toEqual([
      '_astro/chunk.js', '_astro/font.woff2', '_astro/lazy.js', '_astro/page.js', '_astro/worker.js',
      ...SCORM12_SCHEMAS, 'favicon.svg', 'imsmanifest.xml', 'index.html', 'theme.js',
    ].sort());
  });
  it('makes every reference to the site\'s files relative', () => {
    expect(index).toContain('href="favicon.svg"');
    expect(index).toContain('<script src="theme.js">');
    expect(index).toContain('url(_astro/font.woff2)');
    expect(index).toContain('src="_astro/page.js"');
    expect(index).not.toMatch(/="\/visage-public\/(?!fr\/)|url\(\/visage-public/);
    expect(dec.decode(files['_astro/page.js'])).toContain('new URL(`./worker.js`,``+import.meta.url)');
  });
  it('points the Term link in the page and sends the other one to the live site', () => {
    expect(index).toContain('<a class="term" href="#term-x">');
    expect(index).toContain('<a href="https://visage-public.org/visage-public/fr/" target="_blank" rel="noopener">');
  });
  it('names every file but itself in its manifest', () => {
    const named = manifestFiles(dec.decode(files['imsmanifest.xml'])).sort();
    expect(named).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
  });
  it('fails when the page names a file the build did not write', () => {
    expect(() => packageFiles({ ...input, html: html.replace('page.js', 'gone.js') })).toThrow(/names _astro\/gone\.js/);
  });
});

describe('zipPackage', () => {
  const files = { 'b.txt': enc.encode('b'), 'a/c.txt': enc.encode('c'), 'index.html': enc.encode('<p>') };
  const when = new Date(2026, 0, 12, 12);

  it('gives the same bytes for the same files, whatever their order, with entries sorted', () => {
    const one = zipPackage(files, when);
    const two = zipPackage({ 'index.html': files['index.html'], 'b.txt': files['b.txt'], 'a/c.txt': files['a/c.txt'] }, when);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(Object.keys(unzipSync(one))).toEqual(['a/c.txt', 'b.txt', 'index.html']);
  });
  it('gives the same bytes in every time zone for a date made of local fields', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = zipPackage(files, new Date(2026, 0, 12, 12));
      process.env.TZ = 'Pacific/Auckland';
      const nz = zipPackage(files, new Date(2026, 0, 12, 12));
      expect(Buffer.from(utc).equals(Buffer.from(nz))).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
  });
});
