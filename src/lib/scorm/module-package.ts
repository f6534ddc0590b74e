/**
 * A teacher's module as a SCORM 1.2 package (issue 16), cut from the
 * language's module template (/downloads/scorm/<lang>/module.json, made at
 * build by scripts/scorm-packages.mjs from src/pages/[lang]/scorm/module.astro
 * and module-template.ts). Pure (no DOM, no Node API): the module builder
 * runs it in the browser when a teacher asks for the package, and the tests
 * run the same function in Node to check that the browser's zip is the one
 * the build's code makes for the same selection.
 *
 * The cut, on the template's index.html (marked with HTML comments, see
 * module.astro's header):
 * - the chapters not taken go, with their line in the contents; a chapter
 *   taken with no question keeps its text and loses its quiz; in a quiz, the
 *   questions not chosen go and the score line counts those left;
 * - the glossary keeps the terms the chapters left use (none: no glossary);
 * - a link whose in-page target went away points to the same thing on the
 *   live site instead (new tab): a related glossary term, another chapter;
 * - the module's name (the teacher's, else "Module") is the page's h1 and
 *   title and the package's title; its date is its latest chapter's; the
 *   pass mark is the chapters' own (their question-weighted mean when they
 *   differ), in the page (data-mastery) and the manifest
 *   (adlcp:masteryscore); no question at all: no pass mark, and the SCO is
 *   "completed" when opened;
 * - imsmanifest.xml is made again for the module (title, language,
 *   description, the chapters' objectives, every file of the package).
 * Every other file of the template goes in unchanged. The zip is dated its
 * latest chapter's update at noon: the same selection gives the same bytes.
 *
 * Refused, with a reason the builder words: an empty selection ('empty'), a
 * chapter or question the template does not have ('unknown-chapter',
 * 'unknown-question': a stale page or a tampered selection), a template
 * that is not one ('template'), or a module whose progress could not fit in
 * SCORM 1.2's 4,096-character cmi.suspend_data ('too-large'; the whole
 * course takes 286 characters, so this guards the format, not today's course).
 *
 *   const made = moduleZip(await (await fetch('/downloads/scorm/fr/module.json')).json(),
 *     { chapters: ['gdpr'], questions: { gdpr: ['legal-basis'] }, name: 'Séance 2' });
 *   if (made.ok) download(made.zip, made.fileName); else say(made.reason);
 */
import { escapeHtml as esc } from '../escape';
import { fileSlug } from '../module-gift';
import { manifestXml } from './manifest';
import { zipPackage } from './package';
import { encodeProgress, type QuestionShape, type SavedProgress } from './progress-codec';
import { regionPattern } from './module-template';
import type { Answer } from '../quiz/score';

export interface ModuleTemplateChapter {
  id: string;
  title: string;
  /** Base-prefixed path of its live page. */
  page: string;
  objectives: readonly string[];
  /** The quiz's pass mark in percent; null without a quiz. */
  mastery: number | null;
  /** Last update, YYYY-MM-DD, and as the page writes it. */
  updated: string;
  date: string;
  /** Its quiz's questions, in quiz order, as the suspend_data codec sees them. */
  questions: readonly QuestionShape[];
  /** The glossary terms its text uses. */
  terms: readonly string[];
}

export interface ModuleTemplateData {
  kind: 'module';
  /** Format of this file; the builder refuses another. */
  v: 1;
  lang: string;
  /** The site's name, for the page title. */
  site: string;
  /** The default name of a module, and the package's description. */
  title: string;
  description: string;
  /** Absolute URL of the module builder. */
  builder: string;
  /** Base-prefixed path of the live glossary. */
  glossary: string;
  words: { summary: string; chaptersOne: string; chaptersOther: string; questionsOne: string; questionsOther: string };
  chapters: readonly ModuleTemplateChapter[];
  /** The packaged files by path, as text (index.html is the template). */
  files: Readonly<Record<string, string>>;
  /** In-page link target → its live URL, for links whose target a cut removes (module-template.ts fragmentTargets). */
  fragments: Readonly<Record<string, string>>;
}

export interface ModuleSelection {
  /** Chapter ids, any order (the package follows the course's). */
  chapters: readonly string[];
  /** Per chapter taken, the question ids chosen ([] or absent: read only). */
  questions: Readonly<Record<string, readonly string[]>>;
  /** The teacher's name for the module; '' for the default. */
  name: string;
}

