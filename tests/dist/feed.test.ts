/**
 * The built corrections feeds (/fr/corrections.xml, /en/corrections.xml):
 * well-formed Atom, one entry per logged correction, and every link landing
 * on a built chapter page and an element id on it. The chapter pages list the
 * same items and advertise the feed in their <head>.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { xmlError } from '../support/xml';
import { describe, expect, it } from 'vitest';
import { correctionsSchema } from '../../src/schemas/correction';
import { chapterSegments } from '../../src/i18n/routes';
import type { ChapterId } from '../../src/schemas/chapter';
import { DIST, requireBuild } from '../support/dist';

const dist = requireBuild(DIST);
const root = process.env.CONTENT_DIR ?? 'content';
const dir = join(root, 'corrections');
const logs = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({
    chapter: f.replace(/\.yaml$/, '') as ChapterId,
    log: correctionsSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))),
  }))
  : [];
const total = logs.reduce((n, l) => n + l.log.entries.length, 0);

const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

for (const lang of ['fr', 'en'] as const) {
  describe(`the ${lang} corrections feed`, () => {
    const file = join(dist, lang, 'corrections.xml');
    const xml = readFileSync(file, 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed;
    const self = asList<{ '@rel': string; '@href': string }>(feed.link).find((l) => l['@rel'] === 'self')!['@href'];
    // The site's origin and base, read from the feed's own address (works for a sub-path build too).
    const selfUrl = new URL(self);
    const base = selfUrl.pathname.replace(new RegExp(`${lang}/corrections\\.xml$`), '');
    /** The built file and fragment an absolute site URL points at. */
    const target = (href: string) => {
      const u = new URL(href);
      expect(u.origin).toBe(selfUrl.origin);
      expect(u.pathname.startsWith(base)).toBe(true);
      const rest = decodeURIComponent(u.pathname.slice(base.length));
      return { file: join(dist, rest, rest.endsWith('/') || rest === '' ? 'index.html' : ''), hash: decodeURIComponent(u.hash.slice(1)) };
    };

    it('is well-formed Atom in its language, with id, title, updated, author and self link', () => {
      expect(xmlError(xml)).toBeUndefined();
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@xml:lang']).toBe(lang);
      expect(feed.id).toBe(self);
      expect(feed.title).toBeTruthy();
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(feed.author.name).toBeTruthy();
      expect(existsSync(target(self).file)).toBe(true);
    });

    const entries = asList<Record<string, any>>(feed.entry);
    it('has one entry per logged correction, newest first, with unique ids', () => {
      expect(entries).toHaveLength(total);
      const dates = entries.map((e) => e.updated as string);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    });

    it('matches the log: each entry says what the log says, in this language', () => {
      const expected = logs.flatMap(({ chapter, log }) => log.entries.map((e) => `${chapterSegments[chapter][lang]} ${e.date} ${e.kind} ${e.summary[lang]}`)).sort();
      const got = entries.map((e) => {
        const seg = new URL(e.link['@href']).pathname.split('/').filter(Boolean).at(-1);
        return `${seg} ${String(e.updated).slice(0, 10)} ${e.category['@term']} ${e.summary['#text']}`;
      }).sort();
      expect(got).toEqual(expected);
    });

    it('links every entry to a built chapter page and an element on it; its id is an anchor there too', () => {
      for (const e of entries) {
        for (const href of [e.link['@href'] as string, e.id as string]) {
          const { file, hash } = target(href);
          expect(existsSync(file), href).toBe(true);
          expect(ids(readFileSync(file, 'utf8')).has(hash), href).toBe(true);
        }
      }
    });

    it('is advertised in the <head> of the language\'s pages', () => {
      const html = readFileSync(join(dist, lang, 'index.html'), 'utf8');
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml"`);
      expect(html).toContain(`href="${self}"`);
    });
  });
}

describe('the corrections list on chapter pages', () => {
  it('shows each logged entry on its chapter page in both languages, and nothing where the log is empty', () => {
    for (const { chapter, log } of logs) {
      for (const lang of ['fr', 'en'] as const) {
        const html = readFileSync(join(dist, lang, chapterSegments[chapter][lang], 'index.html'), 'utf8');
        const items = [...html.matchAll(/<li id="(correction-[^"]+)"/g)].map((m) => m[1]);
        expect(items, `${lang}/${chapter}`).toHaveLength(log.entries.length);
        expect(html.includes('id="corrections"'), `${lang}/${chapter}`).toBe(log.entries.length > 0);
      }
    }
  });
});
