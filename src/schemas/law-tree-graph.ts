/**
 * The graph check of a decision tree (content/law-trees/*.yaml), pure and
 * without dependencies so that the schema (law-tree.ts) can run it and
 * src/lib/law-trees/traverse.ts re-export it.
 */

/** The part of a tree the check reads. */
export interface GraphTree {
  start: string;
  nodes: Record<string, { kind: 'question'; answers: readonly { next: string }[] } | { kind: 'outcome'; decisions: readonly unknown[] }>;
}

/**
 * Structural problems, one short code and the node each: `no-start` (the
 * first question does not exist), `dead-link` (an answer leads to no node),
 * `unreachable`, `cycle`, `lone-answer` (a question with fewer than two
 * answers), `no-decision` (an outcome that cites nothing). Empty when sound.
 * Never throws, so that the schema can report every problem of a broken file.
 *
 *   problems(tree) // ['dead-link: "household" → "law-enforcment"']
 */
export function problems(tree: GraphTree): string[] {
  const found: string[] = [];
  if (!tree.nodes[tree.start]) return [`no-start: "${tree.start}"`];
  const reached = new Set<string>();
  const open = new Set<string>(); // on the current path, for cycles
  const go = (id: string) => {
    const node = tree.nodes[id];
    if (!node) return;
    if (open.has(id)) { found.push(`cycle: "${id}"`); return; }
    if (reached.has(id)) return;
    reached.add(id);
    open.add(id);
    if (node.kind === 'question') for (const a of node.answers) go(a.next);
    open.delete(id);
  };
  go(tree.start);
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (!reached.has(id)) found.push(`unreachable: "${id}"`);
    if (node.kind === 'question') {
      if (node.answers.length < 2) found.push(`lone-answer: "${id}"`);
      for (const a of node.answers) if (!tree.nodes[a.next]) found.push(`dead-link: "${id}" → "${a.next}"`);
    } else if (node.decisions.length === 0) found.push(`no-decision: "${id}"`);
  }
  return found;
}

