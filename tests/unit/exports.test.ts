import { describe, expect, it } from 'vitest';
import { TIMELINE_CSV_COLUMNS, parseCsv, timelineCsv, timelineRows, toCsv } from '../../src/lib/exports';
import type { TimelineEvent } from '../../src/schemas';
import { texts } from '../support/localized';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const text = toCsv([{ a: 'x,y', b: 'say "hi"' }, { a: 'line\nbreak', b: 'l’été' }], ['a', 'b']);
    expect(text).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",l’été\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b'], ['x,y', 'say "hi"'], ['line\nbreak', 'l’été']]);
  });
});

describe('timeline rows', () => {
  const ev = (date: string): TimelineEvent => ({
    date, datePrecision: 'day', jurisdiction: 'FR', actor: texts('Formation restreinte de la CNIL', 'CNIL restricted committee'), kind: 'fine', title: texts('t', 't'),
    summary: texts('s, "q"', 's'), sources: ['s1'], confidence: 'high',
  });
  const sources = new Map([['s1', { title: 'T', publisher: 'P', url: 'https://e.org/', date: '2022', language: 'fr', kind: 'decision' as const }]]);
  it('sorts by date and expands sources', () => {
    const rows = timelineRows([{ id: 'b', data: ev('2022-10-17') }, { id: 'a', data: ev('2021-11-26') }], sources);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[0]!.sources).toEqual([{ id: 's1', title: 'T', publisher: 'P', url: 'https://e.org/', date: '2022' }]);
    expect('announced' in rows[0]!).toBe(false);
    expect(parseCsv(timelineCsv(rows))[1]![TIMELINE_CSV_COLUMNS.indexOf('summary_fr')]).toBe('s, "q"');
  });
  it('carries the actor in each language, in the JSON and as one CSV column per language', () => {
    const rows = timelineRows([{ id: 'a', data: ev('2022-10-17') }], sources);
    expect(rows[0]!.actor).toEqual({ fr: 'Formation restreinte de la CNIL', en: 'CNIL restricted committee' });
    const [head, row] = parseCsv(timelineCsv(rows));
    expect(head).not.toContain('actor');
    expect(row![head!.indexOf('actor_fr')]).toBe('Formation restreinte de la CNIL');
    expect(row![head!.indexOf('actor_en')]).toBe('CNIL restricted committee');
  });
  it('refuses an event whose source is unknown', () => {
    expect(() => timelineRows([{ id: 'x', data: { ...ev('2022-01-01'), sources: ['nope'] } }], sources)).toThrow(/nope/);
  });
});
