/**
 * Pure traversal of a decision tree (src/lib/law-trees/types.ts), used at
 * build time to draw the nested lists, by the schema to reject a broken tree
 * (src/schemas/law-tree.ts) and by the tests to prove that every walk ends
 * on an outcome. Every function takes the tree as its argument. The browser
 * never loads this module: the stepper (src/components/law/vp-law-tree.ts)
 * walks the server-rendered lists.
 *
 *   follow(applies, [0, 0, 1, 1, 1, 1, 0]) // { id: 'monitoring-yes', node: … }
 *   walks(applies).length                   // number of distinct routes to an outcome
 */
import type { LawTreeData, Outcome, Question, TreeNode } from './types';

/** A node by id; throws on an unknown id, so a typo in a tree fails loudly. */
export function nodeOf(tree: LawTreeData, id: string): TreeNode {
  const node = tree.nodes[id];
  if (!node) throw new Error(`law tree "${tree.id}": no node "${id}"`);
  return node;
}

/**
 * Where a sequence of answers (indexes into each question's answers) leads.
 * Stops early when an outcome is reached; throws on an answer that does not exist.
 *
 *   follow(tree, [])  // the first question
 */
export function follow(tree: LawTreeData, answers: readonly number[]): { id: string; node: TreeNode } {
  let id = tree.start;
  let node = nodeOf(tree, id);
  for (const a of answers) {
    if (node.kind === 'outcome') break;
    const answer = node.answers[a];
    if (!answer) throw new Error(`law tree "${tree.id}": question "${id}" has no answer ${a}`);
    id = answer.next;
    node = nodeOf(tree, id);
  }
  return { id, node };
}

/** One route from the first question to an outcome: node ids visited and answers given. */
export interface Walk { ids: string[]; answers: number[] }

/** Every route from the start to an outcome (depth first, answers in order). Throws on a cycle. */
export function walks(tree: LawTreeData): Walk[] {
  const out: Walk[] = [];
  const go = (id: string, ids: string[], answers: number[]) => {
    if (ids.includes(id)) throw new Error(`law tree "${tree.id}": cycle through "${id}"`);
    const node = nodeOf(tree, id);
    const here = [...ids, id];
    if (node.kind === 'outcome') out.push({ ids: here, answers });
    else node.answers.forEach((a, i) => go(a.next, here, [...answers, i]));
  };
  go(tree.start, [], []);
  return out;
}

/** Ids in the order a depth-first reading of the nested lists first meets them. */
export function readingOrder(tree: LawTreeData): string[] {
  const seen: string[] = [];
  const go = (id: string) => {
    if (seen.includes(id)) return;
    seen.push(id);
    const node = nodeOf(tree, id);
    if (node.kind === 'question') for (const a of node.answers) go(a.next);
  };
  go(tree.start);
  return seen;
}

// Structural problems of a tree live beside its schema, which reports them for a broken file.
export { problems } from '../../schemas/law-tree-graph';

/** Every source id the tree cites, sorted, once each. */
export function sourceIds(tree: LawTreeData): string[] {
  const ids = Object.values(tree.nodes).flatMap((n) => (n.kind === 'outcome' ? n.decisions.map((d) => d.source) : []));
  return [...new Set(ids)].sort();
}

export const isQuestion = (n: TreeNode): n is Question => n.kind === 'question';
export const isOutcome = (n: TreeNode): n is Outcome => n.kind === 'outcome';

/** How the nested lists are drawn: see `listLayout`. */
export interface ListLayout {
  /** For each question, the answer (`"question:index"`) under which it is drawn in full; the first question has "". */
  home: Record<string, string>;
  /** Question numbers, in the order a reader meets them in the lists (and shown by the stepper). */
  numbers: Record<string, number>;
  /** For each question, its answer indexes in drawing order: side endings first, the way on last. */
  order: Record<string, number[]>;
}

/**
 * Lays out the nested lists so that they read as a sequence: under each
 * question the answers that end (an outcome, or a link to a question drawn
 * elsewhere) come first, and the answer that leads on comes last, so the
 * next question follows without a staircase of indents. A question reached
 * from several answers is drawn under the last of them in reading order
 * (the Art. 9 check sits after the balancing step, not under consent); the
 * others link to it.
 *
 *   listLayout(lawfulBasis).numbers.biometric // 9 (lawfulBasis: content/law-trees/lawful-basis.yaml)
 */
export function listLayout(tree: LawTreeData): ListLayout {
  const home: Record<string, string> = { [tree.start]: '' };
  const seen = new Set<string>();
  const mark = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = nodeOf(tree, id);
    if (node.kind === 'question') node.answers.forEach((a, i) => {
      if (nodeOf(tree, a.next).kind === 'question') home[a.next] = `${id}:${i}`; // the last one wins
      mark(a.next);
    });
  };
  mark(tree.start);
  const order: Record<string, number[]> = {};
  const numbers: Record<string, number> = {};
  let n = 0;
  const draw = (id: string) => {
    const node = nodeOf(tree, id);
    if (node.kind !== 'question') return;
    numbers[id] = ++n;
    const rank = (i: number) => {
      const next = node.answers[i]!.next;
      if (nodeOf(tree, next).kind === 'outcome') return 0;
      return home[next] === `${id}:${i}` ? 2 : 1;
    };
    order[id] = node.answers.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
    for (const i of order[id]) if (rank(i) === 2) draw(node.answers[i]!.next);
  };
  draw(tree.start);
  return { home, numbers, order };
}
