/**
 * Whole-corpus checks that a per-entry schema cannot make: every reference
 * resolves, every chapter and page exists in every language, and the two
 * languages of a chapter agree on their language-neutral fields.
 *
 * It reads `content/` straight from disk (no Astro runtime), so the same code
 * runs in the build (see src/integrations/content-integrity.ts) and in Vitest.
 * Every problem names the file, relative to the project, and the field.
 *
 * @example
 *   const problems = checkContent('content');
 *   // [{ file: 'content/events/x.yaml', field: 'sources[0]', message: 'unknown source "nope"' }]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import GithubSlugger from 'github-slugger';
import type { z } from 'astro/zod';
import {
  CHAPTER_IDS, LOCALES, PAGE_IDS, chapterSchema, eventSchema, glossarySchema, pageSchema, quizSchema, sourceSchema,
} from '../schemas';
import { correctionsSchema } from '../schemas/correction';
import { finesFileSchema, type FinesFile } from '../schemas/fine';
import { breachesFileSchema, type BreachesFile } from '../schemas/breach';
import { checkSequences } from './sequences-check';

export interface Problem {
  file: string;
  field?: string | undefined;
  message: string;
}

interface Entry<T> {
  id: string;
  file: string;
  data: T | undefined;
  body?: string;
}

export interface LoadedContent {
  chapters: Map<string, Entry<z.infer<typeof chapterSchema>>>; // key: `${lang}/${id}`
  pages: Map<string, Entry<z.infer<typeof pageSchema>>>;
  sources: Map<string, Entry<z.infer<typeof sourceSchema>>>;
  events: Map<string, Entry<z.output<typeof eventSchema>>>;
  glossary: Map<string, Entry<z.output<typeof glossarySchema>>>;
  quizzes: Map<string, Entry<z.infer<typeof quizSchema>>>;
  /** content/charts/fines.yaml, when present. */
  fines?: Entry<FinesFile>;
  /** content/charts/breaches.yaml, when present. */
  breaches?: Entry<BreachesFile>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `a.b[0].c` from a Zod issue path. */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  if (!path.length) return undefined;
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && statSync(join(dir, f)).isFile())
    .sort();
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { frontmatter: undefined, body: text };
  return { frontmatter: parseYaml(m[1]!), body: m[2]! };
}

function validate<S extends z.ZodType>(schema: S, raw: unknown, file: string, problems: Problem[]): z.output<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, field: fieldOf(issue.path), message: issue.message });
  return undefined;
}

