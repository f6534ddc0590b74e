/**
 * A teacher's module as a SCORM 1.2 package (issue 16): the language's
 * template (downloads/scorm/<lang>/module.json, scripts/scorm-packages.mjs)
 * cut to a selection by src/lib/scorm/module-package.ts, the function the
 * module builder runs in the browser (tests/e2e/scorm-module.spec.ts checks
 * that the browser's zip is this one, byte for byte).
 *
 * For several selections in both languages and both builds: the manifest
 * validates against the XSDs and names every file of the zip; the page
 * holds exactly the chapters and questions chosen, in the course's order,
 * each quiz's score line counting its own; every in-page link finds its
 * target, every other link opens the live site in a new tab; no id twice;
 * the glossary keeps the terms the chapters left use; html-validate and the
 * Nu checker find nothing. Then the bad inputs, each with its reason, and the
 * whole course's progress measured against SCORM's 4,096 characters.
 * Expected values come from content/ and the dictionaries, not the template.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check';
import { manifestFiles } from '../../src/lib/scorm/manifest';
import { moduleFiles, moduleZip, moduleZipName, type ModuleSelection, type ModuleTemplateData } from '../../src/lib/scorm/module-package';
import { encodeProgress } from '../../src/lib/scorm/progress-codec';
import { DIST, DIST_SUB, SUB_BASE, requireBuild } from '../support/dist';
import { htmlValidateProblems, nuProblems, validateManifests } from '../support/package-checks';

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
const content = loadContent(process.env.CONTENT_DIR ?? 'content', []);
const builds = [
  { name: 'root', dir: requireBuild(DIST), base: '/' },
  { name: 'sub-path', dir: requireBuild(DIST_SUB), base: SUB_BASE },
];
const templateOf = (dir: string, lang: Lang) => JSON.parse(readFileSync(join(dir, 'downloads', 'scorm', lang, 'module.json'), 'utf8')) as ModuleTemplateData;
const templates = builds.flatMap((b) => LANGS.map((lang) => ({ build: b.name, lang, tpl: templateOf(b.dir, lang) })));
const dec = new TextDecoder();
const dict = (lang: Lang, area: string) => JSON.parse(readFileSync(join('src/i18n', lang, `${area}.json`), 'utf8')) as Record<string, string>;
/** The course in its order: chapter ids with their quiz's question ids (content/quizzes). */
const course = [...content.chapters.entries()].filter(([key]) => key.startsWith('en/')).map(([, c]) => c).sort((a, b) => a.data!.order - b.data!.order).map((c) => ({
  id: c.id,
  questions: (content.quizzes.get(c.id)?.data?.questions ?? []).map((q) => q.id),
}));
const all: ModuleSelection = { chapters: course.map((c) => c.id), questions: Object.fromEntries(course.map((c) => [c.id, c.questions])), name: '' };
const withQuiz = course.filter((c) => c.questions.length >= 4);
/** A few selections a teacher makes: the whole course; two chapters, some questions, given in the wrong order; one chapter to read only. */
const selections: Record<string, ModuleSelection> = {
  all,
  two: {
    chapters: [withQuiz[3]!.id, withQuiz[0]!.id],
    questions: { [withQuiz[0]!.id]: [withQuiz[0]!.questions[3]!, withQuiz[0]!.questions[0]!], [withQuiz[3]!.id]: withQuiz[3]!.questions.slice(1, 3) },
    name: 'Séance 2 : « le RGPD » & la police',
  },
  readOnly: { chapters: [course[1]!.id], questions: {}, name: 'Lecture' },
};

/** The package made for a selection, unzipped. */
function made(tpl: ModuleTemplateData, sel: ModuleSelection) {
  const r = moduleZip(tpl, sel);
  if (!r.ok) throw new Error(`moduleZip refused: ${r.reason}`);
  return { ...r, files: unzipSync(r.zip) };
}
const cases = templates.flatMap((t) => Object.entries(selections).map(([name, sel]) => ({ ...t, name, sel, pkg: made(t.tpl, sel), label: `${t.build} ${t.lang} ${name}` })));
const html = (c: (typeof cases)[number]) => dec.decode(c.pkg.files['index.html']);

describe('the module template', () => {
  it('exists for each language in both builds, with every chapter and question of the course', () => {
    for (const { tpl, lang, build } of templates) {
      expect(tpl.kind, `${build} ${lang}`).toBe('module');
      expect(tpl.lang).toBe(lang);
      expect(tpl.chapters.map((c) => [c.id, c.questions.map((q) => q.id)])).toEqual(course.map((c) => [c.id, c.questions]));
      for (const c of tpl.chapters) expect(c.title).toBe(content.chapters.get(`${lang}/${c.id}`)!.data!.title);
    }
  });
  it('carries only text files, with no absolute reference to the site', () => {
    for (const { tpl, build, lang } of templates) {
      const base = builds.find((b) => b.name === build)!.base;
      for (const [path, text] of Object.entries(tpl.files)) {
        if (!/\.(html|m?js|css)$/.test(path)) continue;
        expect(text, `${build} ${lang} ${path}`).not.toMatch(new RegExp(`["'(]${base}_astro/`));
      }
    }
  });
});

