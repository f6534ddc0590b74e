/**
 * With JavaScript disabled (the `no-js` project runs only what is tagged
 * @nojs), every page shows all of its text: the server HTML is complete, and
 * nothing waits for a script to be revealed. Only controls that cannot work
 * without JavaScript (the theme picker, the erase button) may stay hidden,
 * and the reviewed js-only elements (helpers.ts, jsOnlyAllowed): controls and
 * lines only a script makes true.
 */
import { test, expect } from '@playwright/test';
import { describePath, jsOnlyAllowed, loadOnce, pagesUnderTest, type LoadedPage, serverMainText, squash, wordCount } from './helpers';

const pages = pagesUnderTest();

/** Elements whose text a reader must be able to see. */
const textBlocks = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, figcaption, blockquote, summary, label';

test.describe('without JavaScript', { tag: '@nojs' }, () => {
  for (const path of pages) {
    test.describe(describePath(path), () => {
      // One load per page serves the three checks (see pages.spec.ts).
      test.describe.configure({ mode: 'default' });
      let loaded: LoadedPage;
      test.beforeAll(async ({ browser }, testInfo) => {
        loaded = await loadOnce(browser, testInfo, path);
        // Answers in <details> are readable without JavaScript: a reader opens them.
        // (One at a time: each click takes a summary out of the `:not([open])` list.)
        const closed = loaded.page.locator('main details:not([open]) > summary');
        while ((await closed.count()) > 0) await closed.first().click();
      });
      test.afterAll(async () => loaded.close());

      test('shows all the text of its server HTML', async ({ request }) => {
        expect(loaded.status).toBe(200);
        const html = await (await request.get(path)).text();
        const expected = serverMainText(html);
        // serverMainText drops form controls, whose innerText would list every
        // <option>: leave them out of the text read on screen too.
        const shown = await loaded.page.locator('main').evaluate((main: HTMLElement) => {
          const controls = [...main.querySelectorAll<HTMLElement>('button, select, textarea')].filter((c) => !c.hidden);
          for (const c of controls) c.hidden = true;
          const text = main.innerText;
          for (const c of controls) c.hidden = false;
          return text;
        });
        const [want, got] = [squash(expected), squash(shown)];
        let at = 0;
        while (at < want.length && want[at] === got[at]) at += 1;
        expect(
          got,
          `main shows ${wordCount(shown)} words, the server HTML has ${wordCount(expected)}; ` +
            `first difference after "…${want.slice(Math.max(0, at - 60), at)}": expected "${want.slice(at, at + 60)}…", shown "${got.slice(at, at + 60)}…"`,
        ).toBe(want);
      });

      test('shows every paragraph, list item, heading and cell of main', async () => {
        const hidden = await loaded.page.locator('main').evaluate((main, selector) => {
          const controls = 'button, select, option, template, script, style, .js-only';
          return [...new Set([...main.querySelectorAll(selector), ...main.querySelectorAll('[hidden]')])]
            .filter((el) => !el.closest(controls) && (el.textContent ?? '').trim() !== '')
            .filter((el) => el.hasAttribute('hidden') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
            .map((el) => `<${el.localName}${el.className ? ` class="${el.className}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 80)}`);
        }, textBlocks);
        expect(hidden, 'hidden text in main').toEqual([]);
      });

      test('hides only reviewed js-only elements, and each of them', async () => {
        const found = await loaded.page.locator('.js-only').evaluateAll((els) =>
          els.map((el) => ({ classes: [...el.classList], shown: el.checkVisibility() })));
        for (const { classes, shown } of found) {
          expect(classes.some((c) => c in jsOnlyAllowed), `a js-only element not reviewed in helpers.ts: .${classes.join('.')}`).toBe(true);
          expect(shown, `.${classes.join('.')} is shown without JavaScript`).toBe(false);
        }
      });

      test('hides the theme picker, which needs JavaScript', async () => {
        const { page } = loaded;
        // theme.js marks <html data-js> when it runs: it must not have run.
        await expect(page.locator('html')).not.toHaveAttribute('data-js', /.*/);
        await expect(page.locator('#vp-theme')).toHaveCount(1);
        await expect(page.locator('#vp-theme')).toBeHidden();
      });
    });
  }
});