/** Loads and schema-checks every entry; problems found so far go into `problems`. */
export function loadContent(root: string, problems: Problem[], cwd = process.cwd()): LoadedContent {
  const rel = (p: string) => relative(cwd, p) || p;
  const out: LoadedContent = {
    chapters: new Map(), pages: new Map(), sources: new Map(), events: new Map(), glossary: new Map(), quizzes: new Map(),
  };

  const yamlCollections = [
    ['sources', sourceSchema],
    ['events', eventSchema],
    ['glossary', glossarySchema],
    ['quizzes', quizSchema],
  ] as const;
  for (const [name, schema] of yamlCollections) {
    const dir = join(root, name);
    for (const f of listFiles(dir, '.yaml')) {
      const file = rel(join(dir, f));
      const id = f.replace(/\.yaml$/, '');
      if (!ID.test(id)) problems.push({ file, message: `file name "${id}" is not a kebab-case id` });
      const raw = readYaml(join(dir, f), file, problems);
      if (raw === NOT_YAML) continue;
      const data = validate(schema as z.ZodType, raw, file, problems);
      (out[name] as Map<string, Entry<unknown>>).set(id, { id, file, data });
    }
  }

  // Chart data: one file, not a folder of entries.
  const finesPath = join(root, 'charts', 'fines.yaml');
  if (existsSync(finesPath)) {
    const file = rel(finesPath);
    try {
      const data = validate(finesFileSchema, parseYaml(readFileSync(finesPath, 'utf8')), file, problems);
      out.fines = { id: 'fines', file, data };
    } catch (e) {
      problems.push({ file, message: `YAML does not parse: ${(e as Error).message.split('\n')[0]}` });
    }
  }

  const breachesPath = join(root, 'charts', 'breaches.yaml');
  if (existsSync(breachesPath)) {
    const file = rel(breachesPath);
    try {
      const data = validate(breachesFileSchema, parseYaml(readFileSync(breachesPath, 'utf8')), file, problems);
      out.breaches = { id: 'breaches', file, data };
    } catch (e) {
      problems.push({ file, message: `YAML does not parse: ${(e as Error).message.split('\n')[0]}` });
    }
  }

  const mdxCollections = [
    ['chapters', chapterSchema, CHAPTER_IDS as readonly string[]],
    ['pages', pageSchema, PAGE_IDS as readonly string[]],
  ] as const;
  for (const [name, schema, allowed] of mdxCollections) {
    const dir = join(root, name);
    if (!existsSync(dir)) continue;
    for (const lang of readdirSync(dir).sort()) {
      if (!statSync(join(dir, lang)).isDirectory()) continue;
      if (!(LOCALES as readonly string[]).includes(lang)) {
        problems.push({ file: rel(join(dir, lang)), message: `"${lang}" is not a site language (${LOCALES.join(', ')})` });
        continue;
      }
      for (const f of listFiles(join(dir, lang), '.mdx')) {
        const file = rel(join(dir, lang, f));
        const id = f.replace(/\.mdx$/, '');
        if (!allowed.includes(id)) problems.push({ file, message: `"${id}" is not a known ${name} id (${allowed.join(', ')})` });
        const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, lang, f), 'utf8'));
        if (frontmatter === undefined) {
          problems.push({ file, message: 'missing YAML frontmatter' });
          continue;
        }
        const data = validate(schema as z.ZodType, frontmatter, file, problems);
        (out[name] as Map<string, Entry<unknown>>).set(`${lang}/${id}`, { id, file, data, body });
      }
    }
  }
  return out;
}

