/**
 * A tiny robots.txt matcher after RFC 9309 (Robots Exclusion Protocol):
 * the group for the crawler's product token (else the `*` group) applies;
 * among its rules the longest matching path wins, and `allow` wins a tie;
 * `*` matches any run of characters and a final `$` anchors the end; no
 * matching rule means allowed. Nothing in it is enforced: a crawler that
 * never calls `isAllowed` fetches everything.
 *
 *   const rules = parseRobots('User-agent: *\nDisallow: /archive/\nAllow: /archive/fest', 'facebot');
 *   isAllowed(rules, '/archive/fest-2019') // true (the longer rule allows)
 *   isAllowed(rules, '/archive/flood')     // false
 */
export interface RobotsRule {
  allow: boolean;
  path: string;
}

/** The rules of robots.txt `text` that apply to the crawler named `agent`. */
export function parseRobots(text: string, agent: string): RobotsRule[] {
  const groups: { agents: string[]; rules: RobotsRule[] }[] = [];
  let open = false; // still reading the user-agent lines of the current group
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([a-z-]+)\s*:\s*(.*)$/i.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!open) groups.push({ agents: [], rules: [] });
      groups[groups.length - 1]!.agents.push(value.toLowerCase());
      open = true;
    } else if ((key === 'allow' || key === 'disallow') && groups.length) {
      open = false;
      if (value) groups[groups.length - 1]!.rules.push({ allow: key === 'allow', path: value });
    }
  }
  const name = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.includes(name));
  return (mine.length ? mine : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules);
}

/** Whether `pattern` (with `*` and a final `$`) matches the start of `path`. */
export function matches(pattern: string, path: string): boolean {
  const end = pattern.endsWith('$');
  const body = (end ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${end ? '$' : ''}`).test(path);
}

/** Whether the rules allow fetching `path`: longest match wins, allow wins ties. */
export function isAllowed(rules: RobotsRule[], path: string): boolean {
  let best: RobotsRule | undefined;
  for (const r of rules) {
    if (!matches(r.path, path)) continue;
    if (!best || r.path.length > best.path.length || (r.path.length === best.path.length && r.allow)) best = r;
  }
  return best?.allow ?? true;
}
