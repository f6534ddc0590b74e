/**
 * IBM's accessibility-checker-engine (ace.js), the second accessibility
 * engine beside axe, run inside a Playwright page.
 *
 *   const report = await aceOn(page);            // IBM_Accessibility policy
 *   const { violations, unreviewed } = judge(report, review);
 *
 * The engine file carries its rules: nothing is fetched (the Node wrapper
 * `accessibility-checker` is the one that downloads rule archives, and it is
 * not used). The file is evaluated through the DevTools protocol rather than
 * added as a <script>, so the page's Content-Security-Policy (script-src
 * 'self', no inline) neither blocks it nor logs a violation.
 *
 * Levels (report.results[].level, from value[0] × value[1]):
 *   violation                 VIOLATION × FAIL: fails the test (unless a
 *                             recorded false positive, keyed by rule and path)
 *   potentialviolation,
 *   recommendation,
 *   potentialrecommendation,
 *   manual                    "needs review": the rule id must be recorded in
 *                             tests/fixtures/ace-review.json with a decision
 *   pass                      nothing to do
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/** The engine's path and source, read once per worker. */
export const aceScriptPath = require.resolve('accessibility-checker-engine/ace.js');
let aceSource: string | undefined;

/**
 * The policy: IBM Accessibility 7.3, which holds every WCAG 2.2 A and AA rule
 * (the engine's 'WCAG_2_2' policy) plus IBM's own requirements.
 */
export const acePolicy = 'IBM_Accessibility';

export type AceLevel = 'violation' | 'potentialviolation' | 'recommendation' | 'potentialrecommendation' | 'manual' | 'pass' | 'ignored';

export interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  level: AceLevel;
  message: string;
  snippet: string;
  path: { dom: string; aria: string };
}

export interface AceReport {
  /** Rules that ran. */
  numExecuted: number;
  /** Milliseconds the engine spent. */
  scanTime: number;
  /** Ids of the rules that reported on some element (passes included). */
  rulesRun: string[];
  results: AceResult[];
}

/**
 * The policy's rules whose outcome can depend on colours: contrast, colour
 * as the only cue, colours set on form text, what survives Windows high
 * contrast, CSS background images, the focus indicator's visibility. The
 * dark scheme changes colours only (tests/dist/theme-css.test.ts proves it
 * of the CSS), so the dark run needs these alone; ace.spec.ts compares a
 * full dark run with a full light run once to show no other rule differs.
 */
export const aceColourRules = [
  'text_contrast_sufficient', 'style_color_misuse', 'form_font_color', 'style_highcontrast_visible',
  'style_background_decorative', 'img_alt_background', 'style_focus_visible',
] as const;

/**
 * Runs the engine over the page's document, as the page is now (scheme,
 * open widgets). The engine is injected once per document. `rules` keeps
 * only those of the policy's rules (each must be one of the policy's).
 */
