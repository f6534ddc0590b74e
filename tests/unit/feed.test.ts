/**
 * The Atom writer (src/lib/feed.ts): a well-formed RFC 4287 document with the
 * required elements, text escaped (never markup), dates as RFC 3339.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { xmlError } from '../support/xml';
import { buildAtom, escapeXml, rfc3339, type AtomFeed } from '../../src/lib/feed';

const feed: AtomFeed = {
  id: 'https://example.org/en/corrections.xml',
  title: 'Public Face — corrections',
  subtitle: 'What changed',
  lang: 'en',
  updated: '2026-11-26',
  self: 'https://example.org/en/corrections.xml',
  alternate: 'https://example.org/en/',
  author: 'Public Face',
  entries: [
    {
      id: 'https://example.org/en/gdpr/#correction-2026-11-26-1',
      title: 'Correction — chapter 4, The GDPR',
      updated: '2026-11-26',
      link: 'https://example.org/en/gdpr/?a=1&b=2#who-found-what',
      summary: 'Articles 5 & 6 <b>were</b> "quoted" and it’s fixed',
      category: { term: 'correction', label: 'Correction' },
    },
  ],
};
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

describe('buildAtom', () => {
  it('writes a well-formed document', () => {
    expect(xmlError(buildAtom(feed))).toBeUndefined();
    expect(xmlError(buildAtom({ ...feed, entries: [] }))).toBeUndefined();
  });
  it('has the feed elements Atom requires, and self and alternate links', () => {
    const f = parse(buildAtom(feed)).feed;
    expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(f['@xml:lang']).toBe('en');
    expect(f.id).toBe(feed.id);
    expect(f.title).toBe(feed.title);
    expect(f.updated).toBe('2026-11-26T00:00:00Z');
    expect(f.author.name).toBe('Public Face');
    expect(f.link).toEqual([
      { '@rel': 'self', '@href': feed.self, '@type': 'application/atom+xml' },
      { '@rel': 'alternate', '@href': feed.alternate, '@type': 'text/html' },
    ]);
  });
  it('writes each entry with id, title, updated, link, category and a text summary', () => {
    const e = parse(buildAtom(feed)).feed.entry;
    expect(e.id).toBe(feed.entries[0]!.id);
    expect(e.updated).toBe('2026-11-26T00:00:00Z');
    expect(e.link['@href']).toBe('https://example.org/en/gdpr/?a=1&b=2#who-found-what');
    expect(e.category).toEqual({ '@term': 'correction', '@label': 'Correction' });
    expect(e.summary['@type']).toBe('text');
    expect(e.summary['#text']).toBe(feed.entries[0]!.summary);
  });
  it('escapes &, <, > and quotes in text and attributes, so markup in a summary stays text', () => {
    const xml = buildAtom(feed);
    expect(xml).toContain('Articles 5 &amp; 6 &lt;b&gt;were&lt;/b&gt; &quot;quoted&quot;');
    expect(xml).toContain('href="https://example.org/en/gdpr/?a=1&amp;b=2#who-found-what"');
    expect(xml).not.toContain('<b>');
  });
  it('is the same text for the same input (no clock, no randomness)', () => {
    expect(buildAtom(feed)).toBe(buildAtom(structuredClone(feed)));
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and drops forbidden control characters', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001g\th`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fg\th');
  });
});

describe('rfc3339', () => {
  it('makes a calendar day midnight UTC', () => {
    expect(rfc3339('2026-11-26')).toBe('2026-11-26T00:00:00Z');
  });
  it('normalises a date-time to UTC', () => {
    expect(rfc3339('2026-11-26T10:30:00+02:00')).toBe('2026-11-26T08:30:00Z');
  });
  it('rejects impossible days and non-dates', () => {
    expect(() => rfc3339('2026-02-30')).toThrow();
    expect(() => rfc3339('26/11/2026')).toThrow();
    expect(() => rfc3339('2026-11')).toThrow();
  });
});

describe('the well-formedness check used on the built feeds', () => {
  it('rejects what a lenient check might let through', () => {
    expect(xmlError('<a><b></a>')).toBeDefined();
    expect(xmlError('<a>x & y</a>')).toBeDefined();
    expect(xmlError('<a x="1" x="2"/>')).toBeDefined();
    expect(xmlError('<p:a/>')).toBeDefined(); // unbound namespace prefix
    expect(xmlError('<a/>')).toBeUndefined();
  });
});
