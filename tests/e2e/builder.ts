/**
 * The module builder as a teacher uses it in tests/e2e/module.spec.ts and
 * scorm-module.spec.ts: one chapter taken whole, three questions of another
 * (the 1st, 3rd and 5th), and a module name with an accent.
 */
import type { Page } from '@playwright/test';
import { withBase } from './helpers';
import { builderSegments, teachersSegments } from '../../src/i18n/routes';
import type { Catalogue } from '../../src/lib/share/catalogue';

type Lang = 'fr' | 'en';
export const builder = (lang: Lang) => withBase(`${lang}/${teachersSegments[lang]}/${builderSegments[lang]}/`);

/** Opens the builder and ticks chapter 2 whole and three questions of chapter 4; `take` is the "Include this chapter" label. */
export async function takeWholeAndThree(page: Page, lang: Lang, take: string) {
  await page.goto(builder(lang));
  const cat = JSON.parse((await page.locator('vp-module-builder').getAttribute('data-catalogue')) ?? '{}') as Catalogue;
  const [whole, picked] = [cat.chapters[1]!, cat.chapters[3]!];
  const three = [picked.questions[0]!.id, picked.questions[2]!.id, picked.questions[4]!.id];
  const name = lang === 'fr' ? 'Séance 3 : données et visages' : 'Session 3 — Zoë’s class';
  const group = (id: string) => page.locator(`fieldset.mb-chapter[data-chapter="${id}"]`);
  await group(whole.id).getByRole('checkbox', { name: take }).check();
  for (const id of three) await group(picked.id).locator(`input.mb-q[value="${id}"]`).check();
  return { cat, whole, picked, three, name, group };
}
