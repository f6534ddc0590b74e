/**
 * The accessibility statement's figures (src/data/accessibility.json) against
 * what the project really runs. The statement page prints the data as it is;
 * tests/unit/accessibility-statement.test.ts and
 * tests/dist/accessibility-statement.test.ts gather the facts (installed
 * versions, axe's rule count, the test files, the built sitemap) and fail on
 * any problem this returns, so the page cannot claim a tool, a version or a
 * result that the last test run did not have.
 *
 * @example
 *   statementProblems(data, { versions: { 'axe-core': '4.14.0' } })
 *   // [{ what: 'version:axe-core', claimed: '4.14.1', actual: '4.14.0' }]
 */

/** One checker the statement lists. */
export interface StatementTool {
  /** Key of its words in ui.json (`a11y.tool.<id>`). */
  id: string;
  /** Its name as printed (a proper name, not translated). */
  name: string;
  /** The npm package that provides it. */
  package: string;
  /** The exact installed version. */
  version: string;
  /** `test`: it can make npm test fail; `benchmark`: run by hand, never fails. */
  kind: 'test' | 'benchmark';
  /** The test file that runs it and fails on any defect; absent while it is not wired into npm test. */
  enforcedBy?: string;
}

export interface StatementData {
  /** The day the statement was made (YYYY-MM-DD). */
  made: string;
  /** Pages in the built sitemap (both languages). */
  sitemapPages: number;
  /** Number of axe rules that run with `axeTags`. */
  axeRules: number;
  /** The axe rule sets the e2e suite runs (tests/e2e/helpers.ts › axeTags). */
  axeTags: string[];
  /** `chromium --version` of the test machine. */
  chromium: string;
  /** The installed @playwright/test. */
  playwright: string;
  tools: StatementTool[];
}

/** What the tests observed; a missing field is not compared. */
export interface StatementFacts {
  /** Installed version per package name (node_modules/<pkg>/package.json). */
  versions?: Record<string, string>;
  /** Rules axe runs with the suite's tags. */
  axeRules?: number;
  /** The suite's axe tags. */
  axeTags?: string[];
  /** Pages in the built sitemap. */
  sitemapPages?: number;
  /** Chromium's version, when the binary is there. */
  chromium?: string;
  /** Text of each test file, by path from the repository root. */
  testFiles?: Record<string, string>;
}

/**
 * One disagreement: `what` names the figure (`version:axe-core`, `axeRules`,
 * `axeTags`, `sitemapPages`, `chromium`, `enforcedBy:<package>` when the named
 * test file does not run the tool, `runner:<package>` when a test file runs a
 * tool the statement still calls pending), `claimed` is the statement's value
 * and `actual` what the tests observed.
 */
export interface StatementProblem { what: string; claimed: string | number; actual: string | number }

/** Every disagreement between the statement's data and the facts; [] when they agree. */
export function statementProblems(data: StatementData, facts: StatementFacts): StatementProblem[] {
  const out: StatementProblem[] = [];
  const differ = (what: string, claimed: string | number, actual: string | number | undefined) => {
    if (actual !== undefined && actual !== claimed) out.push({ what, claimed, actual });
  };
  const versions = facts.versions ?? {};
  for (const tool of data.tools) differ(`version:${tool.package}`, tool.version, versions[tool.package]);
  differ('version:@playwright/test', data.playwright, versions['@playwright/test']);
  differ('axeRules', data.axeRules, facts.axeRules);
  differ('axeTags', data.axeTags.join(','), facts.axeTags?.join(','));
  differ('sitemapPages', data.sitemapPages, facts.sitemapPages);
  differ('chromium', data.chromium, facts.chromium);
  const files = facts.testFiles;
  if (files) {
    for (const tool of data.tools) {
      if (tool.enforcedBy) {
        const text = files[tool.enforcedBy];
        if (text === undefined || !text.includes(tool.package)) out.push({ what: `enforcedBy:${tool.package}`, claimed: tool.enforcedBy, actual: text === undefined ? 'missing' : 'absent' });
      } else if (tool.kind === 'test') {
        // A checker wired into the suite since the statement was written: the statement lags behind.
        const runs = (text: string) => [`'${tool.package}`, `"${tool.package}`].some((q) => text.includes(q));
        const runner = Object.keys(files).find((f) => runs(files[f]!));
        if (runner) out.push({ what: `runner:${tool.package}`, claimed: 'pending', actual: runner });
      }
    }
  }
  return out;
}
