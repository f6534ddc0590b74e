/**
 * The data contracts of the built site (/downloads/*), checked against a
 * schema of the contract itself and against the content they come from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadContent } from '../../src/lib/content-check';
import { TIMELINE_CSV_COLUMNS, parseCsv } from '../../src/lib/exports';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const L = <T extends z.ZodType>(t: T) => z.strictObject({ fr: t, en: t });
const url = z.url({ protocol: /^https?$/ });

const courseContract = z.strictObject({
  chapters: z.array(z.strictObject({
    slug: z.string(), order: z.number().int(), title: L(z.string().min(1)), url: L(url), minutes: z.number().int().positive(),
    objectives: L(z.array(z.string().min(1)).min(1)),
    quiz: z.strictObject({ url: L(url), questions: z.number().int().positive(), gift: L(url), gift44: L(url) }).optional(),
    scorm: L(url),
  })).min(1),
  pages: z.strictObject(Object.fromEntries(
    ['timeline', 'teachers', 'glossary', 'sources', 'progress', 'privacy', 'accessibility', 'lab', 'search'].map((k) => [k, L(url).optional()]),
  )),
});

const timelineContract = z.strictObject({
  events: z.array(z.strictObject({
    id: z.string(), date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), datePrecision: z.enum(['day', 'month', 'year']),
    announced: z.string().optional(), jurisdiction: z.string(), actor: L(z.string().min(1)), kind: z.string(),
    amount: z.strictObject({ value: z.number(), currency: z.string().length(3) }).optional(),
    title: L(z.string().min(1)), summary: L(z.string().min(1)), confidence: z.enum(['high', 'medium', 'low']),
    sources: z.array(z.strictObject({ id: z.string(), title: z.string(), publisher: z.string(), url, date: z.string() })).min(1),
  })),
});

// The build's content: CONTENT_DIR when a test build used a fixture.
const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);

describe('/downloads/course.json', () => {
  const course = courseContract.parse(JSON.parse(read('downloads/course.json')));
  it('lists every chapter once, in order, with both languages', () => {
    const ids = new Set([...content.chapters.values()].map((c) => c.id));
    expect(course.chapters.map((c) => c.slug).sort()).toEqual([...ids].sort());
    const orders = course.chapters.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
  it('points each chapter at a page that was built', () => {
    for (const c of course.chapters) {
      for (const lang of ['fr', 'en'] as const) {
        const path = new URL(c.url[lang]).pathname;
        expect(() => read(`${path}index.html`), c.url[lang]).not.toThrow();
        expect(path.startsWith(`/${lang}/`)).toBe(true);
      }
    }
  });
  it('carries the objectives and minutes of the chapter files', () => {
    for (const c of course.chapters) {
      const fr = content.chapters.get(`fr/${c.slug}`)!.data!;
      const en = content.chapters.get(`en/${c.slug}`)!.data!;
      expect(c.objectives).toEqual({ fr: fr.objectives, en: en.objectives });
      expect(c.minutes).toBe(fr.minutes);
      expect(c.title).toEqual({ fr: fr.title, en: en.title });
    }
  });
  it('gives a chapter a quiz exactly when content/quizzes has one, with its question count', () => {
    for (const c of course.chapters) {
      const quiz = content.quizzes.get(c.slug)?.data;
      expect(c.quiz?.questions, c.slug).toBe(quiz?.questions.length);
    }
  });
  it('points each quiz at its built page and its GIFT files', () => {
    for (const c of course.chapters) {
      if (!c.quiz) continue;
      for (const lang of ['fr', 'en'] as const) {
        const page = new URL(c.quiz.url[lang]).pathname;
        expect(page.startsWith(`/${lang}/quiz/`), c.quiz.url[lang]).toBe(true);
        expect(() => read(`${page}index.html`), c.quiz.url[lang]).not.toThrow();
        const gift = new URL(c.quiz.gift[lang]).pathname;
        expect(gift).toBe(`/downloads/quizzes/${lang}/${c.slug}.gift`);
        expect(read(gift), c.quiz.gift[lang]).toMatch(/^\/\/ /);
        const gift44 = new URL(c.quiz.gift44[lang]).pathname;
        expect(gift44).toBe(`/downloads/quizzes/${lang}/${c.slug}.moodle44.gift`);
        expect(read(gift44), c.quiz.gift44[lang]).toMatch(/^\/\/ /);
      }
    }
  });
  it('points every chapter at its SCORM package, a zip the build wrote', () => {
    for (const c of course.chapters) {
      for (const lang of ['fr', 'en'] as const) {
        const zip = new URL(c.scorm[lang]).pathname;
        expect(zip).toBe(`/downloads/scorm/${lang}/${c.slug}.zip`);
        expect(readFileSync(join(dist, zip)).subarray(0, 4).toString('latin1'), c.scorm[lang]).toBe('PK\x03\x04');
      }
    }
  });
  it('lists the privacy page, which exists in both languages', () => {
    expect(course.pages.privacy).toBeDefined();
  });
  it('lists the accessibility statement beside the privacy page, built in both languages', () => {
    expect(course.pages.accessibility).toBeDefined();
    for (const [lang, want] of [['fr', '/fr/accessibilite/'], ['en', '/en/accessibility/']] as const) {
      const path = new URL(course.pages.accessibility![lang]).pathname;
      expect(path).toBe(want);
      expect(read(`${path}index.html`)).toContain(`<html lang="${lang}`);
    }
  });
  it('lists the glossary page, built in both languages with an anchor for every glossary entry', () => {
    expect(course.pages.glossary).toBeDefined();
    for (const lang of ['fr', 'en'] as const) {
      const path = new URL(course.pages.glossary![lang]).pathname;
      expect(path).toBe(lang === 'fr' ? '/fr/glossaire/' : '/en/glossary/');
      const html = read(`${path}index.html`);
      for (const id of content.glossary.keys()) expect(html, `${path}#term-${id}`).toContain(`id="term-${id}"`);
    }
  });
  it('lists the search page, built in both languages with its form and Pagefind', () => {
    expect(course.pages.search).toBeDefined();
    for (const lang of ['fr', 'en'] as const) {
      const path = new URL(course.pages.search![lang]).pathname;
      expect(path).toBe(lang === 'fr' ? '/fr/recherche/' : '/en/search/');
      expect(read(`${path}index.html`)).toContain('<vp-search');
    }
  });
  it.each([
    ['teachers', '/fr/enseignants/', '/en/teachers/'],
    ['progress', '/fr/progression/', '/en/progress/'],
  ] as const)('lists the %s page (issue 7), built in both languages', (key, fr, en) => {
    const urls = course.pages[key];
    expect(urls).toBeDefined();
    for (const [lang, want] of [['fr', fr], ['en', en]] as const) {
      const path = new URL(urls![lang]).pathname;
      expect(path).toBe(want);
      expect(read(`${path}index.html`)).toContain(`<html lang="${lang}`);
    }
  });
  it('lists the sources page, built in both languages with an anchor for every source entry', () => {
    expect(course.pages.sources).toBeDefined();
    for (const lang of ['fr', 'en'] as const) {
      const path = new URL(course.pages.sources![lang]).pathname;
      expect(path).toBe(`/${lang}/sources/`);
      const html = read(`${path}index.html`);
      for (const id of content.sources.keys()) expect(html, `${path}#source-${id}`).toContain(`id="source-${id}"`);
    }
  });
});

describe('/downloads/timeline.json and .csv', () => {
  const timeline = timelineContract.parse(JSON.parse(read('downloads/timeline.json')));
  const csv = parseCsv(read('downloads/timeline.csv'));
  it('carries every event of content/events, in date order', () => {
    expect(timeline.events.map((e) => e.id).sort()).toEqual([...content.events.keys()].sort());
    const dates = timeline.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
  it('carries the actor of each event in each language, as written in content/events', () => {
    for (const e of timeline.events) expect(e.actor, e.id).toEqual(content.events.get(e.id)!.data!.actor);
  });
  it('expands each source id into its title, publisher and URL', () => {
    for (const e of timeline.events) {
      for (const s of e.sources) expect(s.url).toBe(content.sources.get(s.id)!.data!.url);
    }
  });
  it('has one CSV row per event with the same values', () => {
    const [head, ...rows] = csv;
    expect(head).toEqual([...TIMELINE_CSV_COLUMNS]);
    expect(rows).toHaveLength(timeline.events.length);
    rows.forEach((r, i) => {
      const e = timeline.events[i]!;
      const rec = Object.fromEntries(head!.map((h, j) => [h, r[j]]));
      expect(rec.id).toBe(e.id);
      expect(rec.date).toBe(e.date);
      expect(rec.title_fr).toBe(e.title.fr);
      expect(rec.actor_fr).toBe(e.actor.fr);
      expect(rec.actor_en).toBe(e.actor.en);
      expect(rec.summary_en).toBe(e.summary.en);
      expect(rec.amount_value).toBe(e.amount ? String(e.amount.value) : '');
      expect(rec.source_ids).toBe(e.sources.map((s) => s.id).join(' | '));
    });
  });
});
