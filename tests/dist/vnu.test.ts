/**
 * The W3C Nu Html Checker (vnu-jar) over every page of both builds: no error,
 * and no warning but those kept, with their reason, in
 * tests/fixtures/vnu-warnings.json. It is a checker the site's authors did
 * not write: it saw the scripts Astro wrote after </html>, which html-validate
 * (tests/dist/html.test.ts) let through.
 *
 * One JVM for everything (both builds and the planted defect), since starting
 * Java costs more than checking a page. Measured: 98 pages in 9 s on an idle
 * 2-core machine; both builds (196 pages) take about 20 s of CPU.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, DIST_SUB, requireBuild } from '../support/dist';

interface Message { type: string; subType?: string; url?: string; message: string; extract?: string; lastLine?: number }
interface Kept { pattern: string; reason: string }

const JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';
const PLANTED = 'tests/fixtures/vnu-stray-script.html';
const kept = (JSON.parse(readFileSync('tests/fixtures/vnu-warnings.json', 'utf8')) as { warnings: Kept[] }).warnings
  .map((k) => ({ ...k, re: new RegExp(k.pattern) }));

const builds = [requireBuild(DIST), requireBuild(DIST_SUB)].map((dir) => resolve(dir));
const byFile = new Map<string, Message[]>();

/** Runs vnu once over `targets`; its JSON report goes to stderr. */
function vnu(targets: string[]): Message[] {
  const r = spawnSync('java', ['-jar', JAR, '--format', 'json', '--skip-non-html', ...targets], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`vnu could not start (is Java installed?): ${r.error.message}`);
  try {
    return (JSON.parse(r.stderr) as { messages: Message[] }).messages;
  } catch {
    throw new Error(`vnu gave no JSON report (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  }
}

const isError = (m: Message) => m.type === 'error' || m.type === 'non-document-error';
const isWarning = (m: Message) => m.type === 'info' && m.subType === 'warning';
const keptFor = (m: Message) => kept.find((k) => k.re.test(m.message));
const show = (m: Message) => `${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ')}` : ''}`;
const problems = (messages: Message[]) => messages.filter((m) => isError(m) || (isWarning(m) && !keptFor(m)));

beforeAll(() => {
  for (const m of vnu([...builds, resolve(PLANTED)])) {
    const file = m.url ? fileURLToPath(m.url) : '(no file)';
    byFile.set(file, [...(byFile.get(file) ?? []), m]);
  }
}, 180_000);

describe('Nu Html Checker (vnu)', () => {
  it('bites: a script after </html> in the planted fixture is an error', () => {
    const errors = (byFile.get(resolve(PLANTED)) ?? []).filter(isError).map((m) => m.message);
    expect(errors).toContain('Stray start tag “script”.');
  });

  it('checked the pages of both builds', () => {
    for (const dir of builds) {
      const pages = [...byFile.keys()].filter((f) => f.startsWith(`${dir}/`));
      // Every page carries the kept CSP warnings, so each checked page appears here.
      expect(pages.length, dir).toBeGreaterThanOrEqual(90);
    }
  });

  it.each(builds.map((dir) => [relative(process.cwd(), dir), dir]))('%s: no error and no unlisted warning on any page', (_name, dir) => {
    const report = [...byFile.entries()]
      .filter(([file]) => file.startsWith(`${dir}/`))
      .map(([file, messages]) => [relative(dir, file), problems(messages)] as const)
      .filter(([, found]) => found.length > 0)
      .map(([page, found]) => `${page}\n  ${found.map(show).join('\n  ')}`);
    expect(report, report.join('\n')).toEqual([]);
  });

  it('keeps no reason for a warning that no longer occurs', () => {
    const site = [...byFile.entries()].filter(([file]) => builds.some((dir) => file.startsWith(`${dir}/`))).flatMap(([, m]) => m);
    const unused = kept.filter((k) => !site.some((m) => isWarning(m) && k.re.test(m.message))).map((k) => k.pattern);
    expect(unused).toEqual([]);
  });
});
