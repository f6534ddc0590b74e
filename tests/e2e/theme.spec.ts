/**
 * The reader's choices and what the site keeps of them: the theme picker
 * (localStorage "vp-theme", applied as <html data-theme>), the privacy page's
 * erase button, the absence of any cookie, and the print layout.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { basePath, describePath, ui, formatAxeViolations, langOfPath, pagesUnderTest, withBase, axeOn } from './helpers';

const pages = pagesUnderTest();
/**
 * One page per template for a theme chosen against the system: the French
 * pages (chapter pages all differ, so all of them), one quiz page with its
 * worksheet and answer key, the landing and 404 pages. On each, every
 * element's colours under data-theme=T on system S must equal its colours
 * under system T, which pages.spec.ts checks with axe on every page in both
 * languages; tests/dist/theme-css.test.ts proves the same on the stylesheets.
 */
const themeSample = pages.filter((p) => langOfPath(p) !== 'en' && !/^fr\/quiz\/(?!affaire-clearview\/)/.test(p.slice(basePath.length)));
const home = { fr: withBase('fr/'), en: withBase('en/') };
const privacy = { fr: withBase('fr/confidentialite/'), en: withBase('en/privacy/') };
const chapters = { fr: withBase('fr/affaire-clearview/'), en: withBase('en/clearview-case/') };

const storedTheme = (page: Page) => page.evaluate(() => localStorage.getItem('vp-theme'));
const elementDefined = (page: Page) => page.evaluate(() => customElements.get('vp-erase-data') !== undefined);
const html = (page: Page) => page.locator('html');
const picker = (page: Page, lang: 'fr' | 'en') => page.getByRole('combobox', { name: ui(lang, 'theme.label') });

test.describe('the theme picker', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`is a labelled select offering system, light and dark on the ${lang === 'fr' ? 'French' : 'English'} home page`, async ({ page }) => {
      await page.goto(home[lang]);
      const select = picker(page, lang);
      await expect(select).toBeVisible();
      await expect(select).toHaveValue('system');
      expect(await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['system', 'light', 'dark']);
    });
  }

  test('switches data-theme on <html> and stores the choice', async ({ page }) => {
    await page.goto(home.fr);
    await expect(html(page)).not.toHaveAttribute('data-theme', /.*/);
    expect(await storedTheme(page)).toBeNull();

    await picker(page, 'fr').selectOption('dark');
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    expect(await storedTheme(page)).toBe('dark');

    await picker(page, 'fr').selectOption('light');
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    expect(await storedTheme(page)).toBe('light');
  });

  test('keeps the chosen theme across a reload and on the other language', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(home.fr);
    await picker(page, 'fr').selectOption('dark');
    await page.reload();
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    await expect(picker(page, 'fr')).toHaveValue('dark');
    expect(await html(page).evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');

    await page.goto(home.en);
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    await expect(picker(page, 'en')).toHaveValue('dark');
  });

  test('back on "system" removes data-theme and the stored key', async ({ page }) => {
    await page.goto(home.en);
    await picker(page, 'en').selectOption('dark');
    expect(await storedTheme(page)).toBe('dark');

    await picker(page, 'en').selectOption('system');
    await expect(html(page)).not.toHaveAttribute('data-theme', /.*/);
    expect(await storedTheme(page)).toBeNull();
    await page.reload();
    await expect(html(page)).not.toHaveAttribute('data-theme', /.*/);
    await expect(picker(page, 'en')).toHaveValue('system');
  });
});

/** Every colour the browser computes for each element (and its ::before / ::after) of the page, in document order. */
const PALETTE_PROPS = [
  'color', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'outline-color', 'text-decoration-color', 'fill', 'stroke', 'stop-color', 'box-shadow', 'text-shadow', 'caret-color',
  'accent-color', 'color-scheme', 'background-image',
];
const palette = (page: Page) =>
  page.evaluate((props) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        if (pseudo && cs.content === 'none') continue;
        out.push(`${el.tagName.toLowerCase()}${pseudo ?? ''} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`);
      }
    }
    return out;
  }, PALETTE_PROPS);

/**
 * The palette of a page freshly loaded with a system scheme and, or not, a
 * chosen theme. (One load per state: switching the scheme under a loaded
 * page leaves Chromium reporting stale colours for some hidden elements.)
 */
async function paletteOf(browser: Browser, path: string, system: 'light' | 'dark', theme?: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme: system, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    if (theme) await page.addInitScript((t) => localStorage.setItem('vp-theme', t), theme);
    await page.goto(path);
    if (theme) await expect(html(page)).toHaveAttribute('data-theme', theme);
    else await expect(html(page)).not.toHaveAttribute('data-theme', /.*/);
    expect(await html(page).evaluate((el) => getComputedStyle(el).colorScheme)).toBe(theme ?? system);
    return await palette(page);
  } finally {
    await context.close();
  }
}

