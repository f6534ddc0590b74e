/**
 * The search pages (/fr/recherche/, /en/search/), on Pagefind.
 *
 * One index per language: a French word is found on the French page, in
 * French pages only, and not at all on the English page; an English word
 * the other way round. Glossary terms and timeline events are results of
 * their own, opening the entry's anchor. The form is keyboard operable, the
 * query lives in `?q=`, and no CSP directive is broken (the search page alone
 * allows WebAssembly). Without JavaScript (@nojs) no form shows, a sentence
 * says why and links lead to the glossary, the timeline and the course map.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { basePath, formatAxeViolations, ui, watchPage, withBase, axeOn } from './helpers';
import { glossarySegments, searchSegments, timelineSegments } from '../../src/i18n/routes';

type Lang = 'fr' | 'en';
const searchUrl = (lang: Lang) => withBase(`${lang}/${searchSegments[lang]}/`);
const contentDir = process.env.CONTENT_DIR ?? 'content';
// The timeline event searched for by its own title, read from its data.
const event = { id: 'cnil-sanction', ...(parse(readFileSync(`${contentDir}/events/cnil-sanction.yaml`, 'utf8')) as { title: Record<Lang, string> }) };
const results = (page: Page) => page.locator('.search-results > li > a.search-result-title');
const count = (lang: Lang, q: string, n: number) =>
  ui(lang, n === 1 ? 'search.count.one' : 'search.count.other').replace('{q}', q).replace('{n}', String(n));

/** Types a query and waits for the status region to announce the outcome. */
async function search(page: Page, lang: Lang, q: string) {
  const box = page.getByRole('searchbox', { name: ui(lang, 'search.label') });
  await box.fill(q);
  const status = page.getByRole('status');
  // Every outcome names the query (the loading message does not), so this
  // also waits out a previous search's announcement.
  await expect(status).toContainText(q);
  return status;
}

/** The site paths (base removed) of every result link, sub-results included. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => `/${decodeURI(h).slice(basePath.length)}`);
}

const cases: { lang: Lang; word: string; other: string }[] = [
  { lang: 'fr', word: 'moissonnage', other: 'en' },
  { lang: 'fr', word: 'astreinte', other: 'en' },
  { lang: 'en', word: 'crawler', other: 'fr' },
  { lang: 'en', word: 'periodic penalty', other: 'fr' },
];

for (const { lang, word } of cases) {
  test(`search finds the ${lang === 'fr' ? 'French' : 'English'} word "${word}" in ${lang === 'fr' ? 'French' : 'English'} pages only`, async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    const pagefindRequests: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/pagefind/')) pagefindRequests.push(new URL(r.url()).pathname); });
    await page.goto(searchUrl(lang));
    const status = await search(page, lang, word);
    await expect(status).toHaveText(/\d/);
    expect(await results(page).count()).toBeGreaterThan(0);
    const paths = await resultPaths(page);
    expect(paths.filter((p) => !p.startsWith(`/${lang}/`))).toEqual([]);
    // Only this language's index and fragments were fetched.
    const data = pagefindRequests.filter((p) => /\/(index|fragment)\/|\.pf_meta$|wasm\./.test(p));
    expect(data.length).toBeGreaterThan(0);
    expect(data.filter((p) => !p.split('/').pop()!.match(new RegExp(`^(${lang}_|pagefind\\.${lang}_|wasm\\.${lang}\\.)`)))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });
}

test('a French-only word finds nothing on the English search page', async ({ page }) => {
  await page.goto(searchUrl('en'));
  const status = await search(page, 'en', 'moissonnage');
  await expect(status).toHaveText(ui('en', 'search.none').replace('{q}', 'moissonnage'));
  await expect(results(page)).toHaveCount(0);
});

test('an English-only word finds nothing in French pages on the French search page', async ({ page }) => {
  await page.goto(searchUrl('fr'));
  await search(page, 'fr', 'crawler');
  expect((await resultPaths(page)).filter((p) => !p.startsWith('/fr/'))).toEqual([]);
});

for (const lang of ['fr', 'en'] as const) {
  test(`${lang}: a glossary term and a timeline event are results of their own, opening their anchor`, async ({ page }) => {
    await page.goto(searchUrl(lang));
    // The glossary entry "penalty-payment" (astreinte / periodic penalty payment).
    await search(page, lang, lang === 'fr' ? 'astreinte' : 'periodic penalty');
    expect(await resultPaths(page)).toContain(`/${lang}/${glossarySegments[lang]}/#term-penalty-payment`);
    // The timeline event of the CNIL's 2022 sanction, by its title.
    await search(page, lang, event.title[lang]);
    expect(await resultPaths(page)).toContain(`/${lang}/${timelineSegments[lang]}/#${event.id}`);
    await page.getByRole('link', { name: event.title[lang], exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${timelineSegments[lang]}/#${event.id}$`));
    await expect(page.locator(`[id="${event.id}"]`)).toBeVisible();
  });

  test(`${lang}: keyboard — type, Tab to the first result, Enter opens it; ?q= is kept and read back`, async ({ page }) => {
    await page.goto(searchUrl(lang));
    const box = page.getByRole('searchbox', { name: ui(lang, 'search.label') });
    await box.focus();
    const q = lang === 'fr' ? 'gabarit' : 'template';
    await page.keyboard.type(q);
    await expect(page.getByRole('status')).toHaveText(/\d/);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${q}`));
    const first = results(page).first();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    // Back on the search page, the query from the address is searched again.
    await page.goto(`${searchUrl(lang)}?q=${q}`);
    await expect(box).toHaveValue(q);
    await expect(page.getByRole('status')).toHaveText(/\d/);
  });

  test(`${lang}: the status region counts the results`, async ({ page }) => {
    await page.goto(searchUrl(lang));
    const q = lang === 'fr' ? 'astreinte' : 'crawler';
    const status = await search(page, lang, q);
    const n = await page.locator('.search-results > li').count();
    await expect(status).toHaveText(count(lang, q, n));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${lang}: the search page with results passes axe in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${searchUrl(lang)}?q=${lang === 'fr' ? 'astreinte' : 'crawler'}`);
      await expect(page.getByRole('status')).toHaveText(/\d/);
      const { violations } = await axeOn(page).analyze();
      expect(violations.length, formatAxeViolations(violations)).toBe(0);
    });
  }

  test(`${lang}: without JavaScript, no form shows; a message and links do`, { tag: '@nojs' }, async ({ page }) => {
    await page.goto(searchUrl(lang));
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: ui(lang, 'search.submit') })).toHaveCount(0);
    await expect(page.getByText(ui(lang, 'search.noscript'))).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: ui(lang, 'nav.glossary'), exact: true })).toHaveAttribute('href', withBase(`${lang}/${glossarySegments[lang]}/`));
    await expect(main.getByRole('link', { name: ui(lang, 'nav.timeline'), exact: true })).toHaveAttribute('href', withBase(`${lang}/${timelineSegments[lang]}/`));
    await expect(main.getByRole('link', { name: ui(lang, 'search.map') })).toHaveAttribute('href', withBase(`${lang}/`));
  });
}

test('every page links to the search page of its language from the main navigation', async ({ page }) => {
  for (const lang of ['fr', 'en'] as const) {
    await page.goto(withBase(`${lang}/`));
    const nav = page.getByRole('navigation', { name: ui(lang, 'nav.main') });
    await expect(nav.getByRole('link', { name: ui(lang, 'nav.search') })).toHaveAttribute('href', searchUrl(lang));
  }
});
