/** Every built page passes a real HTML validator (html-validate, recommended rules). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe('HTML validity', () => {
  const files = htmlFiles(dist);
  it('finds the built pages', () => expect(files.length).toBeGreaterThanOrEqual(10));
  it.each(files.map((f) => [pagePath(dist, f), f]))('%s is valid HTML', async (_page, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, text(report.results)).toBe(true);
  });
});
