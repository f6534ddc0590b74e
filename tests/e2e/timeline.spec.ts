/**
 * The case timeline (/fr/chronologie/, /en/timeline/) in Chromium: each
 * filter, period focus, keyboard navigation through every event, deep
 * links, the details panel, the narrow layout, axe in light and dark, and a
 * benchmark of how fast a filter or a keyboard step updates the view.
 * Tests tagged @nojs run in the `no-js` project (JavaScript disabled).
 *
 * Expected values come from content/events and the UI dictionaries, not
 * from the page itself, so a page that drops an event fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { textPattern, formatAxeViolations, watchPage, withBase, axeOn } from './helpers';
import { loadContent } from '../../src/lib/content-check';
import { LANES, laneOf } from '../../src/lib/timeline/lanes';
import { ERAS, eraOf } from '../../src/lib/timeline/eras';
import { periodOf } from '../../src/lib/timeline/period';
import { EVENT_KINDS } from '../../src/schemas/event';
/** An era's name, from the timeline words of src/i18n/<lang>/timeline.json. */
const eraName = (id: string, lang: 'fr' | 'en') => (JSON.parse(readFileSync(resolve('src/i18n', lang, 'timeline.json'), 'utf8')) as { eras: Record<string, string> }).eras[id]!;

type Lang = 'fr' | 'en';
const paths: Record<Lang, string> = { fr: withBase('fr/chronologie/'), en: withBase('en/timeline/') };
const dict = (lang: Lang) => JSON.parse(readFileSync(resolve('src/i18n', lang, 'ui.json'), 'utf8')) as Record<string, string>;
const t = (lang: Lang, key: string, vars: Record<string, string | number> = {}) => {
  const s = dict(lang)[key];
  if (s === undefined) throw new Error(`no UI string ${key}`);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
};

const content = loadContent('content', []);
const events = [...content.events.values()].map((e) => ({ id: e.id, ...e.data! }));
const total = events.length;
const laneOfId = new Map(events.map((e) => [e.id, laneOf(e)]));
const eraOfId = new Map(events.map((e) => [e.id, eraOf(periodOf(e.date).mid, ERAS)?.id]));

const chart = (page: Page) => page.locator('svg.tl-svg:not(.tl-off)');
const shownIds = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('data-id')!));
const listIds = (page: Page) => shownIds(page, 'ol.tl-list > li');
const chartIds = (page: Page) => shownIds(page, 'svg.tl-svg a.tl-ev');

async function open(page: Page, lang: Lang, hash = '') {
  await page.goto(paths[lang] + hash);
  await expect(page.locator('vp-timeline')).toHaveAttribute('data-ready', '');
}

test.describe('without JavaScript', { tag: '@nojs' }, () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: draws the whole chart and lists every event with dates, summary, amount and sources`, async ({ page }) => {
      await page.goto(paths[lang]);
      const svg = page.getByRole('group', { name: new RegExp(`^${textPattern(t(lang, 'timeline.chart').split('{n}')[0]!)}`) });
      await expect(svg).toBeVisible();
      expect((await chartIds(page)).sort()).toEqual(events.map((e) => e.id).sort());
      expect((await listIds(page)).sort()).toEqual(events.map((e) => e.id).sort());
      // One read of the whole list, then compared with content/events.
      const items = await page.locator('ol.tl-list > li').evaluateAll((lis) => lis.map((li) => ({
        id: li.id,
        title: li.querySelector('.tl-item-title')?.textContent ?? '',
        times: [...li.querySelectorAll('time')].filter((t) => t.getClientRects().length).map((t) => t.getAttribute('datetime')),
        facts: (li.querySelector('.tl-facts') as HTMLElement | null)?.innerText ?? '',
        summary: li.querySelector('.tl-summary')?.textContent ?? '',
        sources: [...li.querySelectorAll('.tl-sources li')].map((s) => ({ text: s.textContent ?? '', href: s.querySelector('a')?.getAttribute('href') })),
      })));
      const amount = t(lang, 'timeline.amount');
      for (const e of events) {
        const item = items.find((i) => i.id === e.id)!;
        expect(item.title, e.id).toBe(e.title[lang]);
        expect(item.times, e.id).toEqual(e.announced ? [e.date, e.announced] : [e.date]);
        expect(item.facts.includes(amount), `${e.id} shows an amount`).toBe(Boolean(e.amount));
        expect(item.summary, e.id).toBe(e.summary[lang]);
        expect(item.sources.map((x) => x.href), e.id).toEqual(e.sources.map((id) => content.sources.get(id)!.data!.url));
        item.sources.forEach((x, i) => expect(x.text, e.id).toContain(content.sources.get(e.sources[i]!)!.data!.publisher));
      }
    });
  }

  test('links each chart event to its list item, which a deep link targets', async ({ page }) => {
    await page.goto(`${paths.fr}#cnil-sanction`);
    await expect(page.locator('li:target')).toHaveAttribute('id', 'cnil-sanction');
    await expect(page.locator('li:target')).toBeInViewport();
    const link = page.locator('#tl-garante-fine');
    await expect(link).toHaveAttribute('href', '#garante-fine');
    await link.click();
    await expect(page.locator('li:target')).toHaveAttribute('id', 'garante-fine');
  });

  test('keeps the filter labels as the chart key, and shows no control that needs JavaScript', async ({ page }) => {
    await page.goto(paths.en);
    const key = page.getByRole('group', { name: t('en', 'timeline.kinds') });
    await expect(key.getByText(new RegExp(`^\\s*${textPattern(t('en', 'timeline.kind.fine'))} \\(\\d+\\)\\s*$`))).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0); // hidden boxes leave the accessibility tree
    await expect(page.getByRole('button', { name: t('en', 'timeline.periodAll') })).toHaveCount(0);
    await expect(page.getByText(t('en', 'timeline.hint'))).toHaveCount(1); // in the HTML, so nothing moves when the script runs…
    await expect(page.getByText(t('en', 'timeline.hint'))).toBeHidden(); // …but not shown, nor in the accessibility tree
    await expect(page.locator('.tl-details')).toHaveCount(0);
  });
});

