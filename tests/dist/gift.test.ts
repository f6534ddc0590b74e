/**
 * The built GIFT downloads (/downloads/quizzes/<lang>/*.gift): one file per
 * quiz and language plus all.gift, each read back by gift-pegjs, with as
 * many questions as the quiz YAML (ordering questions are exported as
 * matching, so none is dropped); and beside each its Moodle 4.4+ twin
 * (*.moodle44.gift), the same but for ordering questions in Moodle's ordering
 * syntax (which gift-pegjs does not read, so it is checked as text).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'gift-pegjs';
import { loadContent } from '../../src/lib/content-check';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const quizzes = [...content.quizzes.values()].filter((q) => q.data).sort((a, b) => a.id.localeCompare(b.id));
const dir = (lang: string) => join(dist, 'downloads', 'quizzes', lang);

describe.each(['fr', 'en'])('GIFT files in %s', (lang) => {
  it('has one file per quiz, and all.gift when there is a quiz', () => {
    const files = existsSync(dir(lang)) ? readdirSync(dir(lang)).sort() : [];
    const names = [...quizzes.map((q) => q.id), 'all'];
    expect(files).toEqual(quizzes.length ? names.flatMap((n) => [`${n}.gift`, `${n}.moodle44.gift`]).sort() : []);
  });

  it.each(quizzes.map((q) => [q.id, q] as const))('%s: no text after an answer block (Moodle would make it a "_____" blank)', (id) => {
    for (const file of [`${id}.gift`, `${id}.moodle44.gift`]) {
      const blocks = readFileSync(join(dir(lang), file), 'utf8').trim().split('\n\n').filter((b) => b.includes('::'));
      for (const b of blocks) expect(b, `${file}: ${b.slice(0, 60)}`).toMatch(/\}$/);
    }
  });

  it.each(quizzes.map((q) => [q.id, q] as const))('%s.moodle44.gift: ordering questions in the ordering syntax, items in order; every other question as in %s.gift', (id, quiz) => {
    const blocks = (f: string) => readFileSync(join(dir(lang), f), 'utf8').trim().split('\n\n').slice(1);
    const any = blocks(`${id}.gift`);
    const m44 = blocks(`${id}.moodle44.gift`);
    expect(m44).toHaveLength(any.length);
    quiz.data!.questions.forEach((q, i) => {
      const [a, b] = [any[i + 1]!, m44[i + 1]!]; // after the $CATEGORY block
      if (q.type !== 'ordering') return expect(b, q.id).toBe(a);
      const lines = b.split('\n');
      expect(lines[0], q.id).toMatch(new RegExp(`^::\\d\\d ${q.id}::.* \\{$`));
      expect(lines[1], q.id).toBe(`>${q.items.length} ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW 123`);
      expect(lines.slice(2, 2 + q.items.length), q.id).toEqual(q.items.map((it) => it.text[lang as 'fr' | 'en'].trim()));
      expect(lines.slice(2 + q.items.length).join('\n'), q.id).toMatch(/^####.*\n\}$/s);
    });
  });

  it.each(quizzes.map((q) => [q.id, q] as const))('%s.gift parses, with every question of the quiz, in order', (id, quiz) => {
    const text = readFileSync(join(dir(lang), `${id}.gift`), 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = parse(text);
    const categories = parsed.filter((q) => q.type === 'Category');
    const questions = parsed.filter((q) => q.type !== 'Category');
    expect(categories).toHaveLength(1);
    expect(questions).toHaveLength(quiz.data!.questions.length);
    expect(questions.map((q) => q.title)).toEqual(quiz.data!.questions.map((q, i) => `${String(i + 1).padStart(2, '0')} ${q.id}`));
    // Header: source, language, date, licence, as // comment lines.
    const header = text.split('\n').filter((l) => l.startsWith('//')).slice(0, 5).join('\n');
    expect(header).toMatch(new RegExp(`https?://\\S+/${lang}/`));
    expect(header).toMatch(/\(\w\w\)/);
    expect(header).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(header).toMatch(/CC BY-SA 4\.0/);
  });

  it('all.gift holds every quiz, one $CATEGORY per chapter', () => {
    if (!quizzes.length) return;
    const parsed = parse(readFileSync(join(dir(lang), 'all.gift'), 'utf8'));
    expect(parsed.filter((q) => q.type === 'Category')).toHaveLength(quizzes.length);
    expect(parsed.filter((q) => q.type !== 'Category')).toHaveLength(quizzes.reduce((n, q) => n + q.data!.questions.length, 0));
  });
});
