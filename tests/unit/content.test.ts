import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, componentRefs, loadContent, type Problem } from '../../src/lib/content-check';
import { CHAPTER_IDS, LOCALES } from '../../src/schemas';

const VALID = 'tests/fixtures/content-valid';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid fixture, broken by `mutate`. */
function broken(mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-content-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  mutate(dir);
  return dir;
}
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(file, next);
};
const messages = (ps: Problem[]) => ps.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);

describe('the real content', () => {
  const problems = checkContent('content');
  it('has no integrity problem', () => {
    expect(messages(problems)).toEqual([]);
  });
  it('has every written chapter in both languages, and the first chapter exists', () => {
    const c = loadContent('content', []);
    const ids = new Set([...c.chapters.values()].map((e) => e.id));
    expect(ids.has('clearview-case')).toBe(true);
    for (const id of ids) {
      expect(CHAPTER_IDS).toContain(id);
      for (const l of LOCALES) expect(c.chapters.has(`${l}/${id}`), `${l}/${id}`).toBe(true);
    }
  });
  it('gives every event at least one source that exists', () => {
    const c = loadContent('content', []);
    expect(c.events.size).toBeGreaterThan(0);
    for (const e of c.events.values()) {
      expect(e.data, e.file).toBeDefined();
      for (const s of e.data!.sources) expect(c.sources.has(s), `${e.file} → ${s}`).toBe(true);
    }
  });
});

describe('the content checker', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(messages(checkContent(VALID))).toEqual([]);
  });

  it('names the file and field of a dangling source id', () => {
    const dir = broken((d) => edit(join(d, 'events/cnil-sanction.yaml'), 'sources: [cnil-sanction-2022]', 'sources: [cnil-sanction-2099]'));
    const problems = checkContent(dir, dir);
    expect(problems).toContainEqual({ file: 'events/cnil-sanction.yaml', field: 'sources[0]', message: expect.stringContaining('cnil-sanction-2099') });
  });

  it('names the file and field of a missing English string', () => {
    const dir = broken((d) => edit(join(d, 'events/cnil-sanction.yaml'), /summary: \{[^}]*\}/, 'summary: { fr: "Amende." }'));
    const problems = checkContent(dir, dir);
    expect(problems).toContainEqual({ file: 'events/cnil-sanction.yaml', field: 'summary.en', message: expect.stringMatching(/English/) });
  });

  it('reports a French chapter without its English twin', () => {
    const dir = broken((d) => unlinkSync(join(d, 'chapters/en/clearview-case.mdx')));
    const problems = checkContent(dir, dir);
    expect(problems).toContainEqual({ file: 'chapters/fr/clearview-case.mdx', message: expect.stringContaining('no "en" twin') });
  });

  it('reports a citation of a source the chapter does not list', () => {
    const dir = broken((d) => {
      writeFileSync(join(d, 'sources/other.yaml'), readFileSync(join(d, 'sources/cnil-sanction-2022.yaml')));
      edit(join(d, 'chapters/fr/clearview-case.mdx'), 'Intro <Cite', 'Intro <Cite id="other" /> <Cite');
    });
    expect(messages(checkContent(dir, dir))).toEqual([expect.stringContaining('cites "other" but does not list it')]);
  });

  it('holds a page that lists sources to the same rules: listed, known, and the same in both languages', () => {
    const dir = broken((d) => {
      edit(join(d, 'pages/en/about.mdx'), 'updated: "2026-11-25"\n', 'updated: "2026-11-25"\nsources: [cnil-sanction-2022, nowhere]\n');
      edit(join(d, 'pages/fr/about.mdx'), /^updated: (.*)$/m, 'updated: $1\nsources: [cnil-sanction-2022]');
      edit(join(d, 'pages/fr/about.mdx'), /\n\n/, '\n\n<Cite id="cnil-sanction-2022" /> <Cite id="unlisted" />\n\n');
    });
    expect(messages(checkContent(dir, dir)).sort()).toEqual([
      'pages/en/about.mdx sources lists other sources than pages/fr/about.mdx',
      'pages/en/about.mdx sources[1] unknown source "nowhere" (no content/sources/nowhere.yaml)',
      'pages/fr/about.mdx <Cite> unknown source "unlisted"',
      'pages/fr/about.mdx sources lists other sources than pages/en/about.mdx',
    ]);
  });

  it('reports twins that disagree on language-neutral fields', () => {
    const dir = broken((d) => edit(join(d, 'chapters/en/clearview-case.mdx'), 'minutes: 10', 'minutes: 12'));
    expect(messages(checkContent(dir, dir)).join('\n')).toMatch(/clearview-case\.mdx minutes differs from/);
  });

  it('reports unknown chapter ids, unknown events in <KeyDates> and bad YAML', () => {
    const dir = broken((d) => {
      writeFileSync(join(d, 'chapters/fr/typo.mdx'), readFileSync(join(d, 'chapters/fr/clearview-case.mdx')));
      edit(join(d, 'chapters/en/clearview-case.mdx'), '"cnil-sanction"', '"cnil-sanktion"');
      writeFileSync(join(d, 'sources/broken.yaml'), 'title: [unclosed');
    });
    const text = messages(checkContent(dir, dir)).join('\n');
    expect(text).toMatch(/chapters\/fr\/typo\.mdx.*not a known chapters id/);
    expect(text).toMatch(/unknown event "cnil-sanktion"/);
    expect(text).toMatch(/sources\/broken\.yaml.*YAML does not parse/);
  });

  it('reads the ids written in MDX components', () => {
    expect(componentRefs('<Cite id="a" /> x <KeyDates ids={["e1", "e2"]} /> <Term id="t">x</Term>')).toEqual({
      cites: ['a'], events: ['e1', 'e2'], terms: ['t'],
    });
  });
});

describe('the build', () => {
  const astro = join(process.cwd(), 'node_modules/.bin/astro');
  const build = (contentDir: string) =>
    spawnSync(astro, ['build'], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(contentDir, '..', 'out'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it.each([
    ['a dangling source id', (d: string) => edit(join(d, 'events/cnil-sanction.yaml'), 'sources: [cnil-sanction-2022]', 'sources: [nowhere]'), /events\/cnil-sanction\.yaml › sources\[0\]: unknown source "nowhere"/],
    ['a missing English string', (d: string) => edit(join(d, 'glossary/formal-notice.yaml'), /definition: \{[^}]*\}/, 'definition: { fr: "Injonction." }'), /glossary\/formal-notice\.yaml › definition\.en/],
    ['a French chapter without its English twin', (d: string) => unlinkSync(join(d, 'chapters/en/clearview-case.mdx')), /chapters\/fr\/clearview-case\.mdx: has no "en" twin/],
  ])('fails on %s, naming the file', (_name, mutate, expected) => {
    const root = mkdtempSync(join(tmpdir(), 'vp-build-'));
    made.push(root);
    const dir = join(root, 'content');
    cpSync(VALID, dir, { recursive: true });
    mutate(dir);
    const r = build(dir);
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}\n${r.stderr}`).toMatch(expected);
  });
});
