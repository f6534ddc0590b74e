/**
 * The request-letter generator on the chapter "Your rights" (/en/your-rights/,
 * /fr/vos-droits/): filled from the keyboard it writes exactly the letter
 * the pure module writes; hostile input (<script>, an <img onerror>, 10,000
 * characters, right-to-left text) comes out as inert text; the download is
 * that same text; the clipboard gets it too; printing keeps the letter
 * alone; nothing is requested from any server and nothing is stored; axe
 * passes in light and dark mode and a 390 px phone never scrolls sideways.
 * Without JavaScript the three templates are there and no control is shown.
 *
 * Expected letters come from src/lib/letters/letter.ts and labels from the
 * component's strings, so a change of wording updates the test. The clock
 * is fixed, so the letter's date is known.
 *
 * LETTER_PAGE=<segment> points the spec at another page holding
 * <LetterGenerator /> in both languages (a scratch page while the chapter
 * is being written).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { formatAxeViolations, watchPage, withBase, axeOn } from './helpers';
import { chapterSegments } from '../../src/i18n/routes';
import { RIGHTS, WORDING, letterTemplate, letterText } from '../../src/lib/letters/letter';
import type LetterStrings from '../../src/i18n/en/letter.json';

/** The letter generator's words in one language (src/i18n/<lang>/letter.json). */
const letterStrings = (lang: 'fr' | 'en') => JSON.parse(readFileSync(resolve('src/i18n', lang, 'letter.json'), 'utf8')) as typeof LetterStrings;

const NOW = new Date('2026-11-26T10:00:00');
const DATE = '2026-11-26';
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '"><img src=x onerror="window.__pwned = 2">';
const SLOTS = '{controller} {images} $& $1';
const ARABIC = 'محمد عبد الله';
const HEBREW = 'שלום עולם, רחוב הרצל 5';
const LONG = 'a'.repeat(10_000);

