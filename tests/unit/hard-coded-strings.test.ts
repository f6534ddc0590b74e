/**
 * Interface words live in src/i18n/<locale>/, teaching text in content/: no
 * French or English phrase may be written in code. The scanner
 * (tests/support/sentences.ts) reads string literals, template text and
 * markup text of every .ts, .mjs and .astro file of src/ and scripts/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSentences, isSentence } from '../support/sentences';

/**
 * Files allowed to hold phrases, each with its reason. Keep it short: a
 * phrase a reader can see never belongs here.
 */
const ALLOWED: Record<string, string> = {
  // Messages to content authors when content/ is broken (the build stops); never on a page.
  'src/schemas/': 'content authors’ validation messages',
  'src/lib/content-check.ts': 'content authors’ error messages',
  'src/lib/sequences-check.ts': 'content authors’ error messages',
  'src/integrations/content-integrity.ts': 'content authors’ error messages',
  // Printed in the terminal for developers and translators.
  'scripts/test.mjs': 'terminal output of npm test',
  'scripts/i18n-missing.mjs': 'terminal output of npm run i18n:missing',
};

function codeFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) { if (p !== join('src', 'i18n')) walk(p); }
      else if (/\.(ts|mts|mjs|astro)$/.test(p) && !p.endsWith('.d.ts') && !p.endsWith('.d.mts')) out.push(p);
    }
  };
  walk('src');
  walk('scripts');
  return out.sort();
}

describe('hard-coded interface text', () => {
  it('recognises phrases in both languages, and leaves code alone', () => {
    for (const s of ['Read the chapter', 'Lire le chapitre', 'Votre résultat', 'Make the link', 'Plan du site', 'Choose your language']) {
      expect(isSentence(s), s).toBe(true);
    }
    for (const s of ['mb-chapter open', 'text/html; charset=utf-8', 'a[href^="#"]', 'Atkinson Hyperlegible', 'M 0 0 L 10 10', '{n} / {total}', 'en-GB', 'visage-public-module.gift', 'notice mod-note no-print']) {
      expect(isSentence(s), s).toBe(false);
    }
  });
  it('finds a phrase planted in a TypeScript module, an Astro template and an attribute', () => {
    const ts = "export const label = 'Read this page in English';\nthrow new Error('the build stops here');";
    expect(findSentences(ts, 'x.ts').map((f) => [f.line, f.text])).toEqual([[1, 'Read this page in English']]);
    const astro = "---\nconst a = 'Lire la suite du chapitre';\n---\n<p class=\"lead big\">Choisissez votre langue</p>\n<img src=\"a.png\" alt=\"A photo of the crawler\" />\n<!-- a comment with the words -->";
    expect(findSentences(astro, 'x.astro').map((f) => [f.line, f.text]).sort()).toEqual([
      [2, 'Lire la suite du chapitre'],
      [4, 'Choisissez votre langue'],
      [5, 'A photo of the crawler'],
    ]);
  });
  it('finds none in src/ and scripts/, outside src/i18n/ and the reviewed files', () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(100);
    const allowed = (f: string) => Object.keys(ALLOWED).some((a) => (a.endsWith('/') ? f.startsWith(a) : f === a));
    for (const a of Object.keys(ALLOWED)) expect(files.some((f) => f.startsWith(a)), `${a} is allowed but gone: drop it from the list`).toBe(true);
    const found = files.filter((f) => !allowed(f)).flatMap((f) => findSentences(readFileSync(f, 'utf8'), f));
    expect(found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text.slice(0, 80))}`)).toEqual([]);
  });
});