export async function aceOn(page: Page, policy: string = acePolicy, rules?: readonly string[]): Promise<AceReport> {
  const loaded = await page.evaluate(() => typeof (globalThis as { ace?: unknown }).ace === 'object');
  if (!loaded) {
    aceSource ??= readFileSync(aceScriptPath, 'utf8');
    // `var ace` at the top level of a classic script: evaluated as one, it becomes window.ace.
    await page.evaluate(aceSource);
  }
  return page.evaluate(async ({ policyId, only }) => {
    type Raw = AceResult & Record<string, unknown>;
    const { ace } = globalThis as unknown as {
      ace: { Checker: new () => { check(doc: Document, policies: string[]): Promise<{ numExecuted: number; totalTime?: number; ruleTime: number; results: Raw[] }> } };
    };
    // The engine leaves `level` to its wrappers; this is their mapping of value.
    const levelOf = ([policy, confidence]: [string, string]): AceLevel => {
      if (confidence === 'PASS') return 'pass';
      if (confidence === 'MANUAL') return 'manual';
      const potential = confidence === 'POTENTIAL';
      if (policy === 'VIOLATION') return potential ? 'potentialviolation' : 'violation';
      if (policy === 'RECOMMENDATION') return potential ? 'potentialrecommendation' : 'recommendation';
      return 'manual';
    };
    const checker = new ace.Checker() as InstanceType<typeof ace.Checker> & { rulesetRules: Record<string, string[]> };
    if (only) {
      // The engine runs the rule ids listed under the policy: keep the chosen ones.
      const all = checker.rulesetRules[policyId] ?? [];
      const unknown = only.filter((id) => !all.includes(id));
      if (unknown.length) throw new Error(`Not rules of ${policyId}: ${unknown.join(', ')}`);
      checker.rulesetRules[policyId] = all.filter((id) => only.includes(id));
    }
    const report = await checker.check(document, [policyId]);
    return {
      numExecuted: report.numExecuted,
      scanTime: report.totalTime ?? report.ruleTime,
      results: report.results
        .map(({ ruleId, reasonId, value, message, snippet, path }) => ({
          ruleId, reasonId: String(reasonId), value, level: levelOf(value), message, snippet, path,
        }))
        // Passes are most of the results; only failures and review items matter here.
        .filter((r) => r.level !== 'pass'),
      rulesRun: [...new Set(report.results.map((r) => r.ruleId))],
    };
  }, { policyId: policy, only: rules ? [...rules] : undefined });
}

export interface AceReview {
  /** Rule id → what it flagged on this site and what was decided. */
  review: Record<string, { flags: string; decision: string }>;
  /** Violations that are the engine's mistake: rule id, a pattern of the DOM path or snippet, and why. */
  falsePositives: { ruleId: string; match: string; reason: string }[];
}

export const reviewLevels: readonly AceLevel[] = ['potentialviolation', 'recommendation', 'potentialrecommendation', 'manual'];

/** Parses and checks the review file's shape; an entry without a decision is refused. */
export function parseReview(json: string): AceReview {
  const data = JSON.parse(json) as Partial<AceReview> & Record<string, unknown>;
  const review = data.review ?? {};
  const falsePositives = data.falsePositives ?? [];
  for (const [id, entry] of Object.entries(review)) {
    if (!entry?.flags?.trim() || !entry?.decision?.trim()) throw new Error(`ace-review.json › review.${id}: "flags" and "decision" are both required`);
  }
  for (const [i, fp] of falsePositives.entries()) {
    if (!fp?.ruleId || !fp?.match || !fp?.reason?.trim()) throw new Error(`ace-review.json › falsePositives[${i}]: "ruleId", "match" and "reason" are all required`);
    new RegExp(fp.match);
  }
  return { review, falsePositives };
}

export interface Judgement {
  /** Violations not recorded as false positives: each one fails. */
  violations: AceResult[];
  /** Needs-review results whose rule id is not in the review file: each one fails. */
  unreviewed: AceResult[];
  /** Needs-review rule ids seen, with their counts (recorded ones). */
  reviewed: Record<string, number>;
  /** Violations excused as recorded false positives. */
  excused: AceResult[];
}

/** Sorts a report's results against the review file. */
export function judge(report: AceReport, { review, falsePositives }: AceReview): Judgement {
  const out: Judgement = { violations: [], unreviewed: [], reviewed: {}, excused: [] };
  for (const r of report.results) {
    if (r.level === 'violation') {
      const fp = falsePositives.find((f) => f.ruleId === r.ruleId && (new RegExp(f.match).test(r.path.dom) || new RegExp(f.match).test(r.snippet)));
      (fp ? out.excused : out.violations).push(r);
    } else if (reviewLevels.includes(r.level)) {
      if (r.ruleId in review) out.reviewed[r.ruleId] = (out.reviewed[r.ruleId] ?? 0) + 1;
      else out.unreviewed.push(r);
    }
  }
  return out;
}

/** Results as a readable list: level, rule, reason, message, element path and snippet. */
export function formatAceResults(results: AceResult[]): string {
  return results
    .map((r) => `${r.level} ${r.ruleId} (${r.reasonId}): ${r.message}\n  ${r.path.dom}\n  ${r.snippet}`)
    .join('\n');
}