describe('a module package', () => {
  it('has a manifest valid against the SCORM 1.2 XSDs, naming every file of the zip but itself, and only those', () => {
    const { valid, stderr } = validateManifests(Object.fromEntries(cases.map((c) => [c.label, dec.decode(c.pkg.files['imsmanifest.xml'])])));
    expect(cases.map((c) => c.label).filter((n) => !valid.has(n)), stderr).toEqual([]);
    for (const c of cases) expect(manifestFiles(dec.decode(c.pkg.files['imsmanifest.xml'])).sort(), c.label).toEqual(Object.keys(c.pkg.files).filter((f) => f !== 'imsmanifest.xml').sort());
  });

  it('takes its title from the teacher, its objectives from its chapters, its pass mark from their quizzes', () => {
    for (const c of cases) {
      const xml = dec.decode(c.pkg.files['imsmanifest.xml']);
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      const title = c.sel.name || dict(c.lang, 'module')['module.title']!;
      expect(xml, c.label).toContain(`<imsmd:title><imsmd:langstring xml:lang="${c.lang}">${esc(title)}</imsmd:langstring></imsmd:title>`);
      expect(html(c)).toContain(`<title>${esc(title)} · ${esc(dict(c.lang, 'ui')['site.name']!)}</title>`);
      const objectives = course.filter((x) => c.sel.chapters.includes(x.id)).flatMap((x) => content.chapters.get(`${c.lang}/${x.id}`)!.data!.objectives);
      expect([...xml.matchAll(/<imsmd:classification>[\s\S]*?<imsmd:description><imsmd:langstring[^>]*>([^<]*)</g)].map((m) => m[1]), c.label).toEqual(objectives.map(esc));
      const asked = course.filter((x) => (c.sel.questions[x.id] ?? []).length);
      const mastery = /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(xml)?.[1];
      if (!asked.length) {
        expect(mastery, c.label).toBeUndefined();
        expect(html(c)).not.toMatch(/<vp-scorm[^>]*data-mastery/);
      } else {
        const n = asked.reduce((s, x) => s + c.sel.questions[x.id]!.length, 0);
        const want = Math.round(asked.reduce((s, x) => s + (content.quizzes.get(x.id)!.data!.mastery ?? 80) * c.sel.questions[x.id]!.length, 0) / n);
        expect(Number(mastery), c.label).toBe(want);
        expect(html(c)).toMatch(new RegExp(`<vp-scorm[^>]*\\sdata-module[^>]*\\sdata-mastery="${want}"`));
      }
    }
  });

  it('holds exactly the chapters and questions chosen, in the course order, each score line counting its quiz', () => {
    for (const c of cases) {
      const page = html(c);
      const chapters = [...page.matchAll(/<section class="pkg-chapter" aria-labelledby="ch-([^"]+)"/g)].map((m) => m[1]);
      expect(chapters, c.label).toEqual(course.filter((x) => c.sel.chapters.includes(x.id)).map((x) => x.id));
      const quizzes = [...page.matchAll(/<vp-quiz[^>]*data-chapter="([^"]+)"[^>]*>([\s\S]*?)<\/vp-quiz>/g)];
      const want = course.filter((x) => (c.sel.questions[x.id] ?? []).length).map((x) => [x.id, x.questions.filter((q) => c.sel.questions[x.id]!.includes(q))]);
      expect(quizzes.map((m) => [m[1], [...m[2]!.matchAll(/<li class="q" id="[^"]*" data-id="([^"]+)"/g)].map((q) => q[1])]), c.label).toEqual(want);
      for (const m of quizzes) {
        expect(m[0], c.label).toContain('data-save="scorm"');
        const n = c.sel.questions[m[1]!]!.length;
        const line = dict(c.lang, 'ui')['quiz.score']!.replace('{score}', '0').replace('{done}', '0').replace(/\{total\}/g, String(n)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(m[2], `${c.label} ${m[1]}`).toContain(`<p class="quiz-score">${line}</p>`);
      }
      expect(page, c.label).not.toContain('<!--pkg:');
      expect(page).not.toContain('<vp-result-code');
    }
  });

  it('has no id twice, an in-page target for every in-page link, and every other link on the live site in a new tab', () => {
    for (const c of cases) {
      const page = html(c);
      const list = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(list.filter((id, i) => list.indexOf(id) !== i), c.label).toEqual([]);
      const ids = new Set(list);
      for (const [tag, href] of [...page.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>/g)].map((m) => [m[0], m[1]!] as const)) {
        if (href.startsWith('#')) expect(ids.has(decodeURIComponent(href.slice(1))), `${c.label} ${tag}`).toBe(true);
        else {
          expect(href, `${c.label} ${tag}`).toMatch(/^https?:\/\//);
          expect(tag, c.label).toMatch(/\starget="_blank"/);
          expect(tag, c.label).toMatch(/\srel="[^"]*\bnoopener\b/);
        }
      }
    }
  });

  it('keeps in its glossary the terms its chapters use, and only those', () => {
    for (const c of cases) {
      const page = html(c);
      const used = new Set([...page.matchAll(/<a class="term" href="#term-([^"]+)"/g)].map((m) => m[1]));
      const defined = new Set([...page.matchAll(/<div class="gl-entry" id="term-([^"]+)"/g)].map((m) => m[1]));
      expect([...defined].sort(), c.label).toEqual([...used].sort());
    }
  });

  it('passes html-validate and the Nu Html Checker', async () => {
    const pages = Object.fromEntries(cases.map((c) => [c.label.replace(/ /g, '-'), html(c)]));
    const failed = await htmlValidateProblems(pages);
    expect(failed, failed.join('\n')).toEqual([]);
    expect(nuProblems(pages)).toEqual([]);
  }, 180_000);

  it('is the same bytes for the same selection, dated its latest chapter at noon', () => {
    for (const c of cases) {
      expect(Buffer.from(made(c.tpl, c.sel).zip).equals(Buffer.from(c.pkg.zip)), c.label).toBe(true);
      const latest = course.filter((x) => c.sel.chapters.includes(x.id)).map((x) => String(content.chapters.get(`${c.lang}/${x.id}`)!.data!.updated)).sort().at(-1)!;
      const r = moduleFiles(c.tpl, c.sel);
      expect(r.ok && [r.mtime.getFullYear(), r.mtime.getMonth() + 1, r.mtime.getDate(), r.mtime.getHours()].join('-'), c.label).toBe(`${latest.split('-').map(Number).join('-')}-12`);
    }
  });

  it('is named after the module', () => {
    expect(moduleZipName('Séance 2 : « le RGPD » & la police')).toBe('seance-2-le-rgpd-la-police.scorm.zip');
    expect(moduleZipName('  ', 'module')).toBe('module.scorm.zip');
    expect(cases.find((c) => c.name === 'all')!.pkg.fileName).toBe('module.scorm.zip');
  });
});

describe('bad input', () => {
  const tpl = templates[0]!.tpl;
  const reason = (t: unknown, sel: ModuleSelection) => {
    const r = moduleFiles(t, sel);
    return r.ok ? 'ok' : r.reason;
  };
  it('an empty selection, a chapter or a question the template does not have, questions of a chapter not taken', () => {
    expect(reason(tpl, { chapters: [], questions: {}, name: '' })).toBe('empty');
    expect(reason(tpl, { chapters: ['no-such-chapter'], questions: {}, name: '' })).toBe('unknown-chapter');
    expect(reason(tpl, { chapters: [course[0]!.id], questions: { [course[0]!.id]: ['no-such-question'] }, name: '' })).toBe('unknown-question');
    expect(reason(tpl, { chapters: [course[0]!.id], questions: { [withQuiz[1]!.id]: [withQuiz[1]!.questions[0]!] }, name: '' })).toBe('unknown-chapter');
  });
  it('something that is not a template: a page, a template of another format, nothing', () => {
    expect(reason(null, all)).toBe('template');
    expect(reason('<html>', all)).toBe('template');
    expect(reason({ ...tpl, v: 2 }, all)).toBe('template');
    expect(reason({ ...tpl, files: {} }, all)).toBe('template');
  });
  it('a module whose progress would not fit in suspend_data (a template with 600 numeric questions)', () => {
    const big = { ...tpl, chapters: [{ ...tpl.chapters[0]!, questions: Array.from({ length: 600 }, (_, i) => ({ id: `n${i}`, type: 'numeric' as const })) }] };
    expect(reason(big, { chapters: [big.chapters[0]!.id], questions: { [big.chapters[0]!.id]: big.chapters[0]!.questions.map((q) => q.id) }, name: '' })).toBe('too-large');
    // and with fewer of them, the same template is fine
    expect(reason(big, { chapters: [big.chapters[0]!.id], questions: { [big.chapters[0]!.id]: ['n0', 'n1'] }, name: '' })).toBe('ok');
  });
  it('the largest module, the whole course with every answer given, fits SCORM 1.2 suspend_data many times over', () => {
    const quizzes = tpl.chapters.filter((c) => c.questions.length).map((c) => ({ chapter: c.id, questions: c.questions }));
    const full = Object.fromEntries(quizzes.map((z) => [z.chapter, { attempts: 65535, best: z.questions.length, answered: Object.fromEntries(z.questions.map((q) => [q.id, q.type === 'single' ? q.ids![0]! : q.type === 'multiple' ? q.ids! : q.type === 'true-false' ? false : q.type === 'numeric' ? -1.2345678901234567e300 : Object.fromEntries(q.ids!.map((id, i) => [id, q.type === 'ordering' ? i + 1 : id]))])) }]));
    const text = encodeProgress(quizzes, full);
    expect(quizzes.reduce((n, z) => n + z.questions.length, 0)).toBe(course.reduce((n, c) => n + c.questions.length, 0));
    expect(text.length).toBeLessThan(4096 / 10);
    expect(reason(tpl, all)).toBe('ok');
  });
});
