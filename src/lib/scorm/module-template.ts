/**
 * Build side of a module's SCORM package (issue 16): turns the built module
 * launch page (src/pages/[lang]/scorm/module.astro, every chapter of the
 * course on one page) into the template the module builder cuts in the
 * browser (module-package.ts). Pure string work, no Node API, run by
 * scripts/scorm-packages.mjs before packageFiles():
 *
 * - ids: each chapter's page was written alone, so two chapters may use the
 *   same id ("objectives", "quiz", a heading's slug, a timeline event). An id
 *   found more than once on the page becomes `<chapter>--<id>` inside each
 *   chapter's section, and so do the references to it there (href="#…",
 *   for, aria-labelledby and the other IDREF attributes); an id found once
 *   keeps its name, so that scripts which compute ids still find them.
 * - links: inside a chapter, a link to that chapter's own page with a
 *   fragment the page carries becomes that fragment (a link to another
 *   chapter stays a link to the live site: that chapter may not be in the
 *   teacher's module), and a relative link is resolved against the chapter's
 *   page, where its author wrote it.
 * - landmarks: a chapter's named regions (its objectives, quiz, sources…)
 *   would have the same names as the next chapter's; each also takes the
 *   chapter's title (aria-labelledby="<its heading> ch-<chapter>", or its
 *   aria-label and " · <chapter title>"), so that
 *   a screen reader's list of landmarks tells them apart.
 * - headings inside a chapter's body go one level down (h2 → h3…): the
 *   chapter's title is the h2 of its section, under the module's h1.
 * - scripts: Astro writes a component's script where the component first
 *   appears; a chapter left out of a module must not take with it the script
 *   another chapter needs, so every module script inside a chapter moves,
 *   in order, to the end of <vp-scorm> (module scripts run after parsing
 *   anyway, in document order).
 *
 *   const { html, origins } = moduleTemplate(built, [{ id: 'gdpr', page: '/en/gdpr/' }, …]);
 *   // origins: id in the page → [chapter page, the id it had there], for fragmentTargets()
 */

import { escapeHtml } from '../escape';

export interface TemplateChapter {
  id: string;
  /** Its title, which its landmarks named by aria-label take too. */
  title: string;
  /** Base-prefixed path of its live page (`/en/gdpr/`). */
  page: string;
}

/** A marked region: `<!--pkg:KIND:ID-->…<!--/pkg:KIND:ID-->` (every occurrence). */
export const regionPattern = (kind: string, id: string) => {
  const q = `${kind}${id ? `:${id}` : ''}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<!--pkg:${q}-->([\\s\\S]*?)<!--/pkg:${q}-->`, 'g');
};

const IDREF_ATTRS = ['for', 'headers', 'list', 'form', 'popovertarget', 'commandfor', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-errormessage', 'aria-activedescendant', 'aria-flowto'];
const IDREF = new RegExp(`(\\s(?:${IDREF_ATTRS.join('|')})=")([^"]*)(")`, 'g');

const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

/** The module launch page as the template module-package.ts cuts (see the header). */
export function moduleTemplate(html: string, chapters: readonly TemplateChapter[]): { html: string; origins: Record<string, [page: string, id: string]> } {
  const count = new Map<string, number>();
  for (const id of idsIn(html)) count.set(id, (count.get(id) ?? 0) + 1);
  const origins: Record<string, [string, string]> = {};
  let out = html;
  const hoisted: string[] = [];
  for (const ch of chapters) {
    const rx = regionPattern('c', ch.id);
    out = out.replace(rx, (whole, inner: string) => {
      const own = new Set(idsIn(inner));
      if (!own.size) return whole; // the chapter's line in the contents
      const rename = (id: string) => (own.has(id) && (count.get(id) ?? 0) > 1 ? `${ch.id}--${id}` : id);
      for (const id of own) origins[rename(id)] = [ch.page, id];
      let body = inner
        .replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, z: string) => `${a}${rename(id)}${z}`)
        .replace(IDREF, (_, a: string, list: string, z: string) => `${a}${list.split(/\s+/).map((id) => (id ? rename(id) : id)).join(' ')}${z}`)
        .replace(/(<a\s[^>]*?\shref=")([^"]*)(")/g, (all, a: string, href: string, z: string) => {
          const raw = href.replace(/&amp;/g, '&');
          if (raw.startsWith('#')) {
            const id = decodeURIComponent(raw.slice(1));
            return own.has(id) ? `${a}#${rename(id)}${z}` : all;
          }
          if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) return all;
          const u = new URL(raw, `https://site.invalid${ch.page}`);
          const id = decodeURIComponent(u.hash.slice(1));
          if (u.pathname === ch.page && id && own.has(id)) return `${a}#${rename(id)}${z}`;
          return raw.startsWith('/') ? all : `${a}${(u.pathname + u.search + u.hash).replace(/&/g, '&amp;')}${z}`;
        })
        .replace(/<script\b[^>]*\btype="module"[^>]*>[\s\S]*?<\/script>/g, (tag) => {
          hoisted.push(tag);
          return '';
        });
      body = body.replace(/<(section|nav|aside|form)\b([^>]*?)\saria-labelledby="([^"]+)"/g, (tag, el: string, attrs: string, list: string) =>
        list.split(' ').includes(`ch-${ch.id}`) ? tag : `<${el}${attrs} aria-labelledby="${list} ch-${ch.id}"`)
        .replace(/<(section|nav|aside|form)\b([^>]*?)\saria-label="([^"]+)"/g, (_, el: string, attrs: string, label: string) => `<${el}${attrs} aria-label="${label} · ${escapeHtml(ch.title)}"`);
      body = body.replace(regionPattern('b', ch.id), (b) => b.replace(/<(\/?)h([2-5])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${Number(n) + 1}`));
      return whole.replace(inner, () => body);
    });
  }
  if (hoisted.length) {
    const at = out.lastIndexOf('</vp-scorm>');
    if (at < 0) throw new Error('module template: no </vp-scorm>');
    out = `${out.slice(0, at)}${[...new Set(hoisted)].join('')}${out.slice(at)}`;
  }
  return { html: out, origins };
}

/**
 * The live address of every in-page link target a cut can remove: for each
 * `href="#X"` of the packaged page whose X lies in a chapter (origins) or is
 * a glossary entry (`term-…`) or a chapter's section (`ch-…`), where the
 * same thing is on the live site. module-package.ts points a link there when
 * the cut removed its target.
 */
export function fragmentTargets(html: string, o: { origins: Record<string, [string, string]>; site: string; glossary: string; chapters: readonly TemplateChapter[] }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/\shref="#([^"]+)"/g)) {
    const id = decodeURIComponent(m[1]!);
    if (id in out) continue;
    const origin = o.origins[id];
    const chapter = id.startsWith('ch-') ? o.chapters.find((c) => `ch-${c.id}` === id) : undefined;
    if (chapter) out[id] = new URL(chapter.page, o.site).href;
    else if (origin) out[id] = new URL(`${origin[0]}#${origin[1]}`, o.site).href;
    else if (id.startsWith('term-')) out[id] = new URL(`${o.glossary}#${id}`, o.site).href;
  }
  return out;
}
