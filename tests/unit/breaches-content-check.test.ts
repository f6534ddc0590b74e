/**
 * The content checker on content/charts/breaches.yaml (the table of
 * authorities × articles found breached): dangling event or source ids, an
 * article outside the allowed list, a country that contradicts the event, and
 * a chapter embedding <BreachTable /> without listing the table's sources.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/content-check';
import { BREACH_ARTICLES, breachesFileSchema } from '../../src/schemas/breach';

const VALID = 'tests/fixtures/content-valid';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const BREACHES = `decisions:
  - id: cnil-2022
    authority: { fr: "CNIL (France)", en: "CNIL (France)" }
    short: CNIL
    country: FR
    event: cnil-sanction
    articles: ["6", "12", "15", "17", "31"]
    sources: [cnil-sanction-2022]
    orders: { fr: "20 millions d’euros.", en: "€20 million." }
    standing: stands
    confidence: high
`;

/** The valid fixture plus a breaches file (valid unless `edit` changes it); `extra` edits other files. */
function fixture(edit: (yaml: string) => string = (y) => y, extra: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-breaches-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  mkdirSync(join(dir, 'charts'));
  writeFileSync(join(dir, 'charts/breaches.yaml'), edit(BREACHES));
  extra(dir);
  return dir;
}
const lines = (ps: Problem[]) => ps.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);

/** Adds `<BreachTable />` to the English and French test chapters. */
function embed(dir: string): void {
  for (const lang of ['en', 'fr']) {
    const path = join(dir, `chapters/${lang}/clearview-case.mdx`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('<CourseMap />', '<BreachTable />\n\n<CourseMap />'));
  }
}
/** A second source, known but listed by no chapter. */
const unlisted = (dir: string) =>
  writeFileSync(join(dir, 'sources/other-2022.yaml'), readFileSync(join(dir, 'sources/cnil-sanction-2022.yaml'), 'utf8'));

describe('the content checker, on the breach table data', () => {
  it('finds nothing wrong in a sound breaches file', () => {
    const dir = fixture();
    expect(lines(checkContent(dir, dir))).toEqual([]);
  });

  it('reports a decision pointing at an unknown event, naming the file and the field', () => {
    const dir = fixture((y) => y.replace('event: cnil-sanction', 'event: cnil-sanktion'));
    expect(checkContent(dir, dir)).toContainEqual({
      file: 'charts/breaches.yaml', field: 'decisions[0].event', message: expect.stringContaining('unknown event "cnil-sanktion"'),
    });
  });

  it('reports an unknown source', () => {
    const dir = fixture((y) => y.replace('sources: [cnil-sanction-2022]', 'sources: [cnil-sanction-2022, nowhere]'));
    expect(lines(checkContent(dir, dir))).toEqual(['charts/breaches.yaml decisions[0].sources[1] unknown source "nowhere" (no content/sources/nowhere.yaml)']);
  });

  it('rejects an article outside the allowed list, such as a typo', () => {
    const dir = fixture((y) => y.replace('"31"', '"5(1)a"'));
    expect(lines(checkContent(dir, dir)).join('\n')).toMatch(/charts\/breaches\.yaml decisions\[0\]\.articles\[4\] expected one of 5\(1\)\(a\)/);
  });

  it('reports a country that contradicts the event’s jurisdiction', () => {
    const dir = fixture((y) => y.replace('country: FR', 'country: IT'));
    expect(lines(checkContent(dir, dir))).toEqual([expect.stringMatching(/decisions\[0\]\.country "IT" differs from the jurisdiction of event "cnil-sanction" \(FR\)/)]);
  });

  it('wants a reason for a decision that names no article', () => {
    const dir = fixture((y) => y.replace(/articles: \[.*\]/, 'articles: []'));
    expect(lines(checkContent(dir, dir))).toEqual([expect.stringMatching(/decisions\[0\]\.scope a decision with no articles needs a `scope`/)]);
  });

  it('rejects an id or an article listed twice', () => {
    const doubled = (y: string) => `${y}${y.slice(y.indexOf('  - id:'))}`.replace('"6", "12"', '"6", "6"');
    const text = lines(checkContent(fixture(doubled), fixture(doubled))).join('\n');
    expect(text).toMatch(/decisions\[1\]\.id id "cnil-2022" is used twice/);
    expect(text).toMatch(/article 6 is listed twice/);
  });

  it('accepts a chapter that embeds the table and lists its sources', () => {
    const dir = fixture(undefined, (d) => embed(d));
    expect(lines(checkContent(dir, dir))).toEqual([]);
  });

  it('reports a chapter that embeds the table without listing one of its sources', () => {
    const dir = fixture((y) => y.replace('sources: [cnil-sanction-2022]', 'sources: [cnil-sanction-2022, other-2022]'), (d) => {
      unlisted(d);
      embed(d);
    });
    expect(lines(checkContent(dir, dir))).toEqual(['en', 'fr'].map(
      (l) => `chapters/${l}/clearview-case.mdx sources embeds <BreachTable /> whose source "other-2022" is not in frontmatter sources`,
    ));
  });
});

describe('the real breaches file', () => {
  const file = breachesFileSchema.parse(parseYaml(readFileSync('content/charts/breaches.yaml', 'utf8')));

  it('passes the schema, with articles only from the allowed list', () => {
    for (const d of file.decisions) for (const a of d.articles) expect(BREACH_ARTICLES).toContain(a);
  });

  it('keeps the Swedish decision, against the police under another law, out of the grid', () => {
    const imy = file.decisions.find((d) => d.event === 'imy-fines-swedish-police');
    expect(imy).toMatchObject({ respondent: 'police', law: 'other', articles: [] });
  });

  it('records the CNIL’s five articles, Article 31 included, and no Article 5 or 9', () => {
    expect([...file.decisions.find((d) => d.id === 'cnil-2022')!.articles].sort()).toEqual(['12', '15', '17', '31', '6']);
  });

  it('marks the UK decision as a UK GDPR one, sent back by the Upper Tribunal', () => {
    expect(file.decisions.find((d) => d.id === 'ico-2022')).toMatchObject({ law: 'uk-gdpr', standing: 'remitted' });
  });
});
