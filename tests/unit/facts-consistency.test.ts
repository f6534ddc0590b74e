/**
 * Facts that pages restate in prose, compared with the data they restate.
 *
 * The breach table, the fines chart and the timeline read their facts from
 * content/ (breaches.yaml, events). Prose cannot: a chapter sentence such as
 * "the Italian, Greek, Dutch and Austrian authorities found a breach of
 * Article 9" is typed by hand, in two languages, and drifted before (one page
 * named three authorities, the table four). So each such statement is listed
 * here with the pattern that finds it, and the test recomputes it from the
 * data: which authorities found an article breached, which articles all or
 * four of the five EU decisions share, how the UK fine is rounded.
 *
 * A statement that cannot be found fails too, so rewording a sentence means
 * updating its pattern here, not silently dropping the check. The last block
 * plants a defect in the prose and one in the data to show that the check bites.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { breachesFileSchema, type BreachEntry } from '../../src/schemas/breach';

const read = (p: string) => readFileSync(p, 'utf8');
const decisions: BreachEntry[] = breachesFileSchema.parse(parseYaml(read('content/charts/breaches.yaml'))).decisions;

/** The EU GDPR decisions against Clearview that name their articles: the grid of the breach table. */
const gridOf = (all: readonly BreachEntry[]) =>
  all.filter((d) => d.law === 'gdpr' && d.respondent === 'clearview' && d.articles.length > 0);

/** How prose names each authority, by its country, in either language. */
const AUTHORITY: Record<string, RegExp> = {
  IT: /Ital(?:y|ian|ie|ienne)|Garante/i,
  GR: /Gr(?:eece|eek|èce|ecque)|HDPA/i,
  NL: /Netherlands|Dutch|Pays-Bas|néerlandaise|\bAP\b/i,
  AT: /Austri(?:a|an)|Autriche|autrichienne|\bDSB\b/i,
  FR: /CNIL|France|French|française/i,
};

/** Countries whose authority found `article` breached, per the data. */
function countriesFinding(grid: readonly BreachEntry[], article: string): string[] {
  return grid.filter((d) => (d.articles as string[]).includes(article)).map((d) => d.country).sort();
}

/** Authorities named in a clause, in the order they appear. */
function authoritiesIn(text: string): string[] {
  return Object.entries(AUTHORITY)
    .map(([c, re]) => [c, text.search(re)] as const)
    .filter(([, i]) => i >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([c]) => c);
}

/**
 * Articles named in a clause, normalised to the breach table's notation:
 * "5(1)(a)" and « l’article 5, paragraphe 1, point a) » both give 5(1)(a);
 * "12 to 15" and « 12 à 15 » give 12, 13, 14, 15.
 */
export function articlesIn(text: string): string[] {
  const out: string[] = [];
  let rest = text.replace(/(\d+), paragraphe (\d+), point ([a-z])\)/g, (_, a, p, l) => {
    out.push(`${a}(${p})(${l})`);
    return ' ';
  });
  rest = rest.replace(/\b(\d+)\s+(?:to|à)\s+(\d+)\b/g, (_, a, b) => {
    for (let n = Number(a); n <= Number(b); n++) out.push(String(n));
    return ' ';
  });
  for (const m of rest.matchAll(/\b\d+(?:\(\d+\)(?:\([a-z]\))?)?/g)) out.push(m[0]);
  return [...new Set(out)].sort();
}

const NUMBER_WORDS: Record<string, number> = { three: 3, four: 4, five: 5, trois: 3, quatre: 4, cinq: 5 };

/** One statement a page makes, where to find it, and what the data says it must be. */
interface Statement {
  file: string;
  /** Finds the statement; its groups are what `check` compares. */
  find: RegExp;
  check: (m: RegExpMatchArray, grid: readonly BreachEntry[]) => string | undefined;
}

const sameList = (what: string, got: string[], want: string[]) =>
  JSON.stringify([...got].sort()) === JSON.stringify([...want].sort())
    ? undefined
    : `${what}: the text says ${got.join(', ') || 'nothing'}, the data ${want.join(', ')}`;

/** "X, Y and Z found a breach of Article 9" (group 1: the authorities). */
const whoFound = (article: string) => (m: RegExpMatchArray, grid: readonly BreachEntry[]) =>
  sameList(`Article ${article}`, authoritiesIn(m[1]!), countriesFinding(grid, article));

/** The enforcement chapter's summary: what all and what four of the decisions share. */
const commonCore = (m: RegExpMatchArray, grid: readonly BreachEntry[]) => {
  const [, count, all, four] = m;
  if (NUMBER_WORDS[count!.toLowerCase()] !== grid.length) return `"${count}" decisions, the data has ${grid.length}`;
  const found = (a: string) => countriesFinding(grid, a).length;
  const articles = [...new Set(grid.flatMap((d) => d.articles as string[]))];
  return (
    sameList('articles found by all', articlesIn(all!), articles.filter((a) => found(a) === grid.length)) ??
    sameList('articles found by four', articlesIn(four!), articles.filter((a) => found(a) === 4))
  );
};