for (const lang of ['en', 'fr'] as const) {
  const segment = process.env.LETTER_PAGE ?? chapterSegments['your-rights'][lang];
  const path = withBase(`${lang}/${segment}/`);
  const s = letterStrings(lang);
  const other = lang === 'fr' ? 'en' : 'fr';

  test.describe(`the letter generator on ${path}`, () => {
    async function open(page: Page) {
      await page.clock.setFixedTime(NOW);
      const response = await page.goto(path);
      expect(response?.status(), `${path} is not in the build`).toBe(200);
      await expect(page.locator('vp-letter'), `${path} does not use <LetterGenerator />`).toHaveCount(1);
      await expect(page.locator('vp-letter [data-role="letter"]')).toBeVisible();
    }
    const letter = (page: Page) => page.locator('vp-letter [data-role="letter"]');
    const field = (page: Page, id: string) => page.locator(`vp-letter #letter-${id}`);
    const shown = async (page: Page) => (await letter(page).textContent()) ?? '';

    test('filled from the keyboard alone, it writes the letter of the pure module, in the letter language chosen', async ({ page }) => {
      await open(page);
      const access = page.getByRole('radio', { name: s.rights.access });
      await access.focus();
      await expect(access).toBeChecked();
      // Arrow keys move within a radio group; Tab goes to the next group.
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: s.rights.erasure })).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(page.locator(`vp-letter input[name="vp-letter-lang"][value="${lang}"]`)).toBeFocused();
      await page.keyboard.press(lang === 'fr' ? 'ArrowDown' : 'ArrowUp');
      await expect(page.locator(`vp-letter input[name="vp-letter-lang"][value="${other}"]`)).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(field(page, 'controller-name')).toBeFocused();
      await page.keyboard.type('Example Faces Inc.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1 Example Street');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Springfield');
      await page.keyboard.press('Tab');
      await page.keyboard.type('privacy@faces.example');
      await page.keyboard.press('Tab');
      await expect(field(page, 'requester-name')).toBeFocused();
      await page.keyboard.type('Ada Martin');
      await field(page, 'non-eu').focus();
      await page.keyboard.press('Space');
      const expected = letterText({
        right: 'erasure', letterLang: other, date: DATE, nonEu: true, details: '',
        controller: { name: 'Example Faces Inc.', address: '1 Example Street\nSpringfield', email: 'privacy@faces.example' },
        requester: { name: 'Ada Martin' },
      });
      await expect(letter(page)).toHaveText(expected, { useInnerText: false });
      expect(await shown(page)).toBe(expected);
      await expect(letter(page)).toHaveAttribute('lang', other);
      await expect(letter(page)).toContainText(WORDING[other].subject.erasure);
      // The live region speaks once the reader pauses.
      await expect(page.locator('vp-letter [aria-live="polite"]')).toHaveText(s.updated);
    });

    test('hostile input stays inert text: no element created, no script run, no dialog, no error', async ({ page }, testInfo) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      const watch = await watchPage(page, new URL(testInfo.project.use.baseURL ?? '').origin);
      await open(page);
      const count = () => page.evaluate(() => ({
        script: document.querySelectorAll('script').length,
        img: document.querySelectorAll('img').length,
        all: document.querySelectorAll('vp-letter *').length,
      }));
      const before = await count();
      const values: Record<string, string> = {
        'controller-name': `${SCRIPT}${IMG}`,
        'controller-address': `${IMG}\n${SLOTS}`,
        'controller-email': `${IMG}@x`,
        'requester-name': `${SLOTS} ${SCRIPT}`,
        'requester-address': `<b>bold</b>\n&amp; &lt;`,
        details: `${SCRIPT}\n${IMG}\n<iframe src="javascript:alert(1)"></iframe>`,
      };
      for (const [id, v] of Object.entries(values)) await field(page, id).fill(v);
      await field(page, 'photo').check();
      const text = await shown(page);
      for (const v of Object.values(values)) {
        for (const line of v.split('\n')) expect(text).toContain(line.trim());
      }
      expect(await count()).toEqual(before);
      await expect(letter(page).locator('*')).toHaveCount(0);
      expect(await letter(page).innerHTML()).toContain('&lt;script&gt;');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    });

    test('10,000 characters: kept whole in the letter, flagged as too long, and no sideways scroll on a 390 px phone', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page);
      const details = field(page, 'details');
      await details.fill(LONG);
      await field(page, 'requester-name').fill(LONG);
      expect(await shown(page)).toContain(`${WORDING[lang].details}\n${LONG}\n`);
      await expect(details).toHaveAttribute('aria-invalid', 'true');
      await expect(details).toHaveAttribute('aria-describedby', /letter-details-error/);
      await expect(page.locator('vp-letter #letter-details-error')).toBeVisible();
      await expect(field(page, 'requester-name')).toHaveAttribute('aria-invalid', 'true');
      expect(await details.inputValue()).toHaveLength(10_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Back under the limit, the error goes.
      await details.fill('short');
      await expect(details).not.toHaveAttribute('aria-invalid', /.*/);
      await expect(page.locator('vp-letter #letter-details-error')).toBeHidden();
      await expect(details).not.toHaveAttribute('aria-describedby', /letter-details-error/);
    });

    test('right-to-left text is kept as typed and shown right to left', async ({ page }) => {
      await open(page);
      await field(page, 'requester-name').fill(ARABIC);
      await field(page, 'requester-address').fill(HEBREW);
      await field(page, 'details').fill(`${ARABIC} — ${HEBREW}`);
      const text = await shown(page);
      expect(text).toContain(`${ARABIC}\n${HEBREW}\n`);
      expect(text).toContain(`${ARABIC} — ${HEBREW}`);
      expect(text.trimEnd().endsWith(ARABIC)).toBe(true);
      expect(await field(page, 'requester-name').evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
      await expect(letter(page)).toHaveCSS('unicode-bidi', 'plaintext');
    });

    test('the download is a text file named after the right and the date, holding the letter shown', async ({ page }) => {
      await open(page);
      await page.getByRole('radio', { name: s.rights.objection }).check();
      await field(page, 'requester-name').fill(`${ARABIC} ${SCRIPT}`);
      await field(page, 'details').fill(`${IMG}\n${LONG}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: s.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${WORDING[lang].file.objection}-${DATE}.txt`);
      const file = readFileSync(await download.path(), 'utf8');
      expect(file).toBe(await shown(page));
      expect(file).toContain(LONG);
      await expect(page.locator('vp-letter [aria-live="polite"]')).toContainText(`${WORDING[lang].file.objection}-${DATE}.txt`);
      // The temporary link is gone.
      await expect(page.locator('vp-letter a[download]')).toHaveCount(0);
    });

    test('copies the letter to the clipboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page);
      await field(page, 'controller-name').fill(`${SCRIPT} ${HEBREW}`);
      await page.getByRole('button', { name: s.copy }).click();
      await expect(page.locator('vp-letter [aria-live="polite"]')).toHaveText(s.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shown(page));
    });

    test('without clipboard access, Copy selects the letter and says to press Ctrl+C', async ({ page }) => {
      await open(page);
      await field(page, 'requester-name').fill(HEBREW);
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      });
      await page.getByRole('button', { name: s.copy }).click();
      await expect(page.locator('vp-letter [aria-live="polite"]')).toHaveText(s.copyFailed);
      // (a selection drops the final line break of a <pre>)
      expect(await page.evaluate(() => getSelection()?.toString())).toBe((await shown(page)).trimEnd());
    });

    test('Print prints the letter alone, and the page comes back afterwards', async ({ page }) => {
      await open(page);
      await field(page, 'requester-name').fill('Ada Martin');
      await page.evaluate(() => {
        const w = window as unknown as { __printed?: string[] };
        w.__printed = [];
        window.print = () => {
          w.__printed!.push(`${document.documentElement.hasAttribute('data-letter-print')}|${document.querySelector('body > .letter-print')?.textContent ?? ''}`);
        };
      });
      await page.getByRole('button', { name: s.print }).click();
      const printed = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);
      expect(printed).toEqual([`true|${await shown(page)}`]);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('main')).toBeHidden();
      await expect(page.locator('body > .letter-print')).toBeVisible();
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(page.locator('body > .letter-print')).toHaveCount(0);
      await expect(page.locator('main')).toBeVisible();
    });

    test('requests nothing from any server and stores nothing while filling, copying, printing and downloading', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page);
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('blob:')) requests.push(r.url()); });
      const storage = () => page.evaluate(() => JSON.stringify([Object.keys(localStorage), Object.keys(sessionStorage), document.cookie]));
      const stored = await storage();
      for (const id of ['controller-name', 'controller-address', 'controller-email', 'requester-name', 'requester-address', 'requester-email', 'details']) {
        await field(page, id).fill(`${IMG} ${id}`);
      }
      await field(page, 'photo').check();
      // Enter in a text field submits nothing: there is no form.
      await field(page, 'controller-name').press('Enter');
      await page.getByRole('button', { name: s.copy }).click();
      await page.evaluate(() => { window.print = () => undefined; });
      await page.getByRole('button', { name: s.print }).click();
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s.download }).click()]);
      await page.waitForTimeout(300);
      expect(requests).toEqual([]);
      expect(await storage()).toBe(stored);
      expect(await context.cookies()).toEqual([]);
      expect(page.url()).toContain(path);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode, with an error shown`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page);
        await field(page, 'details').fill(LONG);
        const { violations } = await axeOn(page).include('vp-letter').analyze();
        expect(violations.length, formatAxeViolations(violations)).toBe(0);
      });
    }

    test('shows the three letters as templates and no control, without JavaScript @nojs', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), `${path} is not in the build`).toBe(200);
      const el = page.locator('vp-letter');
      await expect(el).toHaveCount(1);
      await expect(el.locator('input, textarea, button, select, form')).toHaveCount(0);
      await expect(el.getByText(s.noJs)).toBeVisible();
      await expect(el.getByText(s.privacy)).toBeVisible();
      const templates = el.locator('details.letter-template');
      await expect(templates).toHaveCount(RIGHTS.length);
      for (const [i, right] of RIGHTS.entries()) {
        const d = templates.nth(i);
        await d.locator('summary').click();
        await expect(d.locator('pre')).toBeVisible();
        expect(await d.locator('pre').textContent()).toBe(letterTemplate(right, lang));
      }
    });
  });
}
