/**
 * The GDPR decision trees (content/law-trees/*.yaml, read with the schema
 * of src/schemas/law-tree.ts; logic in src/lib/law-trees): every walk ends
 * on an outcome, nothing is unreachable, every text exists in both
 * languages, every cited source exists and is one the chapter lists, the
 * schema rejects a broken tree, and the walks the chapter talks about
 * (Clearview's) end where the decisions say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { follow, problems, readingOrder, sourceIds, walks, type LawTreeData } from '../../src/lib/law-trees';
import { lawTreeSchema, VERDICTS } from '../../src/schemas/law-tree';
import { LOCALES, REAL_LOCALES } from '../../src/i18n/locales';
import { lawTrees as loadTrees, words } from '../support/explorables';

type Bilingual = { fr: string; en: string };
const lawTrees = loadTrees();
const trees = Object.values(lawTrees);
/** The sources chapter 4 lists (issue 5): the trees cite no other. */
const CHAPTER_SOURCES = [
  'gdpr-regulation-2016', 'cnil-san-2022-019', 'garante-ordinanza-2022', 'edpb-hellenic-dpa-2022',
  'ico-penalty-2022', 'ukut-ico-v-clearview-2025', 'ap-nl-decision-2024',
];

/** Every { fr, en } pair in a value, with where it was found. */
function texts(value: unknown, at = ''): [string, Bilingual][] {
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.fr === 'string' || typeof o.en === 'string') return [[at, o as unknown as Bilingual]];
    return Object.entries(o).flatMap(([k, v]) => texts(v, `${at}.${k}`));
  }
  return [];
}

describe.each(trees.map((t) => [t.id, t] as const))('the "%s" tree', (_id, tree) => {
  it('has no unreachable node, no lone answer and no dead link', () => {
    expect(problems(tree)).toEqual([]);
  });

  it('has no cycle, and every walk from the first question ends on an outcome', () => {
    const all = walks(tree); // throws on a cycle
    expect(all.length).toBeGreaterThan(3);
    for (const w of all) expect(tree.nodes[w.ids.at(-1)!]?.kind).toBe('outcome');
  });

  it('reaches every outcome by some walk', () => {
    const reached = new Set(walks(tree).map((w) => w.ids.at(-1)));
    const outcomes = Object.entries(tree.nodes).filter(([, n]) => n.kind === 'outcome').map(([id]) => id);
    expect([...reached].sort()).toEqual(outcomes.sort());
  });

  it('meets every node when its nested lists are read', () => {
    expect(readingOrder(tree).sort()).toEqual(Object.keys(tree.nodes).sort());
  });

  it('has every text in French and in English, none empty', () => {
    const all = texts(tree);
    expect(all.length).toBeGreaterThan(20);
    for (const [at, t] of all) {
      expect(t.fr?.trim(), `${at}.fr`).toBeTruthy();
      expect(t.en?.trim(), `${at}.en`).toBeTruthy();
    }
  });

  it('cites only sources that exist in content/sources/ and that chapter 4 lists', () => {
    const ids = sourceIds(tree);
    expect(ids).toContain('gdpr-regulation-2016');
    for (const id of ids) {
      expect(existsSync(resolve('content/sources', `${id}.yaml`)), `content/sources/${id}.yaml`).toBe(true);
      expect(CHAPTER_SOURCES, id).toContain(id);
    }
  });

  it('ends each outcome on the Regulation and on at least one provision', () => {
    for (const [id, n] of Object.entries(tree.nodes)) {
      if (n.kind !== 'outcome') continue;
      expect(n.decisions.map((d) => d.source), id).toContain('gdpr-regulation-2016');
      expect(n.articles.en, id).toMatch(/Art|Directive/);
    }
  });

  it('has a Clearview ending backed by at least three decisions', () => {
    const cv = Object.values(tree.nodes).filter((n) => n.kind === 'outcome' && n.clearview);
    expect(cv.length).toBeGreaterThanOrEqual(1);
    for (const n of cv) if (n.kind === 'outcome') expect(n.decisions.filter((d) => d.source !== 'gdpr-regulation-2016').length).toBeGreaterThanOrEqual(3);
  });
});

describe('the walks the chapter describes', () => {
  it('Clearview: personal data, processed, not excluded, no establishment, no offer, but monitoring → Art. 3(2)(b)', () => {
    const { id, node } = follow(lawTrees.applies!, [0, 0, 1, 1, 1, 1, 0]);
    expect(id).toBe('monitoring-yes');
    expect(node.kind === 'outcome' && node.verdict).toBe('applies');
    expect(node.kind === 'outcome' && node.articles.en).toContain('3(2)(b)');
    expect(node.kind === 'outcome' && node.articles.en).toContain('27');
  });

  it('a household activity → the GDPR does not apply (Art. 2(2)(c))', () => {
    const { node } = follow(lawTrees.applies!, [0, 0, 0]);
    expect(node.kind === 'outcome' && [node.verdict, node.articles.en]).toEqual(['excluded', 'Art. 2(2)(c) and Recital 18 GDPR']);
  });

  it('a competent authority fighting crime → the Law Enforcement Directive', () => {
    const { node } = follow(lawTrees.applies!, [0, 0, 1, 0]);
    expect(node.kind === 'outcome' && node.verdict).toBe('other');
  });

  it('Clearview: no basis from (a) to (e), a legitimate interest that fails the balancing → Art. 6 breach (CNIL)', () => {
    const { id, node } = follow(lawTrees['lawful-basis']!, [1, 1, 1, 1, 1, 0, 0, 0]);
    expect(id).toBe('overridden');
    expect(node.kind === 'outcome' && node.decisions.map((d) => d.source)).toContain('cnil-san-2022-019');
  });

  it('biometric identification with no Art. 9(2) exception → prohibited, as the Garante, the Hellenic DPA and the AP found', () => {
    const { id, node } = follow(lawTrees['lawful-basis']!, [1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1]);
    expect(id).toBe('prohibited');
    const cited = node.kind === 'outcome' ? node.decisions.map((d) => d.source) : [];
    expect(cited).toEqual(expect.arrayContaining(['garante-ordinanza-2022', 'edpb-hellenic-dpa-2022', 'ap-nl-decision-2024']));
  });

  it('every Art. 6 basis leads to the same Art. 9 question', () => {
    for (const path of [[0], [1, 0], [1, 1, 0], [1, 1, 1, 0], [1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 0, 0, 1]]) {
      expect(follow(lawTrees['lawful-basis']!, path).id, path.join()).toBe('biometric');
    }
  });

  it('stops at an outcome and rejects an answer that does not exist', () => {
    expect(follow(lawTrees.applies!, [1, 0, 0, 0]).id).toBe('not-personal');
    expect(() => follow(lawTrees.applies!, [0, 5])).toThrow(/no answer 5/);
  });
});

