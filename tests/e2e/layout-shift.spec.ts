/**
 * Nothing moves while a page starts: on every page, at a phone's width, the
 * scripts that enhance the server HTML cause no layout shift (Chromium's
 * layout-shift entries, as Lighthouse's CLS counts them: those not caused by
 * the reader's input), from the moment the page's scripts can run.
 *
 * The site's scripts are held back 300 ms, so the first paint always shows the
 * server HTML alone, as on a slow phone, where the page paints before its
 * scripts run: on a fast machine they could run before the first paint and
 * hide a shift a phone would show. A control that needs a script is
 * therefore either in the HTML with class js-only (hidden without JavaScript)
 * or waits in a <template> below the first screen, and a line whose text
 * changes keeps its height.
 */
import { test, expect, type Page } from '@playwright/test';
import { describePath, pagesUnderTest } from './helpers';

const phone = { width: 412, height: 823 };

interface Shift { value: number; at: number; sources: string[] }

/** Records every layout shift not caused by input, from before the page's first byte. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[]; __parsed: number };
    w.__shifts = [];
    w.__parsed = Infinity;
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') w.__parsed = performance.now();
    });
    const name = (n: Node | null) => {
      if (!n) return '?';
      if (!(n instanceof Element)) return `#text "${(n.textContent ?? '').trim().slice(0, 40)}"`;
      return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${[...n.classList].map((c) => `.${c}`).join('')}`;
    };
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Entry[]) {
        if (!e.hadRecentInput) w.__shifts.push({ value: e.value, at: e.startTime, sources: e.sources.map((s) => name(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The shifts since the page's scripts could first run, once two more frames
 * have been rendered: from the arrival of its first module script (held back,
 * below), or, on a page without one, from the end of parsing. Earlier shifts
 * belong to no script: on a loaded machine a renderer can lay the header out
 * again a frame late (seen on pages with no script at all), which a phone
 * reader would not see either.
 */
async function shifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: Shift[]; __parsed: number };
    const scripts = performance.getEntriesByType('resource')
      .filter((e) => /\/_astro\/[^/]+\.js$/.test(new URL(e.name).pathname))
      .map((e) => (e as PerformanceResourceTiming).responseEnd);
    const since = scripts.length ? Math.min(...scripts) : w.__parsed;
    return w.__shifts.filter((s) => s.at >= since);
  });
}

const report = (list: Shift[]) => list.map((s) => `${s.value.toFixed(4)}: ${s.sources.join(', ')}`).join('\n');

test('the check sees a shift: content inserted above what is already painted', async ({ page }) => {
  await page.setViewportSize(phone);
  await recordShifts(page);
  await page.goto('about:blank');
  await page.setContent('<!doctype html><html lang="en"><title>t</title><h1>Title</h1><p id="p">Text that moves</p></html>');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.style.height = '200px';
    document.getElementById('p')!.before(div);
  });
  const found = await shifts(page);
  expect(found.length).toBeGreaterThan(0);
  expect(found[0]!.sources.join(' ')).toContain('p#p');
});

for (const path of pagesUnderTest()) {
  test(`${describePath(path)} does not move while its scripts start (phone width)`, async ({ page }) => {
    await page.setViewportSize(phone);
    await recordShifts(page);
    await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 300));
      await route.continue();
    });
    // The load event waits for the page's module scripts, so they have run.
    await page.goto(path, { waitUntil: 'load' });
    const found = await shifts(page);
    expect(found, report(found)).toEqual([]);
  });
}
