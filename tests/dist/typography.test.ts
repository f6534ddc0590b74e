/**
 * French typography over every built French page's visible text (the rule set
 * of src/lib/typography.ts): a plain space before « : », a glued « ? », « 1 octobre »
 * fails with the page and the excerpt. English parts of a French page
 * (lang="en"), code and addresses are skipped, and so are proper names marked
 * translate="no" (publishers, authors: « Deng, Guo; CVPR 2019 » is a name, the
 * same on every page). The attributes a reader also meets (aria-label, title,
 * alt, placeholder: read aloud, shown on hover or in an empty field) are
 * checked on the same terms: French by their element's nearest `lang`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '../../src/lib/typography';
import { DIST, requireBuild } from '../support/dist';
import { htmlFiles, pageText } from '../support/page-text';

const dist = requireBuild(DIST);
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'] as const;

/**
 * The French values of the readable attributes of a page, one line each,
 * named by element and attribute (`button[aria-label] Fermer : oui`);
 * elements marked translate="no" and their content are left out, as in the text.
 */
export function frenchAttributes(html: string): string[] {
  const out: string[] = [];
  const stack: { tag: string; lang: string; skip: boolean }[] = [{ tag: '#root', lang: '', skip: false }];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1]!;
        const lang = (attrs.lang ?? parent.lang).toLowerCase().split('-')[0]!;
        const skip = parent.skip || attrs.translate === 'no';
        stack.push({ tag: name, lang, skip });
        if (skip || lang !== 'fr') return;
        for (const a of ATTRIBUTES) if (attrs[a]?.trim()) out.push(`${name}[${a}] ${attrs[a]}`);
      },
      onclosetag(name) {
        for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.tag === name) { stack.length = i; break; }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const pages = htmlFiles(dist)
  .map((file) => {
    const html = readFileSync(`${dist}/${file}`, 'utf8');
    return { file, text: pageText(html, { skipNoTranslate: true }).fr ?? '', attributes: frenchAttributes(html) };
  })
  .filter((p) => p.text.trim() || p.attributes.length);

describe('French typography on the built pages', () => {
  it('finds French text on the French pages (the extraction works)', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.find((p) => p.file === 'fr/index.html')?.text).toMatch(/RGPD/);
  });
  it('has a no-break space before ; : ! ? », after «, and ordinals written « 1er »', () => {
    const found = pages.flatMap((p) => frenchTypographyProblems(p.text).map((x) => `${p.file} [${x.rule}] …${x.excerpt}…`));
    // TYPOGRAPHY_REPORT=file writes every slip, one a line (for counting and fixing).
    if (process.env.TYPOGRAPHY_REPORT) writeFileSync(process.env.TYPOGRAPHY_REPORT, found.join('\n'));
    expect(found, `${found.length} slip(s):\n${found.slice(0, 80).join('\n')}`).toEqual([]);
  });
  it('finds French attributes to check (the extraction works)', () => {
    // alt and placeholder are checked wherever they appear; no French page has a worded one today.
    const all = pages.flatMap((p) => p.attributes);
    expect(all.filter((x) => x.includes('[aria-label] ')).length).toBeGreaterThan(50);
    expect(all.filter((x) => x.includes('[title] ')).length).toBeGreaterThan(50);
  });
  it('holds the same typography in aria-label, title, alt and placeholder', () => {
    // One value at a time, so that a slip names its element and attribute.
    const found = pages.flatMap((p) => p.attributes.flatMap((line) => {
      const value = line.slice(line.indexOf('] ') + 2);
      return frenchTypographyProblems(value).map((x) => `${p.file} ${line.slice(0, line.indexOf('] ') + 1)} [${x.rule}] …${x.excerpt}…`);
    }));
    if (process.env.TYPOGRAPHY_REPORT) writeFileSync(`${process.env.TYPOGRAPHY_REPORT}.attributes`, found.join('\n'));
    expect(found, `${found.length} slip(s):\n${found.slice(0, 80).join('\n')}`).toEqual([]);
  });
});

describe('the page check bites', () => {
  it('on a plain space planted before a colon of a French page, not inside its English part', () => {
    const html = '<html lang="fr"><body><p>Le responsable du traitement <em>doit</em> répondre : oui.</p>'
      + '<p lang="en">Note : English spacing is not checked here</p><pre>a : b</pre></body></html>';
    const { fr = '' } = pageText(html);
    expect(frenchTypographyProblems(fr).map((p) => p.excerpt)).toEqual([expect.stringContaining('répondre·:')]);
  });
  it('on a plain space planted before « ? » in a French aria-label, not in an English title or a name', () => {
    const html = '<html lang="fr"><body><button aria-label="Effacer ? (définitif)">×</button>'
      + '<a href="#" title="Open : English" lang="en">x</a><abbr translate="no" title="Deng : Guo">x</abbr>'
      + '<img alt="Visage « net »" src="a.png"><input placeholder="nom ; prénom"></body></html>';
    const values = frenchAttributes(html);
    expect(values).toEqual(['button[aria-label] Effacer ? (définitif)', 'img[alt] Visage « net »', 'input[placeholder] nom ; prénom']);
    expect(values.flatMap((v) => frenchTypographyProblems(v).map((p) => p.rule)))
      .toEqual(['space-before', 'guillemet-space', 'space-before', 'space-before']);
  });
});
