/**
 * An Astro integration that makes each chapter's SCORM 1.2 package after the
 * build (issue 16), `astro:build:done`, registered before inlineStyleCsp and
 * the search index and the service worker:
 *
 *   integrations: [..., scormPackages(), inlineStyleCsp(), pagefindIndex(), offlineServiceWorker()]
 *
 * Before inlineStyleCsp, so that the site's pages allow only the site's
 * inline stylesheets (a launch page has one of its own): each packaged
 * index.html gets its own CSP, style-src 'self' plus the hashes of its own
 * <style>s as they are after packaging (scripts/lib/style-csp.mjs).
 *
 * For every launch page the build wrote (<lang>/scorm/<id>/index.html, from
 * src/pages/[lang]/scorm/[chapter].astro) it reads the page's package data
 * (the JSON block #vp-package: manifest metadata, the pages whose anchors it
 * carries), assembles the package with the pure packageFiles() of
 * src/lib/scorm/package.ts (relative references, the closure of the page's
 * scripts, imsmanifest.xml, the four XSDs) and writes
 * downloads/scorm/<lang>/<id>.zip (routes.ts scormPath). Same build, same
 * bytes: entries sorted, each dated the chapter's `updated` day at noon.
 *
 * The module template (<lang>/scorm/module/index.html, from
 * src/pages/[lang]/scorm/module.astro) is packaged the same way, through
 * src/lib/scorm/module-template.ts first, and written as text files in
 * downloads/scorm/<lang>/module.json, which the module builder cuts to a
 * teacher's selection in the browser (src/lib/scorm/module-package.ts).
 *
 * Then it deletes the launch pages: they exist to be zipped, and left in the
 * site they would be orphan pages without navigation, found by Pagefind,
 * precached by the service worker and crawled by the link check. And it
 * deletes the scripts that only launch pages load (the SCORM bridge): no
 * page of the site names them, and the service worker would otherwise save
 * them on every reader's first visit. The sitemap
 * filters them out (astro.config.mjs) because it reads Astro's page list,
 * not the files. The zips stay out of the service worker's first-visit
 * precache like every download (scripts/lib/sw-manifest.mjs isPrecached).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFiles, zipPackage } from '../src/lib/scorm/package.ts';
import { fragmentTargets, moduleTemplate } from '../src/lib/scorm/module-template.ts';
import { SCORM12_SCHEMAS } from '../src/lib/scorm/manifest.ts';
import { rewriteMeta, styleHashes } from './lib/style-csp.mjs';

const XSD_DIR = fileURLToPath(new URL('../src/lib/scorm/xsd/', import.meta.url));
const DATA = /\s*<script type="application\/json" id="vp-package">([\s\S]*?)<\/script>/;

/** The launch pages of a build: [{ lang, id, file }], sorted. */
export function launchPages(outDir) {
  const out = [];
  for (const lang of readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(outDir, lang, 'scorm');
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir).sort()) {
      if (id === 'module') continue; // the module template (moduleTemplates)
      const file = join(dir, id, 'index.html');
      if (existsSync(file)) out.push({ lang, id, file });
    }
  }
  return out;
}

/** The module templates of a build (<lang>/scorm/module/index.html): [{ lang, file }]. */
export function moduleTemplatePages(outDir) {
  return readdirSync(outDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ lang: d.name, file: join(outDir, d.name, 'scorm', 'module', 'index.html') }))
    .filter((p) => existsSync(p.file))
    .sort((a, b) => a.lang.localeCompare(b.lang));
}

/** The site's HTML, JS and CSS files (what can name a script), as paths. */
function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? textFiles(p) : /\.(?:html|m?js|css)$/.test(d.name) ? [p] : [];
  });
}

