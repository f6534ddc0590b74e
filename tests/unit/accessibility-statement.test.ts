/**
 * The accessibility statement (content/pages/<lang>/accessibility.mdx) prints
 * its figures from src/data/accessibility.json. This compares that data with
 * the machine: installed versions (node_modules and package-lock.json), the
 * number of rules axe runs with the e2e suite's tags, Chromium's version, and
 * which checkers a test file really runs. The sitemap's page count needs a
 * build: tests/dist/accessibility-statement.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/accessibility.json';
import { statementProblems, type StatementData } from '../../src/lib/accessibility-statement';

const statement = data as StatementData;
const require = createRequire(import.meta.url);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };
const installed = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
const packages = [...statement.tools.map((t) => t.package), '@playwright/test'];

/** The suite's axe tags, read from tests/e2e/helpers.ts (importing it would start Playwright). */
function suiteAxeTags(): string[] {
  const m = /export const axeTags = \[([^\]]*)\]/.exec(readFileSync('tests/e2e/helpers.ts', 'utf8'));
  if (!m) throw new Error('tests/e2e/helpers.ts no longer exports axeTags');
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!);
}

/** Rules axe runs for those tags: runOnly by tag leaves out experimental and deprecated rules. */
function axeRuleCount(tags: string[]): number {
  const axe = require('axe-core') as { getRules: (t: string[]) => { tags: string[] }[] };
  return axe.getRules(tags).filter((r) => !r.tags.includes('experimental') && !r.tags.includes('deprecated')).length;
}

/**
 * Test and script files, except this statement's own tests (they name every
 * package). In a git checkout, tracked files only: a checker still being
 * written in someone's work tree is not yet part of the suite.
 */
function testFiles(): Record<string, string> {
  let paths: string[];
  try {
    paths = execFileSync('git', ['ls-files', 'tests', 'scripts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    paths = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else paths.push(p);
      }
    };
    walk('tests');
    walk('scripts');
  }
  const keep = paths.filter((p) => /\.(ts|mjs|js)$/.test(p) && !p.split('/').pop()!.startsWith('accessibility-statement.') && existsSync(p));
  return Object.fromEntries(keep.map((p) => [p, readFileSync(p, 'utf8')]));
}

function chromiumVersion(): string | undefined {
  const bin = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(bin)) return undefined;
  return /(\d+\.\d+\.\d+\.\d+)/.exec(execFileSync(bin, ['--version'], { encoding: 'utf8' }))?.[1];
}

describe('the accessibility statement’s figures', () => {
  it('name the versions that are installed and locked', () => {
    const versions = Object.fromEntries(packages.map((p) => [p, installed(p)]));
    for (const p of packages) expect(lock.packages[`node_modules/${p}`]?.version, `package-lock.json › ${p}`).toBe(versions[p]);
    expect(statementProblems(statement, { versions })).toEqual([]);
  });

  it('count the axe rules that the e2e suite runs', () => {
    const tags = suiteAxeTags();
    expect(statementProblems(statement, { axeTags: tags, axeRules: axeRuleCount(tags) })).toEqual([]);
  });

  it.skipIf(!chromiumVersion())('name the Chromium the tests run in', () => {
    expect(statementProblems(statement, { chromium: chromiumVersion() ?? '' })).toEqual([]);
  });

  it('claim a result only for checkers a test file runs, and every checker a test file runs', () => {
    expect(statementProblems(statement, { testFiles: testFiles() })).toEqual([]);
  });

  it('are dated by a real day', () => {
    expect(statement.made).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${statement.made}T00:00:00Z`).toISOString().slice(0, 10)).toBe(statement.made);
  });
});

describe('statementProblems', () => {
  const axeTool = statement.tools.find((t) => t.package === 'axe-core')!;
  const pending = statement.tools.find((t) => t.kind === 'test' && !t.enforcedBy);

  it('reports a planted wrong version, rule count, page count and browser', () => {
    const planted: StatementData = { ...statement, axeRules: statement.axeRules + 1, sitemapPages: 3, chromium: '1.0.0.0', tools: statement.tools.map((t) => (t === axeTool ? { ...t, version: '0.0.1' } : t)) };
    const facts = { versions: { 'axe-core': axeTool.version }, axeRules: statement.axeRules, sitemapPages: statement.sitemapPages, chromium: statement.chromium };
    expect(statementProblems(planted, facts).map((p) => p.what)).toEqual(['version:axe-core', 'axeRules', 'sitemapPages', 'chromium']);
    expect(statementProblems(statement, facts)).toEqual([]);
  });

  it('reports a "0 defects" claim whose test file does not run the checker', () => {
    const planted: StatementData = { ...statement, tools: [{ ...axeTool, enforcedBy: 'tests/unit/format.test.ts' }] };
    expect(statementProblems(planted, { testFiles: { 'tests/unit/format.test.ts': 'import { formatDate } from "x";' } })).toEqual([
      { what: 'enforcedBy:axe-core', claimed: 'tests/unit/format.test.ts', actual: 'absent' },
    ]);
    expect(statementProblems(planted, { testFiles: {} })[0]?.actual).toBe('missing');
  });

  it.skipIf(!pending)('reports a checker wired into the suite that the statement still calls pending', () => {
    const files = { 'tests/dist/new-checker.test.ts': `import x from '${pending!.package}';` };
    expect(statementProblems(statement, { testFiles: files })).toContainEqual({ what: `runner:${pending!.package}`, claimed: 'pending', actual: 'tests/dist/new-checker.test.ts' });
  });
});
