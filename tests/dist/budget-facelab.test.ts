/**
 * Issue 15's budget for the live face lab: before the reader presses
 * "Start", the lab page (FR and EN) runs at most 12 KB gzip of JavaScript
 * (the scripts it loads and the chunks they import statically, measured as
 * `npm run size` measures them); face-api, TensorFlow.js and the gallery
 * worker stay in chunks of their own, which no page loads or preloads, and
 * which the service worker never precaches; the models are in the build
 * under their versioned path and are not precached either.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gz, htmlFiles, measureSite } from '../../scripts/lib/page-weight.mjs';
import { MODEL_DIR, MODEL_FILES } from '../../src/lib/facelab/models';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const LAB_PAGES = ['/fr/labo-visage/', '/en/face-lab/'];
const BUDGET = 12 * 1024;
const rows = new Map(measureSite(dist).map((r) => [r.page, r]));
const lazy = readdirSync(join(dist, '_astro')).filter((f) => f.startsWith('facelab-'));

describe('the live face lab before its start button', () => {
  it.each(LAB_PAGES)('%s runs at most 12 KB gzip of JavaScript, none of it face-api', (page) => {
    const r = rows.get(page);
    expect(r, `${page} is built`).toBeDefined();
    expect(r!.js, r!.jsFiles.join(', ')).toBeLessThanOrEqual(BUDGET);
    expect(r!.jsFiles.filter((f: string) => f.includes('facelab-'))).toEqual([]);
    const source = r!.jsFiles.map((f: string) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(source).not.toMatch(/tfjs|TinyFaceDetector/);
  });

  it('keeps face-api and the worker in lazy chunks that no page names', () => {
    const engine = lazy.filter((f) => /^facelab-lab\.[\w-]+\.js$/.test(f));
    expect(engine).toHaveLength(1);
    const code = readFileSync(join(dist, '_astro', engine[0]!), 'utf8');
    expect(code).toMatch(/TinyFaceDetectorOptions|tinyFaceDetector/);
    expect(gz(Buffer.from(code))).toBeGreaterThan(100 * 1024); // the library itself, not a stub
    expect(lazy.filter((f) => f.startsWith('facelab-gallery-worker'))).toHaveLength(1);
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      for (const chunk of lazy) expect(html, `${file} names ${chunk}`).not.toContain(chunk);
    }
  });

  it('ships the three networks under their versioned path, never precached', () => {
    for (const f of MODEL_FILES) expect(readFileSync(join(dist, MODEL_DIR, f.name)).length).toBe(f.bytes);
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(sw).not.toContain('/models/');
    for (const chunk of lazy) expect(sw).not.toContain(chunk);
  });
});
