/**
 * French typography over every built French page's visible text (the rule set
 * of src/lib/typography.ts): a plain space before « : », a glued « ? », « 1 octobre »
 * fails with the page and the excerpt. English parts of a French page
 * (lang="en"), code and addresses are skipped, and so are proper names marked
 * translate="no" (publishers, authors: « Deng, Guo; CVPR 2019 » is a name, the
 * same on every page).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '../../src/lib/typography';
import { DIST, requireBuild } from '../support/dist';
import { htmlFiles, pageText } from '../support/page-text';

const dist = requireBuild(DIST);
const pages = htmlFiles(dist)
  .map((file) => ({ file, text: pageText(readFileSync(`${dist}/${file}`, 'utf8'), { skipNoTranslate: true }).fr ?? '' }))
  .filter((p) => p.text.trim());

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
});

describe('the page check bites', () => {
  it('on a plain space planted before a colon of a French page, not inside its English part', () => {
    const html = '<html lang="fr"><body><p>Le responsable du traitement <em>doit</em> répondre : oui.</p>'
      + '<p lang="en">Note : English spacing is not checked here</p><pre>a : b</pre></body></html>';
    const { fr = '' } = pageText(html);
    expect(frenchTypographyProblems(fr).map((p) => p.excerpt)).toEqual([expect.stringContaining('répondre·:')]);
  });
});