export const STATEMENTS: Statement[] = [
  {
    file: 'content/chapters/en/clearview-case.mdx',
    find: /while the ([\w\s,]+?)\s+authorities found a breach of Article 9, and the first\s+three also of Article\s+14/,
    check: (m, g) => whoFound('9')(m, g) ?? sameList('Article 14', authoritiesIn(m[1]!).slice(0, 3), countriesFinding(g, '14')),
  },
  {
    file: 'content/chapters/fr/clearview-case.mdx',
    find: /tandis que les autorités ([\p{L}\s,]+?)\s+ont constaté un manquement à l’article 9, et les\s+trois premières aussi à l’article\s+14/u,
    check: (m, g) => whoFound('9')(m, g) ?? sameList('article 14', authoritiesIn(m[1]!).slice(0, 3), countriesFinding(g, '14')),
  },
  {
    file: 'content/chapters/en/gdpr.mdx',
    find: /The ([\w\s,]+?)\s+authorities all found a breach of Article\s+9/,
    check: whoFound('9'),
  },
  {
    file: 'content/chapters/fr/gdpr.mdx',
    find: /Les autorités ([\p{L}\s,]+?)\s+ont toutes constaté une violation de\s+l’article 9/u,
    check: whoFound('9'),
  },
  {
    file: 'content/quizzes/clearview-case.yaml',
    find: /it was the ([\w\s,]+?) authorities that found a breach of Article 9/,
    check: whoFound('9'),
  },
  {
    file: 'content/quizzes/clearview-case.yaml',
    find: /ce sont les autorités ([\p{L}\s,]+?) qui ont constaté un manquement à l’article 9/u,
    check: whoFound('9'),
  },
  {
    file: 'content/quizzes/enforcement.yaml',
    find: /Found by ([\w\s,]+?), but not by the CNIL/,
    check: whoFound('9'),
  },
  {
    file: 'content/quizzes/enforcement.yaml',
    find: /Retenu par ([\p{L}’\s,-]+?), mais pas par la CNIL/u,
    check: whoFound('9'),
  },
  {
    file: 'content/chapters/en/your-rights.mdx',
    find: /not\s+having a representative is itself a breach, and the ([\w\s,]+?)\s+authorities all found it against/,
    check: whoFound('27'),
  },
  {
    file: 'content/chapters/fr/your-rights.mdx',
    find: /en soi un manquement, que les autorités ([\p{L}\s,]+?)\s+ont toutes constaté chez/u,
    check: whoFound('27'),
  },
  {
    file: 'content/chapters/en/gdpr.mdx',
    find: /The\s+(Garante) ordered it to, and the ([\w\s,]+?) authorities found a\s+breach of Article\s+27/,
    check: (m, g) => sameList('Article 27', authoritiesIn(`${m[1]} ${m[2]}`), countriesFinding(g, '27')),
  },
  {
    file: 'content/chapters/fr/gdpr.mdx',
    find: /Le (Garante) le lui a ordonné, et les autorités ([\p{L}\s,]+?)\s+ont constaté une violation de\s+l’article 27/u,
    check: (m, g) => sameList('article 27', authoritiesIn(`${m[1]} ${m[2]}`), countriesFinding(g, '27')),
  },
  {
    file: 'content/chapters/en/enforcement.mdx',
    find: /All (\w+) found\s+no lawful basis \(Article ([^)]+)\); four of them also found breaches of Articles\s+([\d(),a-z\s]+?), but not/,
    check: commonCore,
  },
  {
    file: 'content/chapters/fr/enforcement.mdx',
    find: /Toutes (\w+)\s+ont constaté l’absence de base légale \(article ([^)]+)\)\s?;\s+quatre d’entre elles ont\s+aussi retenu (l’article[\s\S]+?), mais pas/u,
    check: commonCore,
  },
];

/** Every statement's problem, or a line saying it was not found. */
export function problems(texts: Record<string, string>, all: readonly BreachEntry[] = decisions): string[] {
  const grid = gridOf(all);
  return STATEMENTS.flatMap((s) => {
    const m = texts[s.file]?.match(s.find);
    if (!m) return [`${s.file}: statement not found (${s.find.source.slice(0, 50)}…)`];
    const p = s.check(m, grid);
    return p ? [`${s.file}: ${p}`] : [];
  });
}

const texts: Record<string, string> = Object.fromEntries(STATEMENTS.map((s) => [s.file, read(s.file)]));

/** Every text file of content/ and src/i18n/ (prose, YAML and dictionaries). */
function allTexts(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(mdx|ya?ml|json)$/.test(e.name)) out.push([p, read(p)]);
    }
  };
  walk('content');
  walk('src/i18n');
  return out;
}

