/**
 * Bad input stops the build before the timeline is drawn: an event whose
 * date is malformed fails `astro build` with the file and the field named,
 * the way tests/unit/content.test.ts checks other broken content (a copy of
 * the valid fixture, broken on purpose, built with CONTENT_DIR).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';

const VALID = 'tests/fixtures/content-valid';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid fixture whose event carries `date`. */
function withDate(date: string): string {
  const root = mkdtempSync(join(tmpdir(), 'vp-timeline-'));
  made.push(root);
  const dir = join(root, 'content');
  cpSync(VALID, dir, { recursive: true });
  const file = join(dir, 'events/cnil-sanction.yaml');
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/^date: .*$/m, `date: ${date}`);
  if (next === text) throw new Error('fixture edit did nothing');
  writeFileSync(file, next);
  return dir;
}

const bad = [
  ['a day that does not exist', '"2022-02-30"', /not a calendar date/],
  ['a date written the French way', '"17/10/2022"', /expected a date written YYYY, YYYY-MM or YYYY-MM-DD/],
  ['an unquoted impossible date', '2022-13-17', /not a calendar date|expected a date/],
] as const;

describe('an event with a malformed date', () => {
  it.each(bad)('is reported by the content check: %s', (_name, date, message) => {
    const dir = withDate(date);
    expect(checkContent(dir, dir)).toContainEqual({ file: 'events/cnil-sanction.yaml', field: 'date', message: expect.stringMatching(message) });
  });

  it.each(bad.slice(0, 2))('fails the build, naming the file and the field: %s', (_name, date, message) => {
    const dir = withDate(date);
    const r = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
      env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: join(dir, '..', 'out'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(out).toMatch(/events\/cnil-sanction\.yaml › date: /);
    expect(out).toMatch(message);
  });
});
