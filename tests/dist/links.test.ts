/** No broken internal link or #fragment, at the domain root and under a sub-path. */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/site-links';
import { DIST, DIST_SUB, SUB_BASE, requireBuild } from '../support/dist';

describe.each([
  ['at the site root', DIST, '/'],
  [`under the sub-path ${SUB_BASE}`, DIST_SUB, SUB_BASE],
])('internal links %s', (_label, dir, base) => {
  const dist = requireBuild(dir);
  const result = checkLinks(dist, base);
  it('checks a real number of links', () => {
    expect(result.pages).toBeGreaterThanOrEqual(10);
    expect(result.links).toBeGreaterThan(result.pages * 5);
  });
  it('all resolve to a built file and an existing fragment', () => {
    expect(result.problems.map((p) => `${p.page} → ${p.link}: ${p.message}`)).toEqual([]);
  });
});
