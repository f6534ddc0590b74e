/**
 * The content checker on content/charts/fines.yaml: a dangling event or
 * source id, a fine whose event has no amount, or a currency without a rate
 * is reported with the file and the field, like every other content problem.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/content-check';
import { eventSchema } from '../../src/schemas';

const VALID = 'tests/fixtures/content-valid';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const FINES = `rates:
  - { currency: GBP, perEuro: 0.84783, date: "2022-05-23", source: cnil-sanction-2022 }
fines:
  - event: cnil-sanction
    authority: CNIL
    sanction: fine
    status: final
    statusDate: "2023-05"
    payment: unpaid
    sources: [cnil-sanction-2022]
    confidence: high
omitted: []
`;

/** The valid fixture plus a fines file (valid unless `edit` changes it), and extra files. */
function fixture(edit: (yaml: string) => string = (y) => y, extra: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-charts-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  mkdirSync(join(dir, 'charts'));
  writeFileSync(join(dir, 'charts/fines.yaml'), edit(FINES));
  extra(dir);
  return dir;
}
const lines = (ps: Problem[]) => ps.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);

describe('the content checker, on the fines chart data', () => {
  it('finds nothing wrong in a sound fines file', () => {
    const dir = fixture();
    expect(lines(checkContent(dir, dir))).toEqual([]);
  });

  it('reports a fine pointing at an unknown event, naming the file and the field', () => {
    const dir = fixture((y) => y.replace('event: cnil-sanction', 'event: cnil-sanktion'));
    expect(checkContent(dir, dir)).toContainEqual({
      file: 'charts/fines.yaml', field: 'fines[0].event', message: expect.stringContaining('unknown event "cnil-sanktion"'),
    });
  });

  it('reports unknown sources, in a fine and in a rate', () => {
    const dir = fixture((y) => y.replace('sources: [cnil-sanction-2022]', 'sources: [nowhere]').replace('source: cnil-sanction-2022 }', 'source: ecb-nowhere }'));
    const text = lines(checkContent(dir, dir)).join('\n');
    expect(text).toMatch(/charts\/fines\.yaml fines\[0\]\.sources\[0\] unknown source "nowhere"/);
    expect(text).toMatch(/charts\/fines\.yaml rates\[0\]\.source unknown source "ecb-nowhere"/);
  });

  it('reports a fine whose event has no amount, since the chart reads the amount there', () => {
    const dir = fixture(undefined, (d) => {
      const path = join(d, 'events/cnil-sanction.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^amount:.*\n/m, ''));
    });
    expect(lines(checkContent(dir, dir))).toEqual([expect.stringMatching(/fines\[0\]\.event event "cnil-sanction" has no amount/)]);
  });

  it('reports a currency that has no exchange rate', () => {
    const dir = fixture(undefined, (d) => {
      const path = join(d, 'events/cnil-sanction.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('currency: EUR', 'currency: CHF'));
    });
    expect(lines(checkContent(dir, dir))).toEqual([expect.stringMatching(/fines\[0\]\.event no exchange rate for CHF/)]);
  });

  it('reports an unknown event among the omitted decisions', () => {
    const dir = fixture((y) => y.replace('omitted: []', 'omitted:\n  - { event: austria-nowhere, note: { fr: "Pas d’amende.", en: "No fine." } }'));
    expect(lines(checkContent(dir, dir))).toEqual([expect.stringMatching(/omitted\[0\]\.event unknown event "austria-nowhere"/)]);
  });

  it('rejects a status outside the list and a rate for the euro, through the schema', () => {
    const dir = fixture((y) => y.replace('status: final', 'status: cancelled').replace('currency: GBP', 'currency: EUR'));
    const text = lines(checkContent(dir, dir)).join('\n');
    expect(text).toMatch(/charts\/fines\.yaml fines\[0\]\.status/);
    expect(text).toMatch(/rates\[0\]\.currency euros need no rate/);
  });

  it('rejects a fine listed twice', () => {
    const dir = fixture((y) => y.replace('omitted:', `${y.slice(y.indexOf('  - event:'), y.indexOf('omitted:'))}omitted:`));
    expect(lines(checkContent(dir, dir))).toEqual([
      'charts/fines.yaml fines[1].event event "cnil-sanction" is listed twice (also at fines[0])',
    ]);
  });

  it('says so when the file is not YAML', () => {
    const dir = fixture(() => 'fines: [unclosed');
    expect(lines(checkContent(dir, dir))).toEqual([expect.stringMatching(/charts\/fines\.yaml\s+YAML does not parse/)]);
  });

  it('does not require the file (a content folder without charts is sound)', () => {
    expect(lines(checkContent(VALID, VALID))).toEqual([]);
  });
});

describe('the event schema, on claimed sizes', () => {
  const claim = {
    date: '2025-10-28', datePrecision: 'day', jurisdiction: 'US', actor: { fr: 'Clearview AI', en: 'Clearview AI' }, kind: 'claim',
    claim: { images: 60_000_000_000, moreThan: true },
    title: { fr: 'Titre', en: 'Title' }, summary: { fr: 'Résumé.', en: 'Summary.' }, sources: ['s'], confidence: 'high',
  };
  it('accepts a claimed size on an event of kind claim', () => expect(eventSchema.safeParse(claim).success).toBe(true));
  it('refuses it on any other kind, naming the field', () => {
    const r = eventSchema.safeParse({ ...claim, kind: 'press' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['claim']);
  });
  it('wants a whole, positive number of images', () => {
    expect(eventSchema.safeParse({ ...claim, claim: { images: 6.5, moreThan: true } }).success).toBe(false);
    expect(eventSchema.safeParse({ ...claim, claim: { images: 6e10 } }).success).toBe(false);
  });
});