/** Ids written in MDX components: <Cite id="x" />, <KeyDates ids={["a", "b"]} />, <Term id="x">. */
export function componentRefs(body: string): { cites: string[]; events: string[]; terms: string[] } {
  const cites = [...body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  const terms = [...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  const events = [...body.matchAll(/<(?:KeyDates|Timeline)[^>]*\bids=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
    [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!),
  );
  return { cites, events, terms };
}

const NOT_YAML = Symbol('not YAML');
/** A YAML file's data, or NOT_YAML after reporting why it does not parse. */
function readYaml(path: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({ file, message: `YAML does not parse: ${(e as Error).message.split('\n')[0]}` });
    return NOT_YAML;
  }
}

/**
 * The anchors Astro gives a document's headings (github-slugger over the
 * heading text, in order, so repeated headings get -1, -2 …).
 */
export function headingSlugs(body: string): Set<string> {
  return new Set(headingTitles(body).keys());
}

/** The same anchors mapped to their heading text (markup removed). */
export function headingTitles(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const out = new Map<string, string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[2]!.replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    out.set(slugger.slug(text), text);
  }
  return out;
}

/** Runs every check; returns the problems, empty when the content is sound. */
export function checkContent(root: string, cwd = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  if (!existsSync(root)) return [{ file: root, message: 'content folder not found' }];
  const c = loadContent(root, problems, cwd);

  const needSource = (file: string, field: string, id: string) => {
    if (!c.sources.has(id)) problems.push({ file, field, message: `unknown source "${id}" (no content/sources/${id}.yaml)` });
  };

  for (const e of c.events.values()) e.data?.sources.forEach((s, i) => needSource(e.file, `sources[${i}]`, s));
  for (const g of c.glossary.values()) {
    g.data?.sources.forEach((s, i) => needSource(g.file, `sources[${i}]`, s));
    g.data?.related.forEach((r, i) => {
      if (!c.glossary.has(r)) problems.push({ file: g.file, field: `related[${i}]`, message: `unknown glossary term "${r}"` });
    });
  }

  checkFines(c, problems);
  checkBreaches(c, problems);

  // Every chapter and page in every language, with the same neutral fields.
  for (const [name, map] of [['chapters', c.chapters], ['pages', c.pages]] as const) {
    const ids = new Set([...map.values()].map((e) => e.id));
    for (const id of ids) {
      const present = LOCALES.filter((l) => map.has(`${l}/${id}`));
      for (const lang of LOCALES) {
        if (map.has(`${lang}/${id}`)) continue;
        const twin = map.get(`${present[0]}/${id}`)!;
        problems.push({ file: twin.file, message: `has no "${lang}" twin: expected ${name}/${lang}/${id}.mdx` });
      }
    }
  }
  /** A chapter's or page's <Cite> ids must exist and be listed in its frontmatter; its <Term> ids must exist. */
  const checkRefs = (file: string, refs: ReturnType<typeof componentRefs>, listed: ReadonlySet<string>) => {
    for (const id of refs.cites) {
      if (!c.sources.has(id)) problems.push({ file, field: '<Cite>', message: `unknown source "${id}"` });
      else if (!listed.has(id)) problems.push({ file, field: 'sources', message: `cites "${id}" but does not list it in frontmatter sources` });
    }
    for (const id of refs.terms) {
      if (!c.glossary.has(id)) problems.push({ file, field: '<Term>', message: `unknown glossary term "${id}"` });
    }
  };
  for (const ch of c.chapters.values()) {
    if (!ch.data) continue;
    const listed = new Set(ch.data.sources);
    ch.data.sources.forEach((s, i) => needSource(ch.file, `sources[${i}]`, s));
    const refs = componentRefs(ch.body ?? '');
    checkRefs(ch.file, refs, listed);
    for (const id of refs.events) {
      const ev = c.events.get(id);
      if (!ev) problems.push({ file: ch.file, field: '<KeyDates>', message: `unknown event "${id}"` });
      for (const s of ev?.data?.sources ?? []) {
        if (!listed.has(s)) problems.push({ file: ch.file, field: 'sources', message: `shows event "${id}" whose source "${s}" is not in frontmatter sources` });
      }
    }
    // The breach table links each finding to the chapter's own source list.
    if (/<BreachTable\b/.test(ch.body ?? '')) {
      for (const s of new Set(c.breaches?.data?.decisions.flatMap((d) => d.sources) ?? [])) {
        if (!listed.has(s)) problems.push({ file: ch.file, field: 'sources', message: `embeds <BreachTable /> whose source "${s}" is not in frontmatter sources` });
      }
    }
    const other = LOCALES.map((l) => c.chapters.get(`${l}/${ch.id}`)).find((t) => t && t !== ch && t.data);
    if (other?.data) {
      for (const key of ['order', 'minutes', 'level', 'updated'] as const) {
        if (other.data[key] !== ch.data[key]) {
          problems.push({ file: ch.file, field: key, message: `differs from ${other.file} (${String(ch.data[key])} vs ${String(other.data[key])})` });
        }
      }
      if ([...ch.data.sources].sort().join() !== [...other.data.sources].sort().join()) {
        problems.push({ file: ch.file, field: 'sources', message: `lists other sources than ${other.file}` });
      }
      if (ch.data.objectives.length !== other.data.objectives.length) {
        problems.push({ file: ch.file, field: 'objectives', message: `has ${ch.data.objectives.length} objectives, ${other.file} has ${other.data.objectives.length}` });
      }
    }
  }
  // A page that lists sources (the face lab) is held to a chapter's rules for them; a page without the field cites nothing.
  for (const pg of c.pages.values()) {
    if (!pg.data) continue;
    const listed = new Set(pg.data.sources ?? []);
    (pg.data.sources ?? []).forEach((s, i) => needSource(pg.file, `sources[${i}]`, s));
    checkRefs(pg.file, componentRefs(pg.body ?? ''), listed);
    const other = LOCALES.map((l) => c.pages.get(`${l}/${pg.id}`)).find((t) => t && t !== pg && t.data);
    if (other?.data && [...listed].sort().join() !== [...(other.data.sources ?? [])].sort().join()) {
      problems.push({ file: pg.file, field: 'sources', message: `lists other sources than ${other.file}` });
    }
  }
  const orders = new Map<number, string>();
  for (const ch of c.chapters.values()) {
    if (!ch.data || !ch.file.includes(`/${LOCALES[0]}/`)) continue;
    const seen = orders.get(ch.data.order);
    if (seen && seen !== ch.id) problems.push({ file: ch.file, field: 'order', message: `order ${ch.data.order} is also used by "${seen}"` });
    orders.set(ch.data.order, ch.id);
  }

  for (const q of c.quizzes.values()) {
    if (!q.data) continue;
    if (q.data.chapter !== q.id) problems.push({ file: q.file, field: 'chapter', message: `a quiz file is named after its chapter: expected "${q.id}"` });
    if (!LOCALES.some((l) => c.chapters.has(`${l}/${q.data!.chapter}`))) {
      problems.push({ file: q.file, field: 'chapter', message: `unknown chapter "${q.data.chapter}"` });
    }
    const seen = new Set<string>();
    q.data.questions.forEach((qq, i) => {
      const at = `questions[${i}]`;
      if (seen.has(qq.id)) problems.push({ file: q.file, field: `${at}.id`, message: `duplicate question id "${qq.id}"` });
      seen.add(qq.id);
      for (const lang of LOCALES) {
        const ch = c.chapters.get(`${lang}/${q.data!.chapter}`);
        if (!ch?.data) continue;
        if (!headingSlugs(ch.body ?? '').has(qq.section[lang])) {
          problems.push({ file: q.file, field: `${at}.section.${lang}`, message: `no heading "#${qq.section[lang]}" in ${ch.file}` });
        }
        if (qq.objective > ch.data.objectives.length) {
          problems.push({ file: q.file, field: `${at}.objective`, message: `objective ${qq.objective} does not exist (${ch.file} has ${ch.data.objectives.length})` });
        }
      }
      (qq.events ?? []).forEach((e, j) => {
        if (!c.events.has(e)) problems.push({ file: q.file, field: `${at}.events[${j}]`, message: `unknown event "${e}"` });
      });
    });
  }
  checkCorrections(root, c, problems, { cwd });
  checkSequences(root, c, problems, { cwd });
  return problems;
}

/**
 * The fines chart's data: every event and source it names exists, every fine
 * event carries the amount (the chart reads it there, never from this file),
 * and every currency other than the euro has an exchange rate.
 */
function checkFines(c: LoadedContent, problems: Problem[]): void {
  const entry = c.fines;
  if (!entry?.data) return;
  const { file, data } = entry;
  const source = (field: string, id: string) => {
    if (!c.sources.has(id)) problems.push({ file, field, message: `unknown source "${id}" (no content/sources/${id}.yaml)` });
  };
  const rated = new Set(data.rates.map((r) => r.currency));
  data.rates.forEach((r, i) => source(`rates[${i}].source`, r.source));
  data.fines.forEach((f, i) => {
    const ev = c.events.get(f.event);
    if (!ev) problems.push({ file, field: `fines[${i}].event`, message: `unknown event "${f.event}" (no content/events/${f.event}.yaml)` });
    else if (ev.data && !ev.data.amount) problems.push({ file, field: `fines[${i}].event`, message: `event "${f.event}" has no amount: add it to ${ev.file}` });
    else if (ev.data?.amount && ev.data.amount.currency !== 'EUR' && !rated.has(ev.data.amount.currency)) {
      problems.push({ file, field: `fines[${i}].event`, message: `no exchange rate for ${ev.data.amount.currency} (event "${f.event}"): add one to rates` });
    }
    f.sources.forEach((s, j) => source(`fines[${i}].sources[${j}]`, s));
  });
  data.omitted.forEach((o, i) => {
    if (!c.events.has(o.event)) problems.push({ file, field: `omitted[${i}].event`, message: `unknown event "${o.event}" (no content/events/${o.event}.yaml)` });
    o.sources.forEach((s, j) => source(`omitted[${i}].sources[${j}]`, s));
  });
}

/**
 * The breach table's data: every decision points at an existing event of the
 * same country and at existing sources. (The articles are checked against
 * BREACH_ARTICLES by the schema.)
 */
function checkBreaches(c: LoadedContent, problems: Problem[]): void {
  const entry = c.breaches;
  if (!entry?.data) return;
  const { file, data } = entry;
  data.decisions.forEach((d, i) => {
    const ev = c.events.get(d.event);
    if (!ev) problems.push({ file, field: `decisions[${i}].event`, message: `unknown event "${d.event}" (no content/events/${d.event}.yaml)` });
    else if (ev.data && ev.data.jurisdiction !== d.country) {
      problems.push({ file, field: `decisions[${i}].country`, message: `"${d.country}" differs from the jurisdiction of event "${d.event}" (${ev.data.jurisdiction})` });
    }
    d.sources.forEach((s, j) => {
      if (!c.sources.has(s)) problems.push({ file, field: `decisions[${i}].sources[${j}]`, message: `unknown source "${s}" (no content/sources/${s}.yaml)` });
    });
  });
}

/** One line per problem, for a build error. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n');
}

/**
 * The corrections logs (content/corrections/<chapter-id>.yaml): each file is
 * named after an existing chapter; no entry is dated in the future or before
 * the chapter was first published; every section anchor is a heading of that
 * language's chapter (or `quiz`, when the chapter has one); every source id
 * exists. `today` (YYYY-MM-DD, UTC) is injectable for tests.
 *
 * @example checkCorrections('content', loadContent('content', []), problems, { today: '2026-11-26' })
 */
export function checkCorrections(
  root: string,
  c: LoadedContent,
  problems: Problem[],
  { cwd = process.cwd(), today = new Date().toISOString().slice(0, 10) }: { cwd?: string; today?: string } = {},
): void {
  const dir = join(root, 'corrections');
  for (const f of listFiles(dir, '.yaml')) {
    const file = relative(cwd, join(dir, f)) || join(dir, f);
    const id = f.replace(/\.yaml$/, '');
    const raw = readYaml(join(dir, f), file, problems);
    if (raw === NOT_YAML) continue;
    const data = validate(correctionsSchema, raw, file, problems);
    if (!data) continue;
    const chapters = LOCALES.map((l) => c.chapters.get(`${l}/${id}`));
    if (!chapters.some(Boolean)) {
      problems.push({ file, message: `unknown chapter "${id}": a corrections log is named after its chapter (content/chapters/<lang>/${id}.mdx)` });
      continue;
    }
    if (data.published > today) problems.push({ file, field: 'published', message: `${data.published} is in the future` });
    const hasQuiz = c.quizzes.has(id);
    data.entries.forEach((e, i) => {
      const at = `entries[${i}]`;
      if (e.date > today) problems.push({ file, field: `${at}.date`, message: `${e.date} is in the future` });
      if (e.date < data.published) problems.push({ file, field: `${at}.date`, message: `${e.date} is before the chapter was published (${data.published})` });
      (e.sources ?? []).forEach((s, j) => {
        if (!c.sources.has(s)) problems.push({ file, field: `${at}.sources[${j}]`, message: `unknown source "${s}" (no content/sources/${s}.yaml)` });
      });
      // A chapter's "updated" date must not pretend it is older than its latest correction.
      for (const ch of chapters) {
        const updated = ch?.data?.updated;
        if (updated && e.date > updated) {
          problems.push({ file, field: `${at}.date`, message: `${e.date} is after the chapter's "updated" date (${updated} in ${ch.file}): update the chapter's frontmatter` });
        }
      }
      for (const lang of LOCALES) {
        const ch = c.chapters.get(`${lang}/${id}`);
        if (!ch || !e.sections) continue;
        const slugs = headingSlugs(ch.body ?? '');
        e.sections[lang].forEach((a, j) => {
          if (a === 'quiz' ? !hasQuiz : !slugs.has(a)) {
            problems.push({ file, field: `${at}.sections.${lang}[${j}]`, message: a === 'quiz' ? `"quiz" but chapter "${id}" has no quiz` : `no heading "#${a}" in ${ch.file}` });
          }
        });
      }
    });
  }
}