export default function scormPackages() {
  let base = '/';
  let site = 'https://visage-public.org';
  return {
    name: 'visage-public:scorm',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) site = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const schemas = Object.fromEntries(SCORM12_SCHEMAS.map((f) => [f, readFileSync(join(XSD_DIR, f))]));
        const read = (path) => {
          const file = join(outDir, path);
          return !path.split('/').includes('..') && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
        };
        const pages = launchPages(outDir);
        let bytes = 0;
        const packaged = new Set();
        for (const { lang, id, file } of pages) {
          const built = readFileSync(file, 'utf8');
          const m = DATA.exec(built);
          if (!m) throw new Error(`${file}: no #vp-package data block`);
          const data = JSON.parse(m[1]);
          const [y, mo, d] = data.updated.split('-').map(Number);
          const files = packageFiles({
            html: built.replace(DATA, ''),
            base,
            site,
            page: data.page,
            mirrored: data.mirrored,
            read,
            manifest: {
              identifier: data.identifier, lang: data.lang, title: data.title,
              description: data.description, objectives: data.objectives, mastery: data.mastery,
            },
            schemas,
          });
          for (const f of Object.keys(files)) packaged.add(f);
          const index = new TextDecoder().decode(files['index.html']);
          files['index.html'] = new TextEncoder().encode(rewriteMeta(index, styleHashes(index).sort()));
          const zip = zipPackage(files, new Date(y, mo - 1, d, 12));
          const target = join(outDir, 'downloads', 'scorm', lang, `${id}.zip`);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, zip);
          bytes += zip.length;
        }
        // Each language's module template: the module launch page packaged as the
        // chapters' are, as text files in one JSON that the module builder cuts in the
        // browser (src/lib/scorm/module-package.ts) when a teacher asks for a package.
        const templates = moduleTemplatePages(outDir);
        const fatal = new TextDecoder('utf-8', { fatal: true });
        let templateBytes = 0;
        for (const { lang, file } of templates) {
          const built = readFileSync(file, 'utf8');
          const m = DATA.exec(built);
          if (!m) throw new Error(`${file}: no #vp-package data block`);
          const data = JSON.parse(m[1]);
          const { html, origins } = moduleTemplate(built.replace(DATA, ''), data.chapters);
          const files = packageFiles({
            html,
            base,
            site,
            page: `${base}${lang}/scorm/module/`,
            mirrored: [data.glossary],
            read,
            manifest: { identifier: `visage-public.${lang}.module`, lang, title: data.title, description: data.description, objectives: [] },
            schemas,
          });
          for (const f of Object.keys(files)) packaged.add(f);
          const index = rewriteMeta(new TextDecoder().decode(files['index.html']), styleHashes(new TextDecoder().decode(files['index.html'])).sort());
          const text = {};
          for (const [path, bytes] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
            if (path === 'imsmanifest.xml') continue; // made again for each module
            try {
              text[path] = path === 'index.html' ? index : fatal.decode(bytes);
            } catch {
              throw new Error(`module template ${lang}: ${path} is not UTF-8 text, and module.json carries text only`);
            }
          }
          const fragments = fragmentTargets(index, { origins, site, glossary: data.glossary, chapters: data.chapters });
          const json = JSON.stringify({ ...data, files: text, fragments });
          const target = join(outDir, 'downloads', 'scorm', lang, 'module.json');
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, json);
          templateBytes += json.length;
        }
        if (templates.length) logger.info(`${templates.length} module templates (downloads/scorm/<lang>/module.json), ${Math.round(templateBytes / 1024)} KB`);

        // The launch pages live in their zips only.
        for (const lang of new Set([...pages, ...templates].map((p) => p.lang))) rmSync(join(outDir, lang, 'scorm'), { recursive: true, force: true });
        // So do the scripts only they load (the bridge, <vp-scorm>): left in _astro/, the service worker would save them on every first visit.
        // Until none is left: a chunk that only orphans import (the bridge, shared by
        // the chapters' and the module's launch scripts) is an orphan too.
        const siteTexts = new Map(textFiles(outDir).map((f) => [f, readFileSync(f, 'utf8')]));
        const orphans = [];
        for (let found = true; found; ) {
          found = false;
          for (const p of packaged) {
            if (!p.startsWith('_astro/') || orphans.includes(p)) continue;
            const name = p.slice('_astro/'.length);
            if ([...siteTexts].some(([f, t]) => !f.endsWith(`/${p}`) && t.includes(name))) continue;
            orphans.push(p);
            siteTexts.delete(join(outDir, p));
            found = true;
          }
        }
        for (const p of orphans) rmSync(join(outDir, p), { force: true });
        logger.info(`${pages.length} SCORM packages in downloads/scorm/, ${Math.round(bytes / 1024)} KB; ${orphans.length} script(s) only they use removed from _astro/`);
      },
    },
  };
}