/** Element by element, so that a difference names its element. */
const differences = (a: string[], b: string[]) => a.flatMap((c, i) => (c === b[i] ? [] : [`#${i}: ${c}\n  vs ${b[i]}`]));

test.describe('a theme chosen against the system setting', () => {
  for (const path of themeSample) {
    test(`${describePath(path)} shows exactly the palette of the chosen scheme, both ways`, async ({ browser }) => {
      // Four palettes of every element: the module page holds the whole course.
      test.setTimeout(90_000);
      for (const [theme, system] of [['dark', 'light'], ['light', 'dark']] as const) {
        const chosen = await paletteOf(browser, path, system, theme);
        const reference = await paletteOf(browser, path, theme);
        expect(chosen.length, 'elements compared').toBeGreaterThan(20);
        expect(differences(chosen, reference).slice(0, 10), `data-theme=${theme} on a ${system} system vs the ${theme} system`).toEqual([]);
        expect(chosen.length).toBe(reference.length);
      }
    });
  }

  test('the palette comparison bites: the other scheme, or one changed colour, differs', async ({ browser }) => {
    const path = themeSample[0]!;
    const light = await paletteOf(browser, path, 'light');
    const dark = await paletteOf(browser, path, 'dark');
    expect(differences(light, dark).length, 'elements whose colours differ between the schemes').toBeGreaterThan(10);
    const context = await browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await context.newPage();
      await page.goto(path);
      // A background does not inherit: exactly one element changes.
      await page.locator('h1').evaluate((h) => { h.style.backgroundColor = 'rgb(1, 2, 3)'; });
      expect(differences(await palette(page), dark)).toEqual([expect.stringMatching(/^#\d+: h1 [^|]*\|rgb\(1, 2, 3\)\|/)]);
    } finally {
      await context.close();
    }
  });

  for (const [theme, system] of [['dark', 'light'], ['light', 'dark']] as const) {
    test(`the French home page passes axe with data-theme=${theme} while the system is ${system}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.addInitScript((t) => localStorage.setItem('vp-theme', t), theme);
      await page.goto(home.fr);
      await expect(html(page)).toHaveAttribute('data-theme', theme);
      const { violations } = await axeOn(page).analyze();
      expect(violations.length, `axe violations on ${home.fr} (${theme} on ${system}):\n${formatAxeViolations(violations)}`).toBe(0);
    });
  }
});

test('no page sets a cookie, even after choosing a theme and erasing data', async ({ page, context }) => {
  // One visit per page of the site (about a hundred, some with a hundred quiz
  // questions): allow a second per page rather than the default 20 s in all.
  test.setTimeout(Math.max(60_000, pages.length * 1_000));
  for (const path of pages) await page.goto(path);
  await page.goto(home.fr);
  await picker(page, 'fr').selectOption('dark');
  await page.goto(privacy.fr);
  await page.getByRole('button', { name: ui('fr', 'privacy.erase') }).click();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test.describe('the erase button on the privacy page', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`lists, then erases vp-theme and says so in its status region (${lang})`, async ({ page }) => {
      await page.goto(home[lang]);
      await picker(page, lang).selectOption('dark');
      await page.goto(privacy[lang]);
      expect(await elementDefined(page), 'the <vp-erase-data> script ran').toBe(true);
      const status = page.getByRole('status');
      await expect(status).toHaveText(ui(lang, 'privacy.stored').replace('{keys}', 'vp-theme'));

      await page.getByRole('button', { name: ui(lang, 'privacy.erase') }).click();
      await expect(status).toHaveText(ui(lang, 'privacy.erased'));
      expect(await storedTheme(page)).toBeNull();
      await expect(html(page)).not.toHaveAttribute('data-theme', /.*/);
      await expect(picker(page, lang)).toHaveValue('system');
    });

    test(`says nothing was stored when there is nothing to erase (${lang})`, async ({ page }) => {
      await page.goto(privacy[lang]);
      expect(await elementDefined(page), 'the <vp-erase-data> script ran').toBe(true);
      const status = page.getByRole('status');
      await expect(status).toHaveText(ui(lang, 'privacy.none'));
      await page.getByRole('button', { name: ui(lang, 'privacy.erase') }).click();
      await expect(status).toHaveText(ui(lang, 'privacy.nothing'));
    });
  }
});

test.describe('a printed chapter', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`drops the header, navigation and footer, and prints source URLs (${chapters[lang]})`, async ({ page }) => {
      await page.goto(chapters[lang]);
      await expect(page.locator('.site-header')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      expect(await page.locator('nav').count()).toBeGreaterThan(0);
      for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();

      const sources = page.locator('.sources a[href^="http"]');
      expect(await sources.count(), 'the chapter cites at least one external source').toBeGreaterThan(0);
      const printed = await sources.evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
      );
      for (const { href, after } of printed) expect(after, `printed URL of ${href}`).toContain(href);
    });
  }
});
