/**
 * IBM's accessibility-checker-engine (policy IBM_Accessibility, which holds
 * WCAG 2.2 A and AA) over every page, in the light and the dark scheme:
 * no violation, and every "needs review" rule recorded once in
 * tests/fixtures/ace-review.json with what was decided.
 *
 * One load per page: the site's colours follow prefers-color-scheme live
 * (a media query on :root, with [data-theme] only when a reader picks a
 * theme), so the dark run switches the emulated scheme under the loaded
 * page and checks that the colours did change before it runs. The dark
 * scheme changes colours only (tests/dist/theme-css.test.ts), so the dark
 * run keeps the engine's colour rules (aceColourRules); one test below runs
 * every rule in both schemes on a chapter and shows that no other rule's
 * findings differ.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { aceColourRules, aceOn, formatAceResults, judge, parseReview, type AceReport, type AceReview } from './ace';
import { describePath, loadOnce, pagesUnderTest, withBase } from './helpers';

const reviewFile = resolve('tests/fixtures/ace-review.json');
const review: AceReview = parseReview(readFileSync(reviewFile, 'utf8'));

async function checkScheme(page: Page, path: string, scheme: 'light' | 'dark', testInfo: TestInfo) {
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the scheme ace reads').toBe(scheme === 'dark');
  const started = Date.now();
  const report = scheme === 'light' ? await aceOn(page) : await aceOn(page, undefined, aceColourRules);
  const seconds = (Date.now() - started) / 1000;
  if (scheme === 'light') expect(report.numExecuted, 'rules the engine ran').toBeGreaterThan(50);
  else {
    expect(report.rulesRun.filter((id) => !(aceColourRules as readonly string[]).includes(id)), 'only colour rules in the dark run').toEqual([]);
    expect(report.rulesRun, 'the contrast rule ran in the dark').toContain('text_contrast_sufficient');
  }
  const { violations, unreviewed, reviewed, excused } = judge(report, review);
  await testInfo.attach(`ace-${scheme}`, { body: JSON.stringify({ path, scheme, seconds, results: report.results }), contentType: 'application/json' });
  // Soft: a failure in light still lets the dark run report.
  expect.soft(formatAceResults(violations), `ace violations on ${path} (${scheme})`).toBe('');
  expect.soft(
    formatAceResults(unreviewed),
    `"needs review" rule ids on ${path} (${scheme}) not recorded in tests/fixtures/ace-review.json; look at each and record it`,
  ).toBe('');
  return { scheme, seconds, reviewed, excused: excused.map((r) => r.path.dom) };
}

/** The page background, as the browser computes it now. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the engine bites: a planted image without text and a nameless button are violations, an unrecorded review item fails', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Planted</title></head><body><main><h1>Planted</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">' +
      '<button type="button"></button></main></body></html>',
  );
  const report = await aceOn(page);
  const { violations } = judge(report, review);
  const ids = new Set(violations.map((v) => v.ruleId));
  expect(ids, formatAceResults(violations)).toContain('img_alt_valid');
  expect(ids, formatAceResults(violations)).toContain('input_label_exists');

  // A false positive is keyed by rule and path: it excuses that one node, not its neighbour.
  const tight = judge(report, { ...review, falsePositives: [{ ruleId: 'img_alt_valid', match: '/img\\[1\\]$', reason: 'planted' }] });
  expect(tight.excused.map((v) => v.ruleId)).toEqual(['img_alt_valid']);
  expect(tight.violations.map((v) => v.ruleId)).toContain('input_label_exists');

  // Without the review file every needs-review result is unrecorded.
  const bare = judge(await aceOn(page), { review: {}, falsePositives: [] });
  const withFile = judge(await aceOn(page), review);
  expect(bare.unreviewed.length).toBeGreaterThanOrEqual(withFile.unreviewed.length);
  expect(() => parseReview('{"review":{"x":{"flags":"a","decision":""}}}')).toThrow(/decision/);
});

test('in the dark scheme, only the engine\'s colour rules can change: every other rule finds what it finds in the light', async ({ browser }) => {
  test.setTimeout(150_000);
  const colour = (id: string) => (aceColourRules as readonly string[]).includes(id);
  const found = (r: AceReport, keep: (id: string) => boolean) => ({
    results: r.results.filter((x) => keep(x.ruleId)).map((x) => `${x.level} ${x.ruleId} ${x.reasonId} ${x.path.dom}`).sort(),
    rulesRun: r.rulesRun.filter(keep).sort(),
  });
  // A chapter: charts, tables, the timeline, the quiz's form, links in text.
  const path = withBase('fr/affaire-clearview/');
  const run = async (colorScheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      expect((await page.goto(path, { waitUntil: 'load' }))?.status()).toBe(200);
      return { full: await aceOn(page), colours: await aceOn(page, undefined, aceColourRules) };
    } finally {
      await context.close();
    }
  };
  const light = await run('light');
  const dark = await run('dark');
  const others = found(light.full, (id) => !colour(id));
  expect(others.rulesRun.length, 'other rules that reported').toBeGreaterThan(40);
  expect(found(dark.full, (id) => !colour(id))).toEqual(others);
  // The colour-only run is the full run's colour part, in each scheme.
  for (const scheme of [light, dark]) expect(found(scheme.colours, () => true)).toEqual(found(scheme.full, colour));
  expect(dark.colours.rulesRun).toContain('text_contrast_sufficient');
  // A rule id the policy does not hold is refused, not silently ignored.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><p>x</p></html>');
    await expect(aceOn(page, undefined, ['no_such_rule'])).rejects.toThrow(/no_such_rule/);
  } finally {
    await context.close();
  }
});

for (const path of pagesUnderTest()) {
  test(`${describePath(path)} has no IBM accessibility violation in light (every rule) and dark (colour rules), and no unrecorded review item`, async ({ browser }, testInfo) => {
    // ace walks every node twice: the module and sources pages need over a minute on a busy 2-core machine.
    test.setTimeout(180_000);
    const loaded = await loadOnce(browser, testInfo, path);
    try {
      expect(loaded.status).toBe(200);
      const light = await checkScheme(loaded.page, path, 'light', testInfo);
      const lightBg = await background(loaded.page);
      await loaded.page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => background(loaded.page), 'the dark scheme applies to the loaded page').not.toBe(lightBg);
      const dark = await checkScheme(loaded.page, path, 'dark', testInfo);
      // The recorded false positive (a table's scroll region that fits at 1280 px) must hold: at 160 px (320 px with text at 200 %) it scrolls.
      const excused = [...new Set([...light.excused, ...dark.excused])];
      if (excused.length) {
        await loaded.page.setViewportSize({ width: 160, height: 640 });
        const scrolls = await loaded.page.evaluate((paths) => paths.map((xpath) => {
          const el = document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue as Element | null;
          return { xpath, scrolls: el ? el.scrollWidth > el.clientWidth : false };
        }), excused);
        expect(scrolls.filter((s) => !s.scrolls), 'excused scroll regions that do not scroll at 160 px').toEqual([]);
      }
      expect(loaded.watch.foreignRequests, 'nothing fetched from elsewhere (the engine carries its rules)').toEqual([]);
      expect(await loaded.watch.cspViolations(), 'the engine is evaluated, not injected as a script the CSP would block').toEqual([]);
      await testInfo.attach('ace-summary', { body: JSON.stringify({ path, runs: [light, dark] }), contentType: 'application/json' });
    } finally {
      await loaded.close();
    }
  });
}
