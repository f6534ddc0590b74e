/**
 * Remark plugin of the pseudo-locale build (VP_PSEUDO=1): in the chapters
 * and pages copied to <content>/{chapters,pages}/qps/ by scripts/pseudo-build.mjs,
 * every word of the prose goes through pseudo(), so that a pseudo page is
 * transformed from end to end and any plain word left on it came from code.
 *
 * Headings keep the anchor of their source text (the same `#id` as in the
 * source language), so links into a chapter keep working; code, URLs,
 * expressions and component names are left alone; string attributes a
 * reader sees (alt, title, caption, label) are transformed.
 *
 *   markdown: { remarkPlugins: [remarkPseudo] }
 */
import GithubSlugger from 'github-slugger';
import { pseudo } from '../../src/i18n/pseudo.ts';

const SHOWN_ATTRS = new Set(['alt', 'title', 'caption', 'label']);
const PSEUDO_DIR = /[\\/](chapters|pages)[\\/]qps[\\/]/;

const plain = (node) => (node.type === 'text' || node.type === 'inlineCode' ? node.value : (node.children ?? []).map(plain).join(''));

function transform(node, slugger) {
  if (node.type === 'heading') {
    node.data ??= {};
    node.data.hProperties ??= {};
    node.data.hProperties.id ??= slugger.slug(plain(node));
  }
  if (node.type === 'text') node.value = pseudo(node.value).slice(1, -1);
  if (node.type === 'image' && node.alt) node.alt = pseudo(node.alt);
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
    for (const a of node.attributes) if (SHOWN_ATTRS.has(a.name) && typeof a.value === 'string') a.value = pseudo(a.value);
  }
  for (const child of node.children ?? []) transform(child, slugger);
}

export default function remarkPseudo() {
  return (tree, file) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!PSEUDO_DIR.test(path)) return;
    transform(tree, new GithubSlugger());
  };
}
