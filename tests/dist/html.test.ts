/**
 * Every built page passes a real HTML validator (html-validate, the
 * project's .htmlvalidaterc.json). The configuration is loaded explicitly:
 * a file-system loader looks for it beside each file, and finds none for a
 * build outside the project, which would validate against no rule at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { htmlFiles, pagePath } from '../../scripts/lib/page-weight.mjs';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const config = JSON.parse(readFileSync('.htmlvalidaterc.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const text = formatterFactory('text');

describe('HTML validity', () => {
  const files = htmlFiles(dist);
  it('finds the built pages', () => expect(files.length).toBeGreaterThanOrEqual(10));
  it('applies the recommended rules (an unclosed element is an error)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><div><span>x</div></body></html>');
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain('close-order');
  });
  it.each(files.map((f) => [pagePath(dist, f), f]))('%s is valid HTML', async (_page, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, text(report.results)).toBe(true);
  });
});
