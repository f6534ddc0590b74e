/**
 * The teachers' hub sequences (content/sequences/*.yaml) against the rest of
 * the course, what their schema cannot see alone: every session's activities
 * add up to `minutesPerSession`; every reading is at least as long as the
 * chapters it covers say (`minutes` in their frontmatter); every chapter they
 * name exists in every language, and has a quiz when they set its quiz or
 * worksheet; every section anchor is a heading of that language's chapter;
 * no two sequences claim the same `order`.
 *
 * Reads the files straight from disk like src/lib/content-check.ts, whose
 * `checkContent` calls `checkSequences`, so a broken sequence fails the build
 * with its file and field named.
 *
 * @example
 *   const c = loadContent('content', []);
 *   sequenceProblems(loadSequences('content', []), c)
 *   // [{ file: 'content/sequences/unit.yaml', field: 'sessions[1]', message: 'activities add up to 50 minutes, not minutesPerSession (55)' }]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REAL_LOCALES } from '../i18n/locales';
import type { ChapterId } from '../schemas/chapter';
import { sequenceSchema, type Sequence } from '../schemas/sequence';
import { headingSlugs, type LoadedContent, type Problem } from './content-check';
import { readingNeeds, sessionMinutes } from './sequences';

/** One sequence file: its id (the file name), its path for messages, its data when it passed the schema. */
export interface SequenceEntry {
  id: string;
  file: string;
  data: Sequence | undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `a.b[0].c` from a Zod issue path. */
const fieldOf = (path: readonly PropertyKey[]): string | undefined =>
  path.length ? path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') : undefined;

/** Parses and schema-checks content/sequences/*.yaml; what is wrong so far goes into `problems`. */
export function loadSequences(root: string, problems: Problem[], cwd = process.cwd()): SequenceEntry[] {
  const dir = join(root, 'sequences');
  if (!existsSync(dir)) return [];
  const out: SequenceEntry[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml') && statSync(join(dir, x)).isFile()).sort()) {
    const file = relative(cwd, join(dir, f)) || join(dir, f);
    const id = f.replace(/\.yaml$/, '');
    if (!ID.test(id)) problems.push({ file, message: `file name "${id}" is not a kebab-case id` });
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      problems.push({ file, message: `YAML does not parse: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = sequenceSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: fieldOf(issue.path), message: issue.message });
    }
    out.push({ id, file, data: result.success ? result.data : undefined });
  }
  return out;
}

/**
 * What is wrong with parsed sequences against the chapters (their MDX
 * headings and reading times) and the quizzes. Empty when sound.
 */
export function sequenceProblems(sequences: SequenceEntry[], content: Pick<LoadedContent, 'chapters' | 'quizzes'>): Problem[] {
  const problems: Problem[] = [];
  const orders = new Map<number, string>();
  for (const { id, file, data: seq } of sequences) {
    if (!seq) continue;
    const seen = orders.get(seq.order);
    if (seen) problems.push({ file, field: 'order', message: `order ${seq.order} is also used by "${seen}"` });
    else orders.set(seq.order, id);

    // A chapter must exist in every language; `false` once reported, so one typo is one problem.
    const known = new Map<ChapterId, boolean>();
    const needChapter = (chapter: ChapterId, field: string): boolean => {
      if (!known.has(chapter)) {
        const missing = REAL_LOCALES.filter((l) => !content.chapters.get(`${l}/${chapter}`)?.data);
        if (missing.length) {
          problems.push({ file, field, message: `unknown chapter "${chapter}": no ${missing.map((l) => `content/chapters/${l}/${chapter}.mdx`).join(', ')}` });
        }
        known.set(chapter, !missing.length);
      }
      return known.get(chapter)!;
    };
    const minutesOf = (chapter: ChapterId) => content.chapters.get(`${REAL_LOCALES[0]}/${chapter}`)?.data?.minutes ?? 0;

    for (const [key, sec] of Object.entries(seq.sections)) {
      if (!needChapter(sec.chapter, `sections.${key}.chapter`)) continue;
      for (const lang of REAL_LOCALES) {
        const ch = content.chapters.get(`${lang}/${sec.chapter}`)!;
        if (!headingSlugs(ch.body ?? '').has(sec.anchor[lang])) {
          problems.push({ file, field: `sections.${key}.anchor.${lang}`, message: `no heading "#${sec.anchor[lang]}" in ${ch.file}` });
        }
      }
    }

    seq.sessions.forEach((session, i) => {
      const total = sessionMinutes(session);
      if (total !== seq.minutesPerSession) {
        problems.push({ file, field: `sessions[${i}]`, message: `activities add up to ${total} minutes, not minutesPerSession (${seq.minutesPerSession})` });
      }
      session.activities.forEach((a, j) => {
        const at = `sessions[${i}].activities[${j}]`;
        const reads = (a.reads ?? []).filter((c, k) => needChapter(c, `${at}.reads[${k}]`));
        a.resources.forEach((r, k) => {
          if (r.kind !== 'chapter' && r.kind !== 'quiz' && r.kind !== 'worksheet') return;
          if (needChapter(r.id, `${at}.resources[${k}].id`) && r.kind !== 'chapter' && !content.quizzes.has(r.id)) {
            problems.push({ file, field: `${at}.resources[${k}]`, message: `chapter "${r.id}" has no quiz (no content/quizzes/${r.id}.yaml)` });
          }
        });
        if (reads.length !== (a.reads ?? []).length) return;
        const needed = readingNeeds(a, minutesOf);
        if (a.minutes < needed) {
          const each = reads.map((c) => `${c} ${minutesOf(c)}`).join(a.split ? ', ' : ' + ');
          problems.push({
            file, field: `${at}.minutes`,
            message: `${a.minutes} minutes for a reading the chapters put at ${needed} (${a.split ? 'longest of ' : ''}${each})`,
          });
        }
      });
    });
  }
  return problems;
}

/**
 * Loads, schema-checks and cross-checks the sequences; problems go into
 * `problems`. The form `checkContent` calls, like `checkCorrections`.
 *
 * @example checkSequences('content', loadContent('content', problems), problems)
 */
export function checkSequences(
  root: string,
  c: Pick<LoadedContent, 'chapters' | 'quizzes'>,
  problems: Problem[],
  { cwd = process.cwd() }: { cwd?: string } = {},
): void {
  problems.push(...sequenceProblems(loadSequences(root, problems, cwd), c));
}