/** A tiny tree with every text the same in each language: a → b → (a | outcome). */
const all = (s: string) => Object.fromEntries(LOCALES.map((l) => [l, s])) as LawTreeData['title'];
const q = (next: string, other = 'end') => ({ kind: 'question' as const, text: all('q'), short: all('q'), help: all('h'), answers: [{ label: all('y'), next }, { label: all('n'), next: other }] });
const end = { kind: 'outcome' as const, verdict: 'applies' as const, title: all('t'), text: all('t'), articles: all('Art. 1'), decisions: [{ source: 'gdpr-regulation-2016', note: all('n') }] };

describe('walks()', () => {
  it('throws on a cycle', () => {
    const loop: LawTreeData = { id: 'loop', title: all('t'), intro: all('i'), start: 'a', nodes: { a: q('b'), b: q('a'), end } };
    expect(() => walks(loop)).toThrow(/cycle/);
    expect(problems(loop)).toEqual(['cycle: "a"']);
  });
});

describe('the schema', () => {
  /** applies.yaml as parsed YAML (before the schema), for breaking. */
  const raw = () => parse(readFileSync(resolve('content/law-trees/applies.yaml'), 'utf8')) as { start: string; nodes: Record<string, { answers?: { next: string }[]; decisions?: unknown[]; text?: Record<string, string> }> };
  const messages = (data: unknown) => {
    const r = lawTreeSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  };

  it('accepts both trees', () => {
    expect(Object.keys(lawTrees).sort()).toEqual(['applies', 'lawful-basis']);
  });

  it('rejects an answer that leads nowhere, and the node it made unreachable', () => {
    const data = raw();
    data.nodes.household!.answers![1]!.next = 'law-enforcment';
    expect(messages(data)).toEqual(expect.arrayContaining([
      expect.stringContaining('dead-link: "household" → "law-enforcment"'),
      expect.stringContaining('unreachable: "law-enforcement"'),
    ]));
  });

  it('rejects a missing first question, an outcome that cites nothing and a missing English text', () => {
    expect(messages({ ...raw(), start: 'nope' })).toEqual([expect.stringContaining('no-start: "nope"')]);
    const data = raw();
    data.nodes['not-personal']!.decisions = [];
    delete data.nodes.personal!.text!.en;
    const found = messages(data);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^nodes\.not-personal\.decisions /), expect.stringMatching(/^nodes\.personal\.text\.en .*"en"/)]));
  });

  it('finds no problem in a sound tree', () => {
    const sound: LawTreeData = { id: 'ok', title: all('t'), intro: all('i'), start: 'a', nodes: { a: q('b'), b: q('end'), end } };
    expect(problems(sound)).toEqual([]);
    expect(walks(sound).map((w) => w.answers)).toEqual([[0, 0], [0, 1], [1]]);
  });
});

describe('the strings', () => {
  it('have a tag for every verdict, in every language', () => {
    for (const lang of REAL_LOCALES) expect(Object.keys(words('law', lang).verdict).sort(), lang).toEqual([...VERDICTS].sort());
  });

  it('are written with no-break spaces in French before ? ; ! : and inside « », none in English', () => {
    const french = [...trees.flatMap((tree) => texts(tree)), ...Object.entries(words('law', 'fr')).map(([k, v]) => [k, { fr: JSON.stringify(v), en: '' }] as [string, Bilingual])];
    expect(french.length).toBeGreaterThan(100);
    for (const [at, t] of french) {
      expect(t.fr, at).not.toMatch(/ [?;!:»]|« /);
      expect(t.en, at).not.toMatch(/[\u00a0\u202f]/);
    }
    expect(lawTrees.applies!.nodes.personal!.kind === 'question' && lawTrees.applies!.nodes.personal!.short.fr).toBe('Données personnelles\u00a0?');
    expect(words('law', 'fr').liveResult).toBe('Résultat\u00a0: {title}');
  });

  it('uses typographic apostrophes in French', () => {
    for (const tree of trees) for (const [at, t] of texts(tree)) expect(t.fr, at).not.toMatch(/'/);
  });
});

describe('the chapter', () => {
  it('lists every source the trees cite, when it exists', () => {
    for (const lang of ['en', 'fr']) {
      const file = resolve('content/chapters', lang, 'gdpr.mdx');
      if (!existsSync(file)) continue;
      const mdx = readFileSync(file, 'utf8');
      for (const id of trees.flatMap(sourceIds)) expect(mdx, `${lang}/gdpr.mdx sources`).toContain(id);
    }
  });
});
