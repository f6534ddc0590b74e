/**
 * The GDPR decision trees on the chapter pages (/en/gdpr/, /fr/rgpd/):
 * walked with the keyboard alone to a Clearview ending and to a "does not
 * apply" ending, with Back and Start over, focus on each new heading and a
 * polite live region saying what changed; axe passes in light and dark mode
 * on a question and on an outcome; 360 px never scrolls sideways; and
 * without JavaScript the whole of both trees is there as nested lists,
 * every question and every outcome, with no stepper button.
 *
 * Expected texts come from the trees (content/law-trees/) and their words
 * (src/i18n/<locale>/law.json), so a wording change updates the test. Skipped, with a message, while the
 * chapter is not built or does not use <LawTree />.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { formatAxeViolations, withBase, axeOn } from './helpers';
import { chapterSegments } from '../../src/i18n/routes';
import { follow, listLayout, type LawTreeData } from '../../src/lib/law-trees';
import { lawTrees as loadTrees, words } from '../support/explorables';

const lawTrees = loadTrees() as Record<'applies' | 'lawful-basis', LawTreeData>;

const dist = resolve(process.env.DIST ?? 'dist');
const segments = chapterSegments.gdpr;
const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

/** The built page's HTML, or '' when the chapter is not in this build. */
function built(lang: 'fr' | 'en'): string {
  const file = join(dist, lang, segments[lang], 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

for (const lang of ['en', 'fr'] as const) {
  const path = withBase(`${lang}/${segments[lang]}/`);
  const html = built(lang);
  const S = words('law', lang);
  const l = (s: { fr: string; en: string }) => s[lang];
  const has = (id: string) => html.includes(`id="lt-${id}-title"`);

  /** The element of one tree, found by its title. */
  const treeOf = (page: Page, tree: LawTreeData) =>
    page.locator('vp-law-tree').filter({ has: page.getByRole('heading', { name: l(tree.title), exact: true }) });

  /** What the step heading says for where `answers` lead. */
  function heading(tree: LawTreeData, answers: number[]): string {
    const { id, node } = follow(tree, answers);
    if (node.kind === 'outcome') return l(node.title);
    return `${fill(S.question, { n: listLayout(tree).numbers[id] ?? 0 })} ${l(node.text)}`;
  }

  /** What the live region says after answering `answers.at(-1)`. */
  function spoken(tree: LawTreeData, answers: number[]): string {
    const before = follow(tree, answers.slice(0, -1)).node;
    const answer = before.kind === 'question' ? l(before.answers[answers.at(-1)!]!.label) : '';
    const { id, node } = follow(tree, answers);
    const step = node.kind === 'outcome'
      ? fill(S.liveResult, { title: l(node.title) })
      : `${fill(S.question, { n: listLayout(tree).numbers[id] ?? 0 })}. ${l(node.text)}`;
    return fill(S.live, { answer, step });
  }

  /**
   * Answers with the keyboard only: from the focused step heading, Tab to
   * the answer's button (buttons come in the tree's order) and press Enter;
   * then focus must be on the new heading and the live region must say it.
   */
  async function answerAll(page: Page, el: Locator, tree: LawTreeData, answers: number[]) {
    await el.locator('.lt-step-h').focus();
    for (let k = 0; k < answers.length; k += 1) {
      for (let t = 0; t <= answers[k]!; t += 1) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const h = el.locator('.lt-step-h');
      await expect(h).toBeFocused();
      expect(plain(await h.textContent())).toBe(plain(heading(tree, answers.slice(0, k + 1))));
      await expect.poll(async () => plain(await el.locator('[aria-live="polite"]').textContent())).toBe(plain(spoken(tree, answers.slice(0, k + 1))));
    }
  }

  test.describe(`the GDPR decision trees on ${path}`, () => {
    test('is in the build, with both trees', () => {
      expect(html, `${path} is not in the build at ${dist}: content/chapters/${lang}/gdpr.mdx is not written yet`).toBeTruthy();
      expect(has('applies') && has('lawful-basis'), `${path} does not use both <LawTree tree="applies" /> and <LawTree tree="lawful-basis" />`).toBe(true);
    });

    test('"Does the GDPR apply?" walked by keyboard to Clearview\'s ending, Art. 3(2)(b), then Back and Start over', async ({ page }) => {
      expect(has('applies')).toBe(true);
      await page.goto(path);
      const tree = lawTrees.applies;
      const el = treeOf(page, tree);
      const walk = [0, 0, 1, 1, 1, 1, 0];
      await answerAll(page, el, tree, walk);
      const card = el.locator('.lt-step .lt-card');
      const end = follow(tree, walk).node;
      if (end.kind !== 'outcome') throw new Error('not an outcome');
      await expect(card).toContainText(l(end.articles));
      await expect(card).toContainText(S.clearview);
      await expect(card.locator('a[href="#src-cnil-san-2022-019"]')).toHaveCount(1);
      await expect(card.locator('a[href="#src-ukut-ico-v-clearview-2025"]')).toHaveCount(1);
      // The path shows the seven answers given.
      await expect(el.getByRole('list', { name: S.path }).getByRole('listitem')).toHaveCount(walk.length);
      // Back, by keyboard: one step up, to the monitoring question.
      await el.getByRole('button', { name: S.back }).focus();
      await page.keyboard.press('Enter');
      await expect(el.locator('.lt-step-h')).toBeFocused();
      expect(plain(await el.locator('.lt-step-h').textContent())).toBe(plain(heading(tree, walk.slice(0, -1))));
      await expect(el.getByRole('list', { name: S.path }).getByRole('listitem')).toHaveCount(walk.length - 1);
      const back = follow(tree, walk.slice(0, -1));
      const backText = back.node.kind === 'question' ? l(back.node.text) : '';
      await expect.poll(async () => plain(await el.locator('[aria-live="polite"]').textContent())).toBe(plain(`${fill(S.question, { n: listLayout(tree).numbers[back.id] ?? 0 })}. ${backText}`));
      // Start over: the first question, no path, no Back button.
      await el.getByRole('button', { name: S.restart }).focus();
      await page.keyboard.press('Enter');
      await expect(el.locator('.lt-step-h')).toBeFocused();
      expect(plain(await el.locator('.lt-step-h').textContent())).toBe(plain(heading(tree, [])));
      await expect(el.getByRole('list', { name: S.path })).toBeHidden();
      await expect(el.getByRole('button', { name: S.back })).toBeHidden();
    });

    test('"Does the GDPR apply?" walked by keyboard to "does not apply": a household activity', async ({ page }) => {
      expect(has('applies')).toBe(true);
      await page.goto(path);
      const tree = lawTrees.applies;
      const el = treeOf(page, tree);
      await answerAll(page, el, tree, [0, 0, 0]);
      const end = follow(tree, [0, 0, 0]).node;
      expect(end.kind === 'outcome' && end.verdict).toBe('excluded');
      await expect(el.locator('.lt-step .lt-card')).toContainText(end.kind === 'outcome' ? l(end.articles) : '');
    });

    test('"Is there a lawful basis?" walked by keyboard to Clearview\'s failure at the balancing step, and to the Art. 9 ban', async ({ page }) => {
      expect(has('lawful-basis')).toBe(true);
      await page.goto(path);
      const tree = lawTrees['lawful-basis'];
      const el = treeOf(page, tree);
      await answerAll(page, el, tree, [1, 1, 1, 1, 1, 0, 0, 0]);
      await expect(el.locator('.lt-step .lt-card a[href="#src-cnil-san-2022-019"]')).toHaveCount(1);
      await expect(el.locator('.lt-step .lt-card')).toContainText(S.clearview);
      await el.getByRole('button', { name: S.restart }).click();
      await answerAll(page, el, tree, [1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1]);
      for (const id of ['garante-ordinanza-2022', 'edpb-hellenic-dpa-2022', 'ap-nl-decision-2024']) {
        await expect(el.locator(`.lt-step .lt-card a[href="#src-${id}"]`)).toHaveCount(1);
      }
    });

    test('folds the whole tree into a closed <details> once the stepper is there', async ({ page }) => {
      await page.goto(path);
      for (const tree of Object.values(lawTrees)) {
        const el = treeOf(page, tree);
        await expect(el.locator('details')).not.toHaveAttribute('open', /.*/);
        await expect(el.locator('.lt-tree')).toBeHidden();
      }
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.2 A and AA) in ${colorScheme} mode, on a question and on an outcome`, async ({ page }) => {
        test.slow(); // two axe runs over a long chapter
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        let { violations } = await axeOn(page).include('vp-law-tree').analyze();
        expect(violations.length, formatAxeViolations(violations)).toBe(0);
        const el = treeOf(page, lawTrees.applies);
        for (const i of [0, 0, 1, 1, 1, 1, 0]) await el.locator('.lt-choices button').nth(i).click();
        const lb = treeOf(page, lawTrees['lawful-basis']);
        await lb.locator('.lt-choices button').nth(1).click();
        await lb.locator('details > summary').click();
        ({ violations } = await axeOn(page).include('vp-law-tree').analyze());
        expect(violations.length, formatAxeViolations(violations)).toBe(0);
      });
    }

    test('never scrolls sideways at 360 px, at the deepest outcome', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      const el = treeOf(page, lawTrees['lawful-basis']);
      for (const i of [1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1]) await el.locator('.lt-choices button').nth(i).click();
      await el.locator('details > summary').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('shows both whole trees as nested lists, every question and outcome, and no stepper button, without JavaScript @nojs', async ({ page }) => {
      test.slow(); // one assertion per node of both trees
      expect(has('applies') && has('lawful-basis'), `${path} does not use both trees`).toBe(true);
      await page.goto(path);
      for (const tree of Object.values(lawTrees)) {
        const el = treeOf(page, tree);
        await expect(el.getByRole('button')).toHaveCount(0);
        await expect(el.locator('details')).toHaveAttribute('open', '');
        const list = el.locator('.lt-tree');
        await expect(list).toBeVisible();
        const { numbers } = listLayout(tree);
        for (const [id, node] of Object.entries(tree.nodes)) {
          const item = list.locator(`li[data-node="${id}"]`);
          if (node.kind === 'question') {
            // Drawn once, numbered, with its help and every answer.
            await expect(item).toHaveCount(1);
            await expect(item.locator(':scope > .lt-q')).toContainText(fill(S.question, { n: numbers[id] ?? 0 }));
            await expect(item.locator(':scope > .lt-q')).toContainText(l(node.text));
            await expect(item.locator(':scope > .lt-help')).toContainText(l(node.help));
            await expect(item.locator(':scope > .lt-answers > li')).toHaveCount(node.answers.length);
          } else {
            // At least once, with its result, its articles and every decision.
            expect(await item.count(), id).toBeGreaterThanOrEqual(1);
            const card = item.first();
            await expect(card).toBeVisible();
            await expect(card).toContainText(l(node.title));
            await expect(card).toContainText(l(node.articles));
            for (const d of node.decisions) await expect(card.locator(`a[href="#src-${d.source}"]`)).toHaveCount(1);
          }
        }
        // Nested: an answer holds the list of what follows it.
        expect(await list.locator('.lt-answers > li > ul > li[data-node]').count()).toBeGreaterThan(5);
      }
    });
  });
}
