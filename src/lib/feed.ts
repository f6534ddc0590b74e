/**
 * A minimal Atom 1.0 (RFC 4287) writer: feed metadata and entries in, one
 * XML string out. Pure and dependency-free, so the feed endpoints stay thin
 * and the escaping and date rules are tested on their own
 * (tests/unit/feed.test.ts).
 *
 * Dates in the content are calendar days (YYYY-MM-DD, language-neutral);
 * Atom wants RFC 3339 date-times, so a day becomes midnight UTC. That keeps
 * the output the same on every build and in every time zone.
 *
 * @example
 *   buildAtom({
 *     id: 'https://example.org/en/corrections.xml', title: 'Corrections', lang: 'en',
 *     updated: '2026-11-26', self: 'https://example.org/en/corrections.xml',
 *     alternate: 'https://example.org/en/', author: 'Public Face',
 *     entries: [{ id: 'https://example.org/en/gdpr/#correction-2026-11-26-1', title: 'Correction',
 *       updated: '2026-11-26', link: 'https://example.org/en/gdpr/#who-found-what', summary: 'What changed.' }],
 *   }) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">…'
 */

export interface AtomEntry {
  /** A permanent, unique IRI for the entry (a URL with a fragment is fine). */
  id: string;
  title: string;
  /** YYYY-MM-DD or a full RFC 3339 date-time. */
  updated: string;
  /** Where the entry points (absolute URL). */
  link: string;
  /** Plain text (escaped here, never parsed as HTML). */
  summary: string;
  /** Optional category term (`correction`, `addition` …) and its human label. */
  category?: { term: string; label?: string };
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Language of the feed's text (`xml:lang`). */
  lang: string;
  /** YYYY-MM-DD or RFC 3339; usually the newest entry's date. */
  updated: string;
  /** Absolute URL of the feed itself (rel="self"). */
  self: string;
  /** Absolute URL of the HTML page the feed mirrors (rel="alternate"). */
  alternate: string;
  /** Feed-level author, which every entry inherits. */
  author: string;
  entries: AtomEntry[];
}

/** Escapes text for XML content and double-quoted attribute values. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids outright (C0 controls except tab, LF, CR).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/**
 * An RFC 3339 date-time: a calendar day becomes midnight UTC; a value that is
 * already a date-time is normalised to UTC. Throws on anything else.
 *
 * @example rfc3339('2026-11-26') // '2026-11-26T00:00:00Z'
 */
export function rfc3339(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new Error(`not a calendar day: "${value}"`);
    return `${value}T00:00:00Z`;
  }
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(d.getTime())) throw new Error(`not an RFC 3339 date: "${value}"`);
  return d.toISOString().replace(/\.000Z$/, 'Z');
}

const el = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type: string | undefined, indent: string) =>
  `${indent}<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

/** The whole feed document, entries in the order given. */
export function buildAtom(feed: AtomFeed): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    el('id', feed.id, '  '),
    el('title', feed.title, '  '),
    ...(feed.subtitle ? [el('subtitle', feed.subtitle, '  ')] : []),
    el('updated', rfc3339(feed.updated), '  '),
    link('self', feed.self, 'application/atom+xml', '  '),
    link('alternate', feed.alternate, 'text/html', '  '),
    `  <author>\n${el('name', feed.author, '    ')}\n  </author>`,
  ];
  for (const e of feed.entries) {
    out.push(
      '  <entry>',
      el('id', e.id, '    '),
      el('title', e.title, '    '),
      el('updated', rfc3339(e.updated), '    '),
      link('alternate', e.link, 'text/html', '    '),
      ...(e.category
        ? [`    <category term="${escapeXml(e.category.term)}"${e.category.label ? ` label="${escapeXml(e.category.label)}"` : ''}/>`]
        : []),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