export type ModulePackageProblem = 'empty' | 'unknown-chapter' | 'unknown-question' | 'template' | 'too-large';

/** SCORM 1.2's limit of cmi.suspend_data (CMIString4096; runtime.ts SUSPEND_DATA_MAX, not imported: it would join this chunk). */
const SUSPEND_MAX = 4096;

const encoder = new TextEncoder();
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
const remove = (html: string, kind: string, id = '') => html.replace(regionPattern(kind, id), '');
const replaceIn = (html: string, kind: string, id: string, text: string) => {
  const q = `${kind}${id ? `:${id}` : ''}`;
  return html.replace(regionPattern(kind, id), () => `<!--pkg:${q}-->${text}<!--/pkg:${q}-->`);
};

/** 32-bit FNV-1a in base 36: a short stable name for a selection. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** An answer to every question: the codec's longest string for these quizzes (its length depends only on which are answered). */
function fullProgress(quizzes: readonly { chapter: string; questions: readonly QuestionShape[] }[]): SavedProgress {
  const one = (q: QuestionShape): Answer => {
    const ids = q.ids ?? [];
    switch (q.type) {
      case 'single': return ids[0] ?? '';
      case 'multiple': return ids.slice(0, 1);
      case 'true-false': return true;
      case 'numeric': return 0;
      case 'ordering': return Object.fromEntries(ids.map((id, i) => [id, i + 1]));
      case 'matching': return Object.fromEntries(ids.map((id) => [id, id]));
    }
  };
  return Object.fromEntries(quizzes.map((z) => [z.chapter, { attempts: 1, best: 0, answered: Object.fromEntries(z.questions.map((q) => [q.id, one(q)])) }]));
}

/** The file name of a module's package: the name as a slug (`seance-2.scorm.zip`), else the fallback. */
export function moduleZipName(name: string, fallback = 'module'): string {
  return `${fileSlug(name, fallback)}.scorm.zip`;
}

const isTemplate = (t: unknown): t is ModuleTemplateData => {
  const x = t as ModuleTemplateData | null;
  return Boolean(x && x.kind === 'module' && x.v === 1 && Array.isArray(x.chapters) && x.files && typeof x.files['index.html'] === 'string' && x.words && x.fragments);
};

