/**
 * The face lab page (issue 15), as this session lands it: the pipeline on the
 * bundled public-domain sample, computed once (src/data/facelab-sample.json)
 * and shown without any JavaScript.
 *
 * Without JavaScript (@nojs), in both languages: the sample photo loads at
 * 512 × 512 with its detection box and 68 landmarks drawn over it; the
 * landmark table has 68 rows; the template table holds the 128 numbers of the
 * data, in order, as the page's locale writes them; the size table gives
 * 512 bytes beside the photo's file size; the 1:1 table gives the three
 * stored distances with the strict "under 0.60" verdict; the 1:N table lists
 * 10 synthetic templates sorted by distance, the same 10 that searching the
 * seeded 100,000-template gallery in Node gives, and the count under the
 * threshold is the one that search finds. With JavaScript, the page makes
 * same-origin GET requests only and writes nothing to any storage. The
 * biometric templates chapter, the course map and the teachers' hub link to
 * the page. (pages.spec.ts, ace.spec.ts and vnu run their checks on it too.)
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { withBase } from './helpers';
import { chapterSegments, pageSegments, teachersSegments } from '../../src/i18n/routes';
import { searchSample, type FacelabSample } from '../../src/lib/facelab/walkthrough';

type Lang = 'fr' | 'en';
const LANGS: Lang[] = ['fr', 'en'];
const sample = JSON.parse(readFileSync('src/data/facelab-sample.json', 'utf8')) as FacelabSample;
const labPath = (lang: Lang) => withBase(`${lang}/${pageSegments.lab[lang]}/`);

/** A number as the page writes it (1 234,5 / −0,25 / 1,234.5) back to a JS number. */
const num = (text: string, lang: Lang) => {
  const t = text.trim().replace(/\u2212/g, '-').replace(/[\s\u00a0\u202f]/g, '');
  return Number(lang === 'fr' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
};

/** The body rows of the walkthrough's table whose caption matches `caption`, cell texts. */
async function rows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('section.fl table').filter({ has: page.locator('caption', { hasText: caption }) });
  await expect(table).toHaveCount(1);
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
}

/** The walkthrough's table captions in one language (src/i18n/<lang>/facelab.json), up to their first placeholder. */
function captions(lang: Lang) {
  const f = JSON.parse(readFileSync(`src/i18n/${lang}/facelab.json`, 'utf8'));
  const head = (text: string) => text.split('{')[0]!;
  return {
    landmarks: head(f.detect.landmarksCaption), numbers: head(f.template.numbersCaption), sizes: head(f.template.sizesCaption),
    verify: head(f.verify.caption), search: head(f.search.caption), match: f.verify.match as string, noMatch: f.verify.noMatch as string,
  };
}

test.describe('the face lab without JavaScript', { tag: '@nojs' }, () => {
  for (const lang of LANGS) {
    test(`shows the whole pipeline on the sample (${lang})`, async ({ page }) => {
      const response = await page.goto(labPath(lang));
      expect(response?.status()).toBe(200);
      const c = captions(lang);

      // The photo, loaded, with the box and 68 landmark points drawn over it.
      const img = page.locator('section.fl img').first();
      await expect(img).toBeVisible();
      expect(await img.evaluate((el: HTMLImageElement) => [el.complete, el.naturalWidth, el.naturalHeight])).toEqual([true, 512, 512]);
      expect(await img.getAttribute('alt')).toBeTruthy();
      await expect(page.locator('section.fl svg .fl-box')).toHaveCount(1);
      const boxText = await page.locator('section.fl').first().textContent();
      expect(boxText).toContain(lang === 'fr' ? sample.face.score.toFixed(2).replace('.', ',') : sample.face.score.toFixed(2));

      const landmarks = await rows(page, c.landmarks);
      expect(landmarks).toHaveLength(68);
      landmarks.forEach((r, i) => {
        expect(num(r[2]!, lang)).toBeCloseTo(sample.face.landmarks[i]![0], 1);
        expect(num(r[3]!, lang)).toBeCloseTo(sample.face.landmarks[i]![1], 1);
      });

      // The template: 128 numbers, those of the data, in order.
      const numbers = await rows(page, c.numbers);
      expect(numbers).toHaveLength(128);
      expect(sample.template).toHaveLength(128);
      numbers.forEach((r, i) => expect(num(r[1]!, lang)).toBeCloseTo(sample.template[i]!, 6));

      const sizes = await rows(page, c.sizes);
      expect(sizes.map((r) => num(r[1]!, lang))).toEqual([readFileSync('public/lab/astronaut.jpg').length, 512]);

      // 1:1: the stored distances, and the strict verdict against 0.60.
      const verify = await rows(page, c.verify);
      const expected = [sample.distances.self, sample.distances.mirror, sample.distances.crop];
      expect(verify).toHaveLength(3);
      verify.forEach((r, i) => expect(num(r[1]!, lang)).toBeCloseTo(expected[i]!, 4));
      verify.forEach((r, i) => expect(r[2], `row ${i}`).toBe(expected[i]! < 0.6 ? c.match : c.noMatch));

      // 1:N: ten results, sorted, the ones a search of the same seeded gallery finds in Node.
      const search = await rows(page, c.search);
      const truth = searchSample(sample.template);
      expect(search).toHaveLength(10);
      const distances = search.map((r) => num(r[2]!, lang));
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      distances.forEach((d, i) => expect(d).toBeCloseTo(truth.top[i]!.distance, 4));
      search.forEach((r, i) => expect(num(r[1]!.replace(/\D+/g, ' '), lang)).toBe(truth.top[i]!.index + 1));
      const text = (await page.locator('section.fl').textContent())!.replace(/[\u00a0\u202f]/g, ' ');
      const under = lang === 'fr' ? truth.under.toLocaleString('fr-FR').replace(/[\u00a0\u202f]/g, ' ') : truth.under.toLocaleString('en-GB');
      expect(text).toContain(`${under} `);
      expect(text).toContain(lang === 'fr' ? '100 000' : '100,000');
    });
  }
});

test.describe('the face lab with JavaScript', () => {
  for (const lang of LANGS) {
    test(`asks only its own origin, by GET, and stores nothing (${lang})`, async ({ page, baseURL }) => {
      const requests: { url: string; method: string }[] = [];
      page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
      await page.goto(labPath(lang), { waitUntil: 'networkidle' });
      const origin = new URL(baseURL!).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('data:'))).toEqual([]);
      expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      const stored = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
        idb: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
      }));
      expect(stored).toEqual({ local: [], session: [], cookie: '', idb: [], caches: [] });
    });

    test(`is linked from the chapter, the course map and the teachers hub (${lang})`, async ({ page }) => {
      const href = labPath(lang);
      for (const from of [
        withBase(`${lang}/${chapterSegments['biometric-templates'][lang]}/`),
        withBase(`${lang}/${chapterSegments['clearview-case'][lang]}/`),
        withBase(`${lang}/${teachersSegments[lang]}/`),
      ]) {
        await page.goto(from);
        await expect(page.locator(`a[href="${href}"]`).first(), from).toBeVisible();
      }
      await page.goto(href);
      await expect(page.locator('h1')).toHaveCount(1);
      // The sample's licence is among the page's sources.
      await expect(page.locator('#src-nasa-eileen-collins-portrait')).toHaveCount(1);
    });
  }
});
