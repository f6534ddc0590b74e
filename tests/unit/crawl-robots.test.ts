/**
 * The robots.txt matcher (src/lib/crawl/robots.ts) follows RFC 9309: the
 * crawler's own group or else `*`, longest match wins, allow wins a tie,
 * `*` and `$` patterns, and no matching rule means allowed.
 */
import { describe, expect, it } from 'vitest';
import { isAllowed, matches, parseRobots } from '../../src/lib/crawl/robots';

describe('parseRobots', () => {
  it('takes the group of the named crawler, case-insensitively, and ignores the others', () => {
    const txt = 'User-agent: *\nDisallow: /\n\nUser-agent: FaceBot\nDisallow: /private\n';
    expect(parseRobots(txt, 'facebot')).toEqual([{ allow: false, path: '/private' }]);
  });
  it('falls back to the * group, and several user-agent lines share one group', () => {
    const txt = 'User-agent: a\nUser-agent: *\nDisallow: /x # comment\nAllow: /x/y\n';
    expect(parseRobots(txt, 'other')).toEqual([{ allow: false, path: '/x' }, { allow: true, path: '/x/y' }]);
  });
  it('treats an empty file or an empty Disallow as no rule', () => {
    expect(parseRobots('', 'facebot')).toEqual([]);
    expect(parseRobots('User-agent: *\nDisallow:\n', 'facebot')).toEqual([]);
  });
});

describe('isAllowed', () => {
  const rules = parseRobots('User-agent: *\nDisallow: /archive/\nAllow: /archive/fest\nDisallow: /u/*/photos\nDisallow: /*.gif$\n', 'facebot');
  it('lets the longest matching rule decide', () => {
    expect(isAllowed(rules, '/archive/flood')).toBe(false);
    expect(isAllowed(rules, '/archive/fest-2019')).toBe(true);
    expect(isAllowed(rules, '/2025/market')).toBe(true);
  });
  it('lets allow win a tie of equal length', () => {
    expect(isAllowed([{ allow: false, path: '/p' }, { allow: true, path: '/p' }], '/page')).toBe(true);
  });
  it('understands * and a final $', () => {
    expect(isAllowed(rules, '/u/ada/photos')).toBe(false);
    expect(isAllowed(rules, '/u/ada')).toBe(true);
    expect(isAllowed(rules, '/a.gif')).toBe(false);
    expect(isAllowed(rules, '/a.gif?x=1')).toBe(true);
    expect(matches('/a.b', '/aXb')).toBe(false);
  });
});
