/**
 * An Astro integration that builds the Pagefind search index after the site
 * is written (`astro:build:done`), so every build — `npm run build`,
 * `npm test`'s root and sub-path builds, CI — ships <outDir>/pagefind/.
 *
 * One index per language: Pagefind files each record under its language
 * (a page's <html lang>, a custom record's `language`), and pagefind.js on
 * the French search page loads only the French index.
 *
 * What is indexed:
 * - chapters, from the built HTML (their <article data-pagefind-body>; a page
 *   without it, such as a worksheet or an answer key, is left out). Inside,
 *   quiz answer keys, source lists, navigation and <template> UI are skipped
 *   (EXCLUDE_SELECTORS) rather than marked in every component;
 * - every glossary term and every timeline event as a record of its own,
 *   read from the same language-neutral data as their pages
 *   (content/glossary, content/events), so a result opens the entry itself
 *   (/fr/glossaire/#term-<id>, /fr/chronologie/#<event id>) and not the top
 *   of a long page. tests/dist/search-index.test.ts checks that every such
 *   anchor exists in the built page.
 *
 * Plain pages (privacy, about, the accessibility statement) are not
 * indexed, on purpose: they are about the site, not the course, and a search
 * for « RGPD » should not lead to our privacy notice. They are one link away
 * in every page's footer, and course.json lists the two statements.
 *
 *   integrations: [..., pagefindIndex()]
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { htmlLang, LOCALES, strings } from '../src/i18n/index.ts';
import { glossarySegments, timelineSegments } from '../src/i18n/routes.ts';
import { localized } from '../src/schemas/localized.ts';

export const EXCLUDE_SELECTORS = ['template', 'nav', '.q-answer', '.quiz-live', 'section.sources'];
// Raw YAML holds the written languages; parsing through the schema adds the pseudo-locale's text.
const text = (value) => localized.parse(value);

/** Entries of a content folder: [id, data] with the id the glob loader gives (the file name). */
function entries(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [basename(f, '.yaml'), parse(readFileSync(join(dir, f), 'utf8'))]);
}

/**
 * The custom records for glossary terms and timeline events, with site paths
 * without the base (as Pagefind gives the HTML pages; the search page adds
 * the base).
 *
 * @example customRecords('./content')[0]
 *   // { url: '/fr/glossaire/#term-administrative-fine', language: 'fr', content: '…', meta: { title: 'Amende administrative', section: 'Glossaire' } }
 */
export function customRecords(contentDir) {
  const records = [];
  for (const [id, e] of entries(join(contentDir, 'glossary'))) {
    const [term, definition] = [text(e.term), text(e.definition)];
    for (const lang of LOCALES) {
      records.push({
        url: `/${lang}/${glossarySegments[lang]}/#term-${id}`,
        // Pagefind files pages under their <html lang> lower-cased; records must match.
        language: htmlLang[lang].toLowerCase(),
        content: `${term[lang]}. ${definition[lang]}`,
        meta: { title: term[lang], section: strings('ui', lang)['nav.glossary'] },
      });
    }
  }
  for (const [id, e] of entries(join(contentDir, 'events'))) {
    const [title, summary] = [text(e.title), text(e.summary)];
    const actor = text(e.actor);
    for (const lang of LOCALES) {
      records.push({
        url: `/${lang}/${timelineSegments[lang]}/#${id}`,
        // Pagefind files pages under their <html lang> lower-cased; records must match.
        language: htmlLang[lang].toLowerCase(),
        content: `${title[lang]}. ${actor[lang]}. ${summary[lang]}`,
        meta: { title: title[lang], section: strings('ui', lang)['nav.timeline'], date: String(e.date) },
      });
    }
  }
  return records;
}

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIndex() {
  return {
    name: 'visage-public:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = Date.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const fail = (errors) => { if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`); };
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
        if (!index) fail(errors.length ? errors : ['no index']);
        const pages = await index.addDirectory({ path: outDir });
        fail(pages.errors);
        const records = customRecords((process.env.CONTENT_DIR ?? './content').replace(/\/$/, ''));
        for (const r of records) fail((await index.addCustomRecord(r)).errors);
        fail((await index.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
        await pagefind.close();
        // Pagefind always writes its ready-made UIs; the site has its own
        // (src/components/search/vp-search.ts), so they would only be dead weight.
        for (const f of readdirSync(`${outDir}/pagefind`)) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f)) rmSync(`${outDir}/pagefind/${f}`);
        }
        logger.info(`indexed the chapters and ${records.length} glossary and timeline records in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      },
    },
  };
}
