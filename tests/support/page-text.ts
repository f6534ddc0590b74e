/**
 * The visible text of a built page, split by language: each run of text goes
 * to the language of its nearest `lang` attribute (so a source title marked
 * lang="en" on a French page is English). Code, scripts, styles and templates
 * are left out; block elements end a line, inline ones do not, so « mot
 * <em>x</em> : » is checked as one sentence. A part in another language ends
 * a line of its own language's text where it starts and ends: two French
 * titles in two list items of an English page are two lines, not one word
 * « AIDécision » made of the end of one and the start of the next. Proper
 * names marked translate="no" can be left out too (`skipNoTranslate`), which
 * spelling wants and typography does not.
 *
 * @example pageText('<html lang="fr"><p>Oui <i lang="en">yes</i></p></html>')
 *   // { fr: 'Oui \n', en: '\nyes\n' }
 */
import { Parser } from 'htmlparser2';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['script', 'style', 'code', 'pre', 'template', 'kbd', 'samp', 'head']);
const BLOCK = new Set([
  'p', 'li', 'div', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'nav', 'main', 'aside', 'figure', 'figcaption', 'caption', 'blockquote', 'summary', 'details',
  'ul', 'ol', 'dl', 'table', 'form', 'label', 'option', 'button', 'text', 'tspan', 'title', 'desc', 'legend', 'fieldset', 'output',
]);

// Spans the stylesheets set on a line of their own (charts.css: .chart-muted,
// .chart-note; global.css: .key-dates .when, the date above each key date).
const BLOCK_CLASS = /\b(?:chart-(?:muted|note)|when)\b/;

export function pageText(html: string, opts: { skipNoTranslate?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const stack: { tag: string; lang: string; skip: boolean; block?: boolean }[] = [{ tag: '#root', lang: '', skip: false }];
  const top = () => stack[stack.length - 1]!;
  const add = (lang: string, s: string) => { if (lang) out[lang] = (out[lang] ?? '') + s; };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = top();
        const lang = (attrs.lang ?? parent.lang).toLowerCase().split('-')[0]!;
        const skip = parent.skip || SKIP.has(name) || (opts.skipNoTranslate === true && attrs.translate === 'no');
        const block = BLOCK.has(name) || BLOCK_CLASS.test(attrs.class ?? '');
        if (block) add(parent.lang, '\n');
        if (lang !== parent.lang) add(lang, '\n');
        stack.push({ tag: name, lang, skip, block });
      },
      ontext(text) {
        const t = top();
        if (!t.skip) add(t.lang, text);
      },
      onclosetag(name) {
        // Pop to the matching tag (htmlparser2 closes implied ends for us).
        let block = BLOCK.has(name);
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i]!.tag === name) {
            block ||= stack[i]!.block === true;
            if (stack[i]!.lang !== stack[i - 1]!.lang) add(stack[i]!.lang, '\n');
            stack.length = i;
            break;
          }
        }
        if (block) add(top().lang, '\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/** Every .html file under a built site, as paths relative to it. */
export function htmlFiles(dir: string, sub = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      files.push(...htmlFiles(dir, rel));
    } else if (name.endsWith('.html')) files.push(rel);
  }
  return files.sort();
}
