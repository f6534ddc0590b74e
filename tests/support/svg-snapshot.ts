/**
 * SVG snapshots in tests/output/: compare a normalised SVG with the stored
 * file; a difference fails and writes `<name>-changed.svg` beside it for
 * review (to accept it, replace the snapshot with the -changed file).
 * A missing snapshot is written on a developer's machine, but fails under
 * CI=true: a fresh clone must never pass by creating its own reference.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const SNAPSHOT_DIR = 'tests/output';

export function matchSvgSnapshot(name: string, actual: string, dir = SNAPSHOT_DIR): void {
  mkdirSync(dir, { recursive: true });
  const stored = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(stored)) {
    expect(process.env.CI, `${stored} is missing: run the tests locally to write it, review it, commit it`).toBeFalsy();
    writeFileSync(stored, actual);
    console.warn(`wrote a new snapshot: ${stored}`);
    return;
  }
  const expected = readFileSync(stored, 'utf8');
  if (actual === expected) rmSync(changed, { force: true });
  else writeFileSync(changed, actual);
  expect(actual, `${stored} differs: see ${changed}`).toBe(expected);
}
