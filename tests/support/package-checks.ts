/**
 * Checks of a SCORM package's files, for tests/dist/scorm-packages.test.ts
 * (chapters) and tests/dist/scorm-module.test.ts (modules): manifests against
 * the four SCORM 1.2 XSDs with Debian's xmllint (libxml2-utils), launch pages
 * with html-validate and the W3C Nu Html Checker (vnu-jar, on Java).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { SCORM12_SCHEMAS } from '../../src/lib/scorm/manifest';

export const XSD_DIR = 'src/lib/scorm/xsd';

/** xmllint over manifests written beside the XSDs; a wrapper schema imports the three namespaces a manifest uses. */
export function validateManifests(manifests: Record<string, string>): { valid: Set<string>; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vp-scorm-xsd-'));
  for (const f of SCORM12_SCHEMAS) writeFileSync(join(dir, f), readFileSync(join(XSD_DIR, f)));
  writeFileSync(join(dir, 'all.xsd'), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    '  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>',
    '  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>',
    '  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>',
    '</xsd:schema>',
  ].join('\n'));
  const names = Object.keys(manifests);
  names.forEach((n, i) => writeFileSync(join(dir, `m${i}.xml`), manifests[n]!));
  const r = spawnSync('xmllint', ['--noout', '--schema', 'all.xsd', ...names.map((_, i) => `m${i}.xml`)], { cwd: dir, encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint could not start (apt-get install libxml2-utils): ${r.error.message}`);
  const valid = new Set(names.filter((_, i) => new RegExp(`^m${i}\\.xml validates$`, 'm').test(r.stderr)));
  return { valid, stderr: r.stderr };
}


/** html-validate's report of each page that fails (the project's .htmlvalidaterc.json), by name. */
export async function htmlValidateProblems(pages: Record<string, string>): Promise<string[]> {
  const config = JSON.parse(readFileSync('.htmlvalidaterc.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const format = formatterFactory('text');
  const failed: string[] = [];
  for (const [name, html] of Object.entries(pages)) {
    const report = await validator.validateString(html, `${name}/index.html`);
    if (!report.valid) failed.push(format(report.results));
  }
  return failed;
}

/** The Nu checker's errors and warnings (but the kept ones, tests/fixtures/vnu-warnings.json) over pages by name, as "url: message". */
export function nuProblems(pages: Record<string, string | Uint8Array>): string[] {
  const kept = (JSON.parse(readFileSync('tests/fixtures/vnu-warnings.json', 'utf8')) as { warnings: { pattern: string }[] }).warnings.map((k) => new RegExp(k.pattern));
  const dir = mkdtempSync(join(tmpdir(), 'vp-scorm-vnu-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), html);
  }
  const r = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', resolve(dir)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`vnu could not start (is Java installed?): ${r.error.message}`);
  const messages = (JSON.parse(r.stderr) as { messages: { type: string; subType?: string; message: string; url?: string }[] }).messages;
  const bad = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'warning' && !kept.some((k) => k.test(m.message))));
  return bad.map((m) => `${m.url}: ${m.message}`);
}
