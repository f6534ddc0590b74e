/**
 * Markdown plugin of the pseudo-locale build (VP_PSEUDO=1), for Sätteri,
 * Astro 7's Markdown processor: in the chapters and pages copied to
 * <content>/{chapters,pages}/qps/ by scripts/pseudo-build.mjs, every word of
 * the prose goes through pseudo(), so that a pseudo page is transformed from
 * end to end and any plain word left on it came from code.
 *
 * Headings keep the anchor of their source text (the same `#id` as in the
 * source language), so links into a chapter keep working; code, URLs,
 * expressions and components' props are left alone (components get their
 * words from src/i18n and content/ like any page).
 *
 *   markdown: { processor: satteri({ mdastPlugins: [pseudoMarkdown] }) }
 */
import GithubSlugger from 'github-slugger';
import { pseudo } from '../../src/i18n/pseudo.ts';

const PSEUDO_DIR = /[\\/](chapters|pages)[\\/]qps[\\/]/;
// Prose text nodes: accents only, no brackets around every fragment of a sentence.
const accents = (s) => (s.trim() ? pseudo(s).slice(1, -1) : s);

/** A plugin factory: null (left out) for every file but the pseudo-locale's copies. */
export default function pseudoMarkdown(ctx) {
  if (!ctx.fileURL || !PSEUDO_DIR.test(decodeURIComponent(ctx.fileURL.pathname))) return null;
  let slugger = new GithubSlugger();
  return {
    name: 'visage-public-pseudo',
    before() {
      slugger = new GithubSlugger();
    },
    heading(node, c) {
      const id = slugger.slug(c.textContent(node));
      c.setProperty(node, 'data', { ...(node.data ?? {}), hProperties: { ...(node.data?.hProperties ?? {}), id } });
    },
    text(node, c) {
      c.setProperty(node, 'value', accents(node.value));
    },
    image(node, c) {
      if (node.alt) c.setProperty(node, 'alt', accents(node.alt));
    },
  };
}
