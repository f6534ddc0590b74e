/**
 * French typography, one rule set: what the checks look for and what the fixer
 * writes. typopo 3.1.0 has no French locale (en-us, de-de, sk, cs, rue: a
 * French text comes back with its spaces before « : » removed), so the rules
 * are our own, small, and tested (tests/unit/typography.test.ts).
 *
 * The space is U+00A0 (NO-BREAK SPACE) everywhere: before « ; : ! ? », after
 * « and before ». The Imprimerie nationale's narrow space (U+202F) would be
 * finer before ; ! ?, but some screen readers and fonts still treat it badly
 * and most of the site already used U+00A0 (1,014 places against 32 when this
 * was written), so there is one space and a narrow one counts as a slip.
 * Ordinals: « 1er », « 1re », « 2e », never « 1 er », « 1ère » or « 2ème ».
 *
 * Excerpts show a breaking space as ·, a narrow one as ⍽, U+00A0 as _ and a line end as ⏎.
 *
 * @example frenchTypographyProblems('Dates : du 1 au 2').map((p) => p.rule) // ['space-before']
 * @example fixFrenchTypography('« oui » ; non !') // '«\u00a0oui\u00a0»\u00a0; non\u00a0!'
 */

export const NBSP = '\u00a0';

export type TypographyRule =
  | 'space-before' // a breaking or narrow space before ; : ! ? or »
  | 'missing-space' // « mot; » « mot! » « mot? » glued to the word
  | 'guillemet-space' // « with no space or a breaking one after it
  | 'ordinal'; // « 1 er », « 1ère », « 2ème »

export interface TypographyProblem {
  rule: TypographyRule;
  /** Offset in the text checked. */
  index: number;
  /** The text around the slip, spaces made visible (· breaking, ⍽ narrow). */
  excerpt: string;
}

interface Rule {
  rule: TypographyRule;
  find: RegExp;
  fix: (m: string, ...groups: string[]) => string;
}

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

const RULES: Rule[] = [
  // A space that can break, or the narrow one, before a high mark or a closing guillemet.
  { rule: 'space-before', find: /[ \t\u202f]+([;:!?»])/g, fix: (_m, p) => NBSP + p },
  // A high mark glued to a word (« Pourquoi? »); « : » is left alone here (12:30, Art. 5:1).
  { rule: 'missing-space', find: /([\p{L}\p{N}’)\]])([;!?])(?=[\s)»]|$)/gu, fix: (_m, w, p) => w + NBSP + p },
  { rule: 'missing-space', find: /([\p{L}’)\]])(»)/gu, fix: (_m, w, p) => w + NBSP + p },
  // After « comes a no-break space, whatever was there.
  { rule: 'guillemet-space', find: /«(?:[ \t\u202f]+|(?=[^\s\u00a0]))/g, fix: () => '«' + NBSP },
  // Ordinals.
  { rule: 'ordinal', find: /\b1 (er|re)\b/g, fix: (_m, s) => `1${s}` },
  { rule: 'ordinal', find: /\b1(?:ère|ere)\b/g, fix: () => '1re' },
  { rule: 'ordinal', find: /\b(\d+) ?(?:ème|eme)(s?)\b/g, fix: (_m, n, s) => `${n}e${s}` },
  // The first of a month is « 1er »: « le 1 octobre » is a slip.
  { rule: 'ordinal', find: new RegExp(`(?<![\\d,.])\\b1 (${MONTHS})\\b`, 'g'), fix: (_m, month) => `1er ${month}` },
];

// Addresses and e-mail addresses keep their colons and question marks.
const URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s«»<>"]+/g;

function masked(text: string): string {
  return text.replace(URL, (u) => 'x'.repeat(u.length));
}

const show = (s: string) => s.replace(/ /g, '·').replace(/\u202f/g, '⍽').replace(/\u00a0/g, '_').replace(/\n/g, '⏎');

/** Every slip in a French text, with its place (URLs skipped). */
export function frenchTypographyProblems(text: string): TypographyProblem[] {
  const t = masked(text);
  const problems: TypographyProblem[] = [];
  for (const r of RULES) {
    for (const m of t.matchAll(r.find)) {
      const index = m.index ?? 0;
      problems.push({ rule: r.rule, index, excerpt: show(text.slice(Math.max(0, index - 25), index + m[0].length + 15)) });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** The same text with every slip mended (URLs left as they are). */
export function fixFrenchTypography(text: string): string {
  // Work on the pieces between URLs so that an address is never touched.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += fixPlain(text.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + fixPlain(text.slice(last));
}

function fixPlain(text: string): string {
  return RULES.reduce((s, r) => s.replace(r.find, r.fix as (m: string, ...g: string[]) => string), text);
}