test.describe('with JavaScript', () => {
  test('filters by lane: each box hides exactly its lane, in the chart and the list, and says how many remain', async ({ page }) => {
    await open(page, 'fr');
    for (const lane of LANES) {
      const name = t('fr', `timeline.lane.${lane}`);
      const box = page.getByRole('checkbox', { name: new RegExp(`^${textPattern(name)} \\(\\d+\\)$`) });
      await box.uncheck();
      const expected = events.filter((e) => laneOfId.get(e.id) !== lane).map((e) => e.id).sort();
      expect((await listIds(page)).sort(), lane).toEqual(expected);
      expect((await chartIds(page)).sort(), lane).toEqual(expected);
      await expect(page.getByRole('status')).toHaveText(t('fr', 'timeline.shown', { shown: expected.length, total }));
      await box.check();
    }
    expect(await listIds(page)).toHaveLength(total);
  });

  test('filters by kind: each box hides exactly its kind, and all boxes off hide everything', async ({ page }) => {
    await open(page, 'en');
    const kinds = EVENT_KINDS.filter((k) => events.some((e) => e.kind === k));
    const off = new Set<string>();
    for (const kind of kinds) {
      const box = page.getByRole('checkbox', { name: new RegExp(`^${textPattern(t('en', `timeline.kind.${kind}`))} \\(\\d+\\)$`) });
      await box.uncheck();
      off.add(kind);
      const expected = events.filter((e) => !off.has(e.kind)).map((e) => e.id).sort();
      expect((await chartIds(page)).sort(), kind).toEqual(expected);
      expect((await listIds(page)).sort(), kind).toEqual(expected);
    }
    expect(await listIds(page)).toEqual([]);
    await expect(page.getByRole('status')).toHaveText(t('en', 'timeline.shown', { shown: 0, total }));
  });

  test('focuses each period on its own, re-drawn chart, then comes back to the whole case', async ({ page }) => {
    await open(page, 'fr');
    for (const era of ERAS) {
      const button = page.getByRole('button', { name: eraName(era.id, 'fr'), exact: true });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(chart(page)).toHaveAttribute('data-focus', era.id);
      const expected = events.filter((e) => eraOfId.get(e.id) === era.id).map((e) => e.id).sort();
      expect((await listIds(page)).sort(), era.id).toEqual(expected);
      expect((await chartIds(page)).sort(), era.id).toEqual(expected);
      await expect(page.getByRole('status')).toHaveText(t('fr', 'timeline.focused', { period: eraName(era.id, 'fr'), shown: expected.length, total }));
    }
    await page.getByRole('button', { name: t('fr', 'timeline.periodAll') }).click();
    await expect(chart(page)).toHaveAttribute('data-focus', 'all');
    expect(await listIds(page)).toHaveLength(total);
  });

  test('walks through every event with the arrow keys, in time order, from one tab stop', async ({ page }) => {
    test.slow(); // some 70 key presses
    await open(page, 'fr');
    await page.getByRole('checkbox').last().focus(); // the last control before the chart
    await page.keyboard.press('Tab'); // the skip link
    await expect(page.getByRole('link', { name: t('fr', 'timeline.skip') })).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => {
      const a = document.activeElement!;
      const t = a.getAttribute('transform') ?? '';
      return { id: a.getAttribute('data-id') ?? '', x: Number(/translate\(([-\d.]+)/.exec(t)?.[1] ?? NaN), hash: location.hash };
    });
    const seen = [await focused()];
    for (let i = 1; i < total; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown');
      seen.push(await focused());
    }
    expect(seen.map((s) => s.id).sort()).toEqual(events.map((e) => e.id).sort());
    seen.slice(1).forEach((s, i) => expect(s.x, `${seen[i]!.id} → ${s.id}`).toBeGreaterThanOrEqual(seen[i]!.x));
    expect(seen.at(-1)!.hash, 'the address follows the reader').toBe(`#${seen.at(-1)!.id}`);
    await expect(page.locator('a.tl-ev[tabindex="0"]')).toHaveCount(1);
    // a ring shows where focus is
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.tl-hit')!).strokeWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('ArrowRight'); // stays on the last
    expect((await focused()).id).toBe(seen.at(-1)!.id);
    await page.keyboard.press('Home');
    expect((await focused()).id).toBe(seen[0]!.id);
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).id).toBe(seen[0]!.id);
    await page.keyboard.press('End');
    expect((await focused()).id).toBe(seen.at(-1)!.id);
    await page.keyboard.press('ArrowUp');
    expect((await focused()).id).toBe(seen.at(-2)!.id);
  });

  test('opens the details with Enter, shows dates, amount and source links, and closes them with Escape', async ({ page }) => {
    await open(page, 'en');
    const e = content.events.get('cnil-sanction')!.data!;
    const node = page.locator('#tl-cnil-sanction');
    await node.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: t('en', 'timeline.details') });
    await expect(panel).toBeVisible();
    await expect(panel.locator('.tl-item-title')).toHaveText(e.title.en);
    await expect(panel.locator(`time[datetime="${e.date}"]`)).toHaveText('17 October 2022');
    await expect(panel.locator(`time[datetime="${e.announced}"]`)).toHaveText('20 October 2022');
    await expect(panel).toContainText('€20,000,000');
    const links = panel.getByRole('link');
    await expect(links).toHaveCount(e.sources.length);
    for (const [i, id] of e.sources.entries()) {
      const s = content.sources.get(id)!.data!;
      await expect(links.nth(i)).toHaveAttribute('href', s.url);
      await expect(links.nth(i)).toHaveText(s.title);
    }
    await expect(page.getByRole('status')).toHaveText(t('en', 'timeline.opened', { title: e.title.en }));
    await expect(node).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#cnil-sanction');
    // the arrows keep the panel in step
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    await expect(panel.locator('.tl-item-title')).toHaveText(content.events.get(next!)!.data!.title.en);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.locator(`#tl-${next}`)).toBeFocused();
    // the close button works too, and a click opens
    await page.locator('#tl-garante-fine').click();
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: t('en', 'timeline.close') }).click();
    await expect(panel).toBeHidden();
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: a deep link opens its event`, async ({ page }) => {
      await open(page, lang, '#ico-final-fine');
      const e = content.events.get('ico-final-fine')!.data!;
      await expect(page.locator('#tl-ico-final-fine')).toBeFocused();
      await expect(page.locator('#tl-ico-final-fine')).toBeInViewport();
      await expect(page.getByRole('region', { name: t(lang, 'timeline.details') }).locator('.tl-item-title')).toHaveText(e.title[lang]);
    });
  }

  test('a deep link to a filtered-out event brings it back', async ({ page }) => {
    await open(page, 'fr');
    await page.getByRole('checkbox', { name: new RegExp(`^${textPattern(t('fr', 'timeline.lane.france'))} `) }).uncheck();
    await page.evaluate(() => { location.hash = 'cnil-sanction'; });
    await expect(page.locator('#tl-cnil-sanction')).toBeFocused();
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${textPattern(t('fr', 'timeline.lane.france'))} `) })).toBeChecked();
  });

  test('an unknown #id shows the whole timeline with a polite notice, not an error', async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await open(page, 'fr', '#no-such-event');
    await expect(page.getByRole('status')).toHaveText(t('fr', 'timeline.unknown', { id: 'no-such-event' }));
    await expect(page.getByRole('status')).toHaveAttribute('role', 'status'); // polite by role
    expect(await listIds(page)).toHaveLength(total);
    expect(await chartIds(page)).toHaveLength(total);
    await expect(page.locator('.tl-details.is-open')).toHaveCount(0);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('at 360 px: no sideways scrolling, the chart gives way to the list, filters still work', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await open(page, 'fr');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('.tl-chart')).toBeHidden();
    await expect(page.locator('ol.tl-list')).toBeVisible();
    expect(await listIds(page)).toHaveLength(total);
    await page.getByRole('button', { name: eraName(ERAS[0].id, 'fr'), exact: true }).click();
    expect((await listIds(page)).length).toBe(events.filter((e) => eraOfId.get(e.id) === ERAS[0].id).length);
    const after = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(after).toBeLessThanOrEqual(0);
  });

  test('at 360 px a deep link scrolls to the list item', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await open(page, 'en', '#hdpa-fine');
    await expect(page.locator('li#hdpa-fine')).toBeInViewport();
  });

  test('draws no two labels of a lane over each other, as the browser lays them out', async ({ page }) => {
    for (const lang of ['fr', 'en'] as const) {
      await open(page, lang);
      const problems = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll<SVGGraphicsElement>('svg.tl-svg a.tl-ev')].map((a) => {
          const r = a.getBoundingClientRect();
          const label = a.querySelector('text')!.getBoundingClientRect();
          return { id: a.getAttribute('data-id'), x0: Math.min(r.left, label.left), x1: Math.max(r.right, label.right), y0: label.top, y1: label.bottom };
        });
        const out: string[] = [];
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
          const apart = a.x1 <= b.x0 + 0.5 || b.x1 <= a.x0 + 0.5 || a.y1 <= b.y0 + 0.5 || b.y1 <= a.y0 + 0.5;
          if (!apart) out.push(`${a.id} × ${b.id}`);
        }));
        return out;
      });
      expect(problems, lang).toEqual([]);
    }
  });

  test('honours reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'fr', '#cnil-sanction');
    const duration = await page.locator('li#cnil-sanction').evaluate((li) => parseFloat(getComputedStyle(li).transitionDuration));
    expect(duration).toBeLessThanOrEqual(0.0001);
    await expect(page.locator('#tl-cnil-sanction')).toBeInViewport();
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${lang}, ${colorScheme}: passes axe (WCAG 2.2 A and AA), also with a period focused and the details open`, async ({ page }) => {
        test.slow(); // two axe runs over a page of some 2,000 nodes
        await page.emulateMedia({ colorScheme });
        await open(page, lang);
        const check = async (state: string) => {
          const { violations } = await axeOn(page).analyze();
          expect(violations.length, `${state}:\n${formatAxeViolations(violations)}`).toBe(0);
        };
        await check('as loaded');
        await page.getByRole('button', { name: eraName(ERAS[2].id, lang), exact: true }).click();
        await page.locator('svg.tl-svg[data-focus="sanctions"] a.tl-ev[data-id="cnil-sanction"]').click();
        await expect(page.locator('.tl-details.is-open')).toBeVisible();
        await check('sanctions focused, details open');
      });
    }
  }

  test('updates the view within a frame: benchmark of 20 filter toggles and 20 arrow steps', async ({ page }) => {
    await open(page, 'fr');
    const timings = await page.evaluate(() => {
      const root = document.querySelector('vp-timeline')!;
      const measure = (name: string, act: () => void) => {
        const out: number[] = [];
        for (let i = 0; i < 20; i++) {
          performance.mark(`${name}-start`);
          act();
          void root.getBoundingClientRect(); // style and layout of the change included
          void document.body.offsetHeight;
          performance.mark(`${name}-end`);
          out.push(performance.measure(`${name}-${i}`, `${name}-start`, `${name}-end`).duration);
        }
        return out;
      };
      const box = root.querySelector<HTMLInputElement>('input[data-filter="lane"]')!;
      const filter = measure('filter', () => box.click());
      (root.querySelector('a.tl-ev') as SVGElement).focus();
      const step = measure('step', () => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
      return { filter, step };
    });
    const stats = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: (s[9]! + s[10]!) / 2, max: s.at(-1)! };
    };
    for (const [name, xs] of Object.entries(timings)) {
      const { median, max } = stats(xs);
      console.log(`timeline ${name}: median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${xs.length} steps (budget 50 ms)`);
      expect(xs).toHaveLength(20);
    }
  });
});
