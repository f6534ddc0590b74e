/**
 * Offline reading (issue 7): after a first visit, pages never opened load
 * with the network cut, in both languages, with their styles; a page that
 * was never saved gives the offline page in the reader's language; online,
 * pages still come from the network; and a new build replaces the copy.
 *
 * The rest of the suite blocks service workers (playwright.config.ts), so
 * that ~300 fresh contexts do not each save the whole site; this file opts
 * back in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { buildManifest, CACHE_PREFIX } from '../../scripts/lib/sw-manifest.mjs';
import { swSource } from '../../scripts/offline-sw.mjs';
import type OfflineStrings from '../../src/i18n/en/offline.json';
import { withBase } from './helpers';

/** The offline page's words in one language (src/i18n/<lang>/offline.json). */
const offlineStrings = (lang: 'fr' | 'en') => JSON.parse(readFileSync(resolve('src/i18n', lang, 'offline.json'), 'utf8')) as typeof OfflineStrings;

test.use({ serviceWorkers: 'allow' });

const dist = resolve(process.env.DIST ?? 'dist');
const manifestKey = withBase('offline-manifest.json');

/** The text of a built page's <h1>, tags dropped, as the browser shows it. */
function builtH1(path: string): string {
  const html = readFileSync(join(dist, path.slice(withBase('').length), 'index.html'), 'utf8');
  const inner = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!;
  return inner.replace(/<[^>]+>/g, '').replace(/&#39;/g, '\'').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/** Waits until the worker controls the page and its copy of the site is complete. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.evaluate((key) => caches.match(key).then(Boolean), manifestKey), { timeout: 30_000 }).toBe(true);
}

/**
 * The page is styled: it has stylesheets (inline <style> elements since
 * astro.config.mjs inlines them, and any it links), every one of them loaded
 * with rules, and the site's layout applies (main's side padding, 1rem).
 */
async function stylesLoaded(page: Page) {
  return page.evaluate(() => {
    const elements = document.querySelectorAll('link[rel="stylesheet"], style').length;
    const sheets = [...document.styleSheets];
    const withRules = sheets.filter((s) => { try { return s.cssRules.length > 0; } catch { return false; } }).length;
    const main = document.querySelector('main');
    return elements > 0 && sheets.length === elements && withRules === elements && main !== null && getComputedStyle(main).paddingLeft === '16px';
  });
}

test.describe('after a first visit, with the network cut', () => {
  test.describe.configure({ mode: 'serial' });
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(60_000);
    const { baseURL } = testInfo.project.use;
    context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'allow' });
    page = await context.newPage();
    await page.goto(withBase('fr/'));
    await waitForOfflineCopy(page);
    await context.setOffline(true);
  });
  test.afterAll(async () => context.close());

  const pages = [
    ['a French chapter', 'fr/moissonnage/'],
    ['an English chapter', 'en/gdpr/'],
    ['the French glossary', 'fr/glossaire/'],
    ['an English quiz page', 'en/quiz/clearview-case/'],
    ['a French worksheet', 'fr/quiz/affaire-clearview/fiche/'],
    ['the English timeline', 'en/timeline/'],
  ] as const;
  for (const [what, path] of pages) {
    test(`${what} (${path}) loads from the saved copy, with its heading and its styles`, async () => {
      const response = await page.goto(withBase(path));
      expect(response?.fromServiceWorker()).toBe(true);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtH1(withBase(path)));
      expect(await stylesLoaded(page)).toBe(true);
    });
  }

  test('an address typed without its trailing slash still opens the saved page', async () => {
    await page.goto(withBase('en/glossary'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtH1(withBase('en/glossary/')));
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`a page never saved gives the ${lang === 'fr' ? 'French' : 'English'} offline page`, async () => {
      await page.goto(withBase(`${lang}/${lang === 'fr' ? 'pas-de-telle-page' : 'no-such-page'}/`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(offlineStrings(lang).title);
      await expect(page.getByText(offlineStrings(lang).fallback)).toBeVisible();
      expect(await stylesLoaded(page)).toBe(true);
    });
  }

  test('the offline page says the copy is ready', async () => {
    await page.goto(withBase('en/offline/'));
    await expect(page.getByRole('status')).toHaveText(offlineStrings('en')['status.ready']);
  });

  test('back online, pages come from the network again (an unknown address is a real 404)', async () => {
    await context.setOffline(false);
    const response = await page.goto(withBase('fr/pas-de-telle-page/'));
    expect(response?.status()).toBe(404);
    await context.setOffline(true);
  });

  test('the worker never answers for another origin', async () => {
    // A request to another origin goes around the worker: offline it fails
    // instead of being answered from the cache, and nothing is stored.
    const result = await page.evaluate(() => fetch('http://127.0.0.1:9/x.css').then(() => 'answered', () => 'failed'));
    expect(result).toBe('failed');
    const keys = await page.evaluate(async () => {
      const all: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) all.push(r.url);
      return all;
    });
    const origin = new URL(page.url()).origin;
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  });
});

test.describe('a new build', () => {
  let server: ChildProcess | undefined;
  let root = '';
  const port = Number(process.env.PORT ?? 4321) + 1000;
  const origin = `http://localhost:${port}`;

  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vp-offline-'));
    cpSync(dist, root, { recursive: true });
    server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, DIST: root, PORT: String(port) }, stdio: 'ignore' });
    await expect.poll(() => fetch(`${origin}${withBase('')}`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  });
  test.afterAll(() => {
    server?.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('replaces the saved copy: the corrected page shows offline and the old cache is gone', async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${origin}${withBase('fr/')}`);
    await waitForOfflineCopy(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // "Deploy" a correction to one page, with the sw.js a build would write.
    const chapter = join(root, 'fr/rgpd/index.html');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/(<h1[^>]*>)/, '$1Corrigé · '));
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [relative(root, join(dir, d.name)).split(sep).join('/')]);
    const files = walk(root).map((file) => ({ file, content: readFileSync(join(root, file)) }));
    writeFileSync(join(root, 'sw.js'), swSource(buildManifest(files, withBase('')), withBase('')));

    // The next visit checks sw.js, installs the new version and deletes the old cache.
    const fetchedByWorker: string[] = [];
    context.on('request', (r) => { if (r.serviceWorker()) fetchedByWorker.push(new URL(r.url()).pathname); });
    await page.reload();
    // While the new version installs, both caches exist; once it is active, only its own.
    await expect.poll(async () => {
      const keys = await page.evaluate(() => caches.keys());
      return keys.length === 1 && keys[0] !== before[0] ? 'replaced' : keys.join(', ');
    }, { timeout: 30_000 }).toBe('replaced');
    const after = await page.evaluate(() => caches.keys());
    expect(after[0]).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{12}$`));
    await expect.poll(() => page.evaluate((key) => caches.match(key).then(Boolean), manifestKey), { timeout: 30_000 }).toBe(true);

    // Besides the reloaded page (network-first) and the update check of
    // sw.js, only the changed page was downloaded; the rest was copied from
    // the old cache.
    expect([...new Set(fetchedByWorker)].sort()).toEqual([withBase('fr/'), withBase('fr/rgpd/'), withBase('sw.js')].sort());

    await context.setOffline(true);
    await page.goto(`${origin}${withBase('fr/rgpd/')}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Corrigé · ');
    // An unchanged page, copied over from the old cache, is still there.
    await page.goto(`${origin}${withBase('en/gdpr/')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtH1(withBase('en/gdpr/')));
    await context.close();
  });
});
