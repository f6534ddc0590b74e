/**
 * The quizzes' JSON exports of the built site (/downloads/quizzes/<id>.json
 * and all.json, src/lib/quiz-json.ts): one file per quiz, each carrying the
 * questions of content/quizzes/<id>.yaml unchanged (ids, correct answers,
 * both languages), the chapter's titles, and absolute URLs of pages that
 * were built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadContent } from '../../src/lib/content-check';
import { quizSchema } from '../../src/schemas/quiz';
import { QUIZ_JSON_ALL_FORMAT, QUIZ_JSON_FORMAT } from '../../src/lib/quiz-json';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const L = <T extends z.ZodType>(t: T) => z.strictObject({ fr: t, en: t });
const url = z.url({ protocol: /^https?$/ });

const oneContract = z.strictObject({
  format: z.literal(QUIZ_JSON_FORMAT),
  version: z.literal(1),
  chapter: z.string(),
  order: z.number().int().positive(),
  title: L(z.string().min(1)),
  url: L(url),
  quizUrl: L(url),
  gift: L(url),
  questionCount: z.number().int().positive(),
  // The questions validate against the content schema itself.
  questions: quizSchema.shape.questions,
});
const allContract = z.strictObject({
  format: z.literal(QUIZ_JSON_ALL_FORMAT),
  version: z.literal(1),
  quizzes: z.array(oneContract),
});

const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const quizIds = [...content.quizzes.keys()].sort();
/** A page or file of the build, from its absolute URL. */
const built = (u: string, index = true) => {
  const path = decodeURIComponent(new URL(u).pathname);
  return () => read(index ? `${path}index.html` : path);
};

describe('/downloads/quizzes/<id>.json', () => {
  it('exists for every quiz of content/quizzes', () => {
    expect(quizIds.length).toBeGreaterThan(0);
    for (const id of quizIds) expect(() => read(`downloads/quizzes/${id}.json`), id).not.toThrow();
  });

  for (const id of quizIds) {
    describe(id, () => {
      const file = oneContract.parse(JSON.parse(read(`downloads/quizzes/${id}.json`)));
      const quiz = content.quizzes.get(id)!.data!;

      it('carries the questions of the YAML unchanged: ids, answers and both languages', () => {
        expect(file.chapter).toBe(id);
        expect(file.questionCount).toBe(quiz.questions.length);
        expect(file.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
        expect(file.questions).toEqual(quiz.questions);
      });

      it('names the chapter in both languages, in course order', () => {
        const fr = content.chapters.get(`fr/${id}`)!.data!;
        const en = content.chapters.get(`en/${id}`)!.data!;
        expect(file.title).toEqual({ fr: fr.title, en: en.title });
        expect(file.order).toBe(fr.order);
      });

      it('points at the chapter, quiz and GIFT files that were built', () => {
        for (const lang of ['fr', 'en'] as const) {
          expect(new URL(file.url[lang]).pathname.startsWith(`/${lang}/`)).toBe(true);
          expect(built(file.url[lang]), file.url[lang]).not.toThrow();
          expect(built(file.quizUrl[lang]), file.quizUrl[lang]).not.toThrow();
          expect(built(file.gift[lang], false), file.gift[lang]).not.toThrow();
        }
      });
    });
  }
});

describe('/downloads/quizzes/all.json', () => {
  const all = allContract.parse(JSON.parse(read('downloads/quizzes/all.json')));
  it('holds every quiz once, in course order, each equal to its own file', () => {
    expect(all.quizzes.map((q) => q.chapter).sort()).toEqual(quizIds);
    const orders = all.quizzes.map((q) => q.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const q of all.quizzes) expect(q).toEqual(JSON.parse(read(`downloads/quizzes/${q.chapter}.json`)));
  });
});