/**
 * The UK fine written in millions must be the event's amount rounded to two
 * decimals (£7.55 million, 7,55 millions de livres), never "£7.5 million".
 * Source titles quote their publisher and are left as published; the
 * corrections logs quote the old figure on purpose.
 */
function ukFineRoundings(files: [string, string][]): string[] {
  const event = parseYaml(read('content/events/ico-final-fine.yaml')) as { amount: { value: number; currency: string } };
  expect(event.amount.currency).toBe('GBP');
  const want = (event.amount.value / 1e6).toFixed(2);
  const bad: string[] = [];
  for (const [file, text] of files) {
    if (file.startsWith(join('content', 'sources')) || file.startsWith(join('content', 'corrections'))) continue;
    for (const m of text.matchAll(/£\s?(7[.,]\d+)\s?(?:million|m\b)|\b(7,\d+)\s+millions? de livres/g)) {
      const got = (m[1] ?? m[2])!.replace(',', '.');
      if (got !== want) bad.push(`${file}: "${m[0]}" (the fine is ${event.amount.value}, ${want} million)`);
    }
  }
  return bad;
}

/**
 * The UK fine is neither cancelled nor final (remitted by the Upper Tribunal
 * in 2025, see content/charts/fines.yaml): a sentence that names its amount
 * may say "neither … nor final" / « ni … ni définitive », never just "final".
 */
function ukFineCalledFinal(files: [string, string][]): string[] {
  const bad: string[] = [];
  for (const [file, text] of files) {
    if (file.startsWith(join('content', 'corrections'))) continue;
    for (const sentence of (file.endsWith('.mdx') ? text.split(/\n\s*\n/) : text.split('\n')).flatMap((p) => p.split(/(?<=[.!?])\s+/))) {
      if (!/7[\s\u00a0\u202f,.]?55/.test(sentence)) continue;
      const rest = sentence.replace(/(?:ni|nor|neither)\s+(?:annulée\s+ni\s+)?(?:définitive|final)/g, '');
      if (/\bdéfinitive?\b|\bfinal\b/i.test(rest)) bad.push(`${file}: "${sentence.trim().slice(0, 120)}"`);
    }
  }
  return bad;
}

describe('facts that pages restate agree with the data', () => {
  it('never calls the UK fine final', () => {
    expect(ukFineCalledFinal(allTexts())).toEqual([]);
    expect(ukFineCalledFinal([['content/x.yaml', 'In the UK the final fine was £7,552,800.']])).toHaveLength(1);
    expect(ukFineCalledFinal([['content/x.yaml', 'L’amende de 7 552 800 livres n’est ni annulée ni définitive.']])).toEqual([]);
  });

  it('names the authorities that found Article 9 (and 14) breached, and the decisions’ shared articles, as the breach table does', () => {
    expect(problems(texts)).toEqual([]);
  });

  it('rounds the UK fine the same way everywhere', () => {
    expect(ukFineRoundings(allTexts())).toEqual([]);
  });

  it('reads articles in both notations', () => {
    expect(articlesIn('Articles 5(1)(a), 9, 12, 15 and 27')).toEqual(['12', '15', '27', '5(1)(a)', '9']);
    expect(articlesIn('l’article 5, paragraphe 1, point a), et les articles 9, 12 à 15 et 27')).toEqual(
      ['12', '13', '14', '15', '27', '5(1)(a)', '9'],
    );
  });

  describe('bites on a planted defect', () => {
    it('in the prose: an authority left out of the Article 9 list', () => {
      const planted = { ...texts, 'content/quizzes/clearview-case.yaml': texts['content/quizzes/clearview-case.yaml']!.replace('Dutch and Austrian', 'and Dutch') };
      expect(problems(planted)).toEqual([
        'content/quizzes/clearview-case.yaml: Article 9: the text says IT, GR, NL, the data AT, GR, IT, NL',
      ]);
    });

    it('in the data: an article removed from one decision', () => {
      const planted = decisions.map((d) => (d.id === 'dsb-2023' ? { ...d, articles: d.articles.filter((a) => a !== '9') } : d));
      expect(problems(texts, planted).length).toBeGreaterThanOrEqual(8);
    });

    it('in the prose: a statement reworded out of reach of its check', () => {
      const planted = { ...texts, 'content/chapters/en/gdpr.mdx': 'no such sentence' };
      const found = problems(planted);
      expect(found).toHaveLength(2);
      for (const p of found) expect(p).toMatch(/^content\/chapters\/en\/gdpr\.mdx: statement not found/);
    });

    it('in the amounts: "£7.5 million"', () => {
      expect(ukFineRoundings([['content/chapters/en/x.mdx', 'the £7.5 million fine']])).toHaveLength(1);
      expect(ukFineRoundings([['content/chapters/fr/x.mdx', 'l’amende de 7,5 millions de livres']])).toHaveLength(1);
      expect(ukFineRoundings([['content/chapters/en/x.mdx', 'the £7.55 million fine']])).toEqual([]);
    });
  });
});