/** The package's files for a selection (see the header), and the date its zip entries carry. */
export function moduleFiles(template: unknown, sel: ModuleSelection):
  | { ok: true; files: Record<string, Uint8Array>; mtime: Date; title: string; questions: number }
  | { ok: false; reason: ModulePackageProblem } {
  if (!isTemplate(template)) return { ok: false, reason: 'template' };
  const tpl = template;
  if (!sel.chapters.length) return { ok: false, reason: 'empty' };
  const byId = new Map(tpl.chapters.map((c) => [c.id, c]));
  for (const id of sel.chapters) {
    const c = byId.get(id);
    if (!c) return { ok: false, reason: 'unknown-chapter' };
    for (const q of sel.questions[id] ?? []) if (!c.questions.some((x) => x.id === q)) return { ok: false, reason: 'unknown-question' };
  }
  for (const id of Object.keys(sel.questions)) if ((sel.questions[id] ?? []).length && !sel.chapters.includes(id)) return { ok: false, reason: 'unknown-chapter' };

  // In the course's order, each with its questions in quiz order.
  const taken = tpl.chapters.filter((c) => sel.chapters.includes(c.id)).map((c) => {
    const chosen = new Set(sel.questions[c.id] ?? []);
    return { ...c, chosen: c.questions.filter((q) => chosen.has(q.id)) };
  });
  const quizzes = taken.filter((c) => c.chosen.length).map((c) => ({ chapter: c.id, questions: c.chosen }));
  if (encodeProgress(quizzes, fullProgress(quizzes)).length > SUSPEND_MAX) return { ok: false, reason: 'too-large' };

  let html: string = tpl.files['index.html']!;
  for (const c of tpl.chapters) {
    if (!sel.chapters.includes(c.id)) {
      html = remove(html, 'c', c.id);
      continue;
    }
    const t = taken.find((x) => x.id === c.id)!;
    if (!t.chosen.length) html = remove(html, 'z', c.id);
    else {
      for (const q of c.questions) if (!t.chosen.includes(q)) html = remove(html, 'q', `${c.id}:${q.id}`);
      html = replaceIn(html, 'n', c.id, String(t.chosen.length));
    }
  }
  const terms = new Set(taken.flatMap((c) => c.terms));
  const allTerms = [...new Set(tpl.chapters.flatMap((c) => c.terms))];
  if (!terms.size) html = remove(html, 'g');
  else for (const term of allTerms) if (!terms.has(term)) html = remove(html, 't', term);

  // Links whose target the cut removed: to the same thing on the live site, in a new tab.
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  html = html.replace(/<a\b[^>]*?\shref="#([^"]+)"[^>]*>/g, (tag, frag: string) => {
    const id = decodeURIComponent(frag);
    const live = tpl.fragments[id];
    if (ids.has(id) || !live) return tag;
    return tag.replace(` href="#${frag}"`, ` href="${esc(live)}"`).replace(/\s*\/?>$/, (end) => `${/\starget="/.test(tag) ? '' : ' target="_blank"'}${/\srel="/.test(tag) ? '' : ' rel="noopener"'}${end}`);
  });

  const title = sel.name.trim() || tpl.title;
  const plural = new Intl.PluralRules(tpl.lang);
  const count = (one: string, other: string, n: number) => fill(plural.select(n) === 'one' ? one : other, { n });
  const nQuestions = quizzes.reduce((n, z) => n + z.questions.length, 0);
  const summary = fill(tpl.words.summary, {
    chapters: count(tpl.words.chaptersOne, tpl.words.chaptersOther, taken.length),
    questions: count(tpl.words.questionsOne, tpl.words.questionsOther, nQuestions),
  });
  const latest = taken.reduce((a, c) => (c.updated > a.updated ? c : a));
  const marks = taken.filter((c) => c.chosen.length && c.mastery !== null);
  const mastery = nQuestions && marks.length
    ? Math.round(marks.reduce((n, c) => n + c.mastery! * c.chosen.length, 0) / marks.reduce((n, c) => n + c.chosen.length, 0))
    : undefined;
  html = replaceIn(html, 'title', '', esc(title));
  html = replaceIn(html, 'summary', '', esc(summary));
  html = replaceIn(html, 'date', '', esc(latest.date));
  // the marks have served
  html = html.replace(/<!--\/?pkg:[^>]*?-->/g, '');
  html = html.replace(/<title>[^<]*<\/title>/, `<title>${esc(`${title} · ${tpl.site}`)}</title>`);
  html = html.replace(/(<vp-scorm\b[^>]*?)\sdata-mastery="[^"]*"/, (_, open: string) => (mastery === undefined ? open : `${open} data-mastery="${mastery}"`));

  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(tpl.files)) if (path !== 'imsmanifest.xml') files[path] = encoder.encode(path === 'index.html' ? html : text);
  files['imsmanifest.xml'] = encoder.encode(manifestXml({
    identifier: `visage-public.${tpl.lang}.module.${fnv(JSON.stringify([title, quizzes.map((z) => [z.chapter, z.questions.map((q) => q.id)]), taken.map((c) => c.id)]))}`,
    lang: tpl.lang,
    title,
    description: `${tpl.description} ${summary}`,
    objectives: taken.flatMap((c) => c.objectives),
    mastery,
    files: Object.keys(files),
  }));
  const [y, m, d] = latest.updated.split('-').map(Number) as [number, number, number];
  return { ok: true, files, mtime: new Date(y, m - 1, d, 12), title, questions: nQuestions };
}

export type ModuleZipResult =
  | { ok: true; zip: Uint8Array; fileName: string; title: string; questions: number }
  | { ok: false; reason: ModulePackageProblem };

/** The package as a zip, with its file name; or why not. */
export function moduleZip(template: unknown, sel: ModuleSelection, fallbackName = 'module'): ModuleZipResult {
  const made = moduleFiles(template, sel);
  if (!made.ok) return made;
  return { ok: true, zip: zipPackage(made.files, made.mtime), fileName: moduleZipName(sel.name, fallbackName), title: made.title, questions: made.questions };
}
