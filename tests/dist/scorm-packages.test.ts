/**
 * The SCORM 1.2 packages of both builds (downloads/scorm/<lang>/<id>.zip,
 * scripts/scorm-packages.mjs): one per chapter and language; every
 * imsmanifest.xml valid against the four SCORM 1.2 XSDs (Debian's xmllint,
 * libxml2-utils); manifest and zip name the same files; nothing in the
 * package refers to the site's own files by an absolute path, nor to another
 * origin but through a link; the launch page passes html-validate and the Nu
 * checker, and carries what the bridge needs; zips are a pure function of
 * their files; the launch pages are not left in the site.
 *
 * libxml2 cannot read ims_xml.xsd (it declares the xml: namespace as its
 * default, which libxml2 refuses, and says so on stderr); it falls back on
 * its built-in xml: schema, which declares xml:lang as the XSD does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check';
import { manifestFiles, SCORM12_SCHEMAS } from '../../src/lib/scorm/manifest';
import { zipPackage } from '../../src/lib/scorm/package';
import { DIST, DIST_SUB, SUB_BASE, requireBuild } from '../support/dist';
import { htmlValidateProblems, nuProblems, validateManifests as validate, XSD_DIR } from '../support/package-checks';

const LANGS = ['fr', 'en'] as const;
const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const chapterIds = [...new Set([...content.chapters.values()].map((c) => c.id))].sort();
const builds = [
  { name: 'root', dir: requireBuild(DIST), base: '/' },
  { name: 'sub-path', dir: requireBuild(DIST_SUB), base: SUB_BASE },
];
const dec = new TextDecoder();

interface Pkg { build: string; lang: string; id: string; zip: Uint8Array; files: Record<string, Uint8Array> }
const packages: Pkg[] = builds.flatMap((b) => LANGS.flatMap((lang) => chapterIds.map((id) => {
  const zip = new Uint8Array(readFileSync(join(b.dir, 'downloads', 'scorm', lang, `${id}.zip`)));
  return { build: b.name, lang, id, zip, files: unzipSync(zip) };
})));
const text = (p: Pkg, f: string) => dec.decode(p.files[f]);
const label = (p: Pkg) => `${p.build} ${p.lang}/${p.id}`;

describe('SCORM packages', () => {
  it('one zip per chapter and language in both builds, the module template, and nothing else', () => {
    for (const b of builds) {
      for (const lang of LANGS) {
        expect(readdirSync(join(b.dir, 'downloads', 'scorm', lang)).sort(), `${b.name} ${lang}`).toEqual([...chapterIds.map((id) => `${id}.zip`), 'module.json'].sort());
      }
    }
    expect(packages).toHaveLength(builds.length * LANGS.length * chapterIds.length);
  });

  it('every imsmanifest.xml validates against the SCORM 1.2 XSDs', () => {
    const manifests = Object.fromEntries(packages.map((p) => [label(p), text(p, 'imsmanifest.xml')]));
    const { valid, stderr } = validate(manifests);
    expect(Object.keys(manifests).filter((n) => !valid.has(n)), stderr).toEqual([]);
  });

  it('bites: a manifest with the mastery score outside its item, or without resources, fails the XSDs', () => {
    const good = text(packages[0]!, 'imsmanifest.xml');
    const misplaced = good.replace(/\s*<adlcp:masteryscore>\d+<\/adlcp:masteryscore>/, '').replace('</organizations>', '</organizations><adlcp:masteryscore>80</adlcp:masteryscore>');
    const noResources = good.replace(/<resources>[\s\S]*<\/resources>/, '');
    expect(misplaced).not.toBe(good);
    const { valid } = validate({ good, misplaced, noResources });
    expect([...valid]).toEqual(['good']);
  });

  it('carries the four XSDs unchanged, and the manifest names every file in the zip but itself, and only those', () => {
    for (const p of packages) {
      for (const f of SCORM12_SCHEMAS) expect(Buffer.from(p.files[f]!).equals(readFileSync(join(XSD_DIR, f))), `${label(p)} ${f}`).toBe(true);
      const named = manifestFiles(text(p, 'imsmanifest.xml'));
      expect(new Set(named).size, label(p)).toBe(named.length);
      expect([...named].sort(), label(p)).toEqual(Object.keys(p.files).filter((f) => f !== 'imsmanifest.xml').sort());
    }
  });

  it('takes title, description, language, objectives and mastery score from the chapter and its quiz', () => {
    for (const p of packages) {
      const chapter = content.chapters.get(`${p.lang}/${p.id}`)!.data!;
      const quiz = content.quizzes.get(p.id)?.data;
      const xml = text(p, 'imsmanifest.xml');
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      expect(xml, label(p)).toContain(`<imsmd:title><imsmd:langstring xml:lang="${p.lang}">${esc(chapter.title)}</imsmd:langstring></imsmd:title>`);
      expect(xml).toContain(`<imsmd:language>${p.lang}</imsmd:language>`);
      expect(xml).toContain(`<imsmd:description><imsmd:langstring xml:lang="${p.lang}">${esc(chapter.description)}</imsmd:langstring></imsmd:description>`);
      for (const o of chapter.objectives) expect(xml).toContain(`<imsmd:description><imsmd:langstring xml:lang="${p.lang}">${esc(o)}</imsmd:langstring></imsmd:description>`);
      const mastery = /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(xml)?.[1];
      expect(mastery === undefined ? undefined : Number(mastery), label(p)).toBe(quiz ? (quiz.mastery ?? 80) : undefined);
    }
  });

  it('refers to nothing of the site by an absolute path, and to no other origin but through a link', () => {
    const problems: string[] = [];
    for (const p of packages) {
      const base = builds.find((b) => b.name === p.build)!.base;
      for (const [f, bytes] of Object.entries(p.files)) {
        if (!/\.(html|m?js|css)$/.test(f)) continue;
        const s = dec.decode(bytes);
        // Site-absolute paths: in attributes, url()s and string literals (Vite writes `/_astro/x.js` for workers).
        for (const m of s.matchAll(/(?:="|url\(\s*["']?|["'`])(\/(?!\/)[^"'`)\s]*)/g)) {
          const ref = m[1]!;
          if (ref === '/' || !/\.[a-z0-9]+$/i.test(ref.split(/[?#]/)[0]!)) continue; // a regex or a path that names no file
          if (ref.startsWith(`${base}_astro/`) || ref.startsWith('/_astro/') || /^\/[\w./-]*\.(?:js|css|svg|png|woff2?)$/.test(ref)) problems.push(`${label(p)} ${f}: ${ref}`);
        }
        if (f.endsWith('.html')) {
          // Another origin outside <a href>: anything the page would load.
          const tags = s.replace(/<a\s[^>]*>/g, '').replace(/<script type="application\/json"[\s\S]*?<\/script>/g, '');
          for (const m of tags.matchAll(/\s(?:src|href|srcset|poster|data|action)="((?:https?:)?\/\/[^"]*)"/g)) problems.push(`${label(p)} ${f}: ${m[1]}`);
          for (const m of s.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]*)/g)) problems.push(`${label(p)} ${f}: ${m[1]}`);
        } else {
          for (const m of s.matchAll(/["'`]((?:https?:)?\/\/[^"'`]+)/g)) {
            if (!/^http:\/\/www\.w3\.org\//.test(m[1]!)) problems.push(`${label(p)} ${f}: ${m[1]}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens every link out of the package in a new tab, and every link inside it finds its anchor', () => {
    for (const p of packages) {
      const html = text(p, 'index.html');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [tag, href] of [...html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>/g)].map((m) => [m[0], m[1]!] as const)) {
        if (href.startsWith('#')) expect(ids.has(decodeURIComponent(href.slice(1))), `${label(p)} ${tag}`).toBe(true);
        else {
          expect(href, `${label(p)} ${tag}`).toMatch(/^https?:\/\//);
          expect(tag, label(p)).toMatch(/\starget="_blank"/);
          expect(tag, label(p)).toMatch(/\srel="[^"]*\bnoopener\b/);
        }
      }
    }
  });

  it('points each <Term> at its definition inside the page, which every term the chapter uses has', () => {
    for (const p of packages) {
      const html = text(p, 'index.html');
      const terms = [...html.matchAll(/<a class="term" href="([^"]*)"/g)].map((m) => m[1]!);
      expect(terms.length, label(p)).toBeGreaterThan(0);
      for (const href of terms) {
        expect(href, label(p)).toMatch(/^#term-/);
        expect(html, `${label(p)} ${href}`).toContain(`<div class="gl-entry" id="${href.slice(1)}">`);
      }
    }
  });

  it('wraps the chapter in <vp-scorm> with its id and mastery, every question in the quiz HTML, and the quiz in scorm mode with no result code, the bridge\'s script first', () => {
    for (const p of packages) {
      const html = text(p, 'index.html');
      const quiz = content.quizzes.get(p.id)?.data;
      const tag = /<vp-scorm\s[^>]*>/.exec(html)?.[0] ?? '';
      expect(tag, label(p)).toContain(`data-chapter="${p.id}"`);
      const lms = JSON.parse(/data-lms="([^"]*)"/.exec(tag)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, string>;
      expect(lms, label(p)).toEqual(JSON.parse(readFileSync(join('src/i18n', p.lang, 'lms.json'), 'utf8')));
      if (!quiz) continue;
      expect(tag).toContain(`data-mastery="${quiz.mastery ?? 80}"`);
      // The bridge reads the questions from the quiz's server HTML: every question is there, in quiz order, with its type.
      const shown = [...html.matchAll(/<li class="q" id="[^"]*" data-id="([^"]+)" data-type="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(shown, label(p)).toEqual(quiz.questions.map((q) => [q.id, q.type]));
      expect(html).toMatch(/<vp-quiz[^>]*\sdata-save="scorm"/);
      expect(html).not.toContain('<vp-result-code');
      const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
      const quizScript = scripts.findIndex((s) => s.startsWith('_astro/Quiz.astro'));
      const bridge = scripts.findIndex((s, i) => i !== quizScript && text(p, s).includes('vp-scorm'));
      expect(bridge, label(p)).toBeGreaterThanOrEqual(0);
      expect(bridge, label(p)).toBeLessThan(quizScript);
      expect(html).toContain('<script src="theme.js" data-sco>');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      expect(csp, label(p)).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'( 'sha256-[^']+')+;/);
      expect(csp).not.toContain('unsafe-inline');
      // Every inline stylesheet is allowed by its hash.
      const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
      expect(hashes.length).toBeGreaterThan(0);
      for (const h of hashes) expect(csp, label(p)).toContain(h);
    }
  });

  it('index.html passes html-validate', async () => {
    const failed = await htmlValidateProblems(Object.fromEntries(packages.map((p) => [label(p), text(p, 'index.html')])));
    expect(failed, failed.join('\n')).toEqual([]);
  });

  it('index.html passes the Nu Html Checker (no error, no warning but the kept ones)', () => {
    expect(nuProblems(Object.fromEntries(packages.map((p) => [join(p.build, p.lang, p.id), p.files['index.html']!])))).toEqual([]);
  }, 120_000);

  it('each zip is its files zipped in order with one date, the chapter\'s update day (the same files give the same bytes)', () => {
    for (const p of packages) {
      const [y, m, d] = String(content.chapters.get(`${p.lang}/${p.id}`)!.data!.updated).split('-').map(Number);
      const again = zipPackage(p.files, new Date(y!, m! - 1, d!, 12));
      expect(Buffer.from(again).equals(Buffer.from(p.zip)), label(p)).toBe(true);
      expect(Object.keys(p.files), label(p)).toEqual(Object.keys(p.files).sort());
    }
  });

  it('the sub-path build packages the same files as the root build', () => {
    for (const lang of LANGS) {
      for (const id of chapterIds) {
        const [root, sub] = builds.map((b) => packages.find((p) => p.build === b.name && p.lang === lang && p.id === id)!);
        // Content hashes differ (a chunk names its worker under the base): compare names without them.
        const names = (p: Pkg) => Object.keys(p.files).map((f) => f.replace(/([.-])[\w-]{8}\.js$/, '$1#.js')).sort();
        expect(names(sub!), `${lang}/${id}`).toEqual(names(root!));
      }
    }
  });

  it('leaves no launch page in the site: not on disk, not in the sitemap, not in the service worker', () => {
    for (const b of builds) {
      for (const lang of LANGS) expect(existsSync(join(b.dir, lang, 'scorm')), `${b.name} ${lang}`).toBe(false);
      const sitemap = readdirSync(b.dir).filter((f) => /^sitemap.*\.xml$/.test(f)).map((f) => readFileSync(join(b.dir, f), 'utf8')).join('');
      expect(sitemap).not.toMatch(/\/scorm\//);
      expect(readFileSync(join(b.dir, 'sw.js'), 'utf8')).not.toMatch(/\/scorm\//);
    }
  });

  it('leaves in _astro/ no script that only packages load (the service worker would save it on every first visit)', () => {
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
    for (const b of builds) {
      const texts = walk(b.dir).filter((f) => /\.(html|m?js|css)$/.test(f) && !f.endsWith('/sw.js')).map((f) => [f, readFileSync(f, 'utf8')] as const);
      const packagedScripts = new Set(packages.filter((p) => p.build === b.name).flatMap((p) => Object.keys(p.files)).filter((f) => f.startsWith('_astro/')));
      const unnamed = [...packagedScripts].filter((f) => existsSync(join(b.dir, f)) && !texts.some(([file, t]) => !file.endsWith(f) && t.includes(f.slice('_astro/'.length))));
      expect(unnamed, b.name).toEqual([]);
      // The bridge is packaged, and gone from the site.
      const bridge = [...packagedScripts].filter((f) => packages.some((p) => p.build === b.name && p.files[f] && dec.decode(p.files[f]).includes('vp-scorm')) && !f.startsWith('_astro/Quiz.astro'));
      expect(bridge.length, b.name).toBeGreaterThan(0);
      for (const f of bridge) expect(existsSync(join(b.dir, f)), `${b.name} ${f}`).toBe(false);
    }
  });
});
