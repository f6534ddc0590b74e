import { describe, expect, it } from 'vitest';
import { chapterSchema, eventSchema, glossarySchema, localized, quizSchema, sourceSchema } from '../../src/schemas';
import { isCalendarDate, isoDate, precisionOf } from '../../src/schemas/dates';

const validSource = {
  title: 'Délibération SAN-2022-019', publisher: 'CNIL', url: 'https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000046444859',
  date: '2022-10-17', language: 'fr', kind: 'decision',
};
const validEvent = {
  date: '2022-10-17', datePrecision: 'day', announced: '2022-10-20', jurisdiction: 'FR', actor: { fr: 'Formation restreinte de la CNIL', en: 'CNIL restricted committee' }, kind: 'fine',
  amount: { value: 20_000_000, currency: 'EUR' }, title: { fr: 'Sanction', en: 'Fine' },
  summary: { fr: 'Une amende.', en: 'A fine.' }, sources: ['cnil-sanction-2022'], confidence: 'high',
};
const validChapter = {
  title: 'The Clearview case', description: 'What the company built and how Europe answered.', order: 1, minutes: 30,
  level: 'introduction', objectives: ['Explain a', 'Explain b'], updated: '2026-11-25', sources: ['x'],
};

const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('localized strings', () => {
  it('accepts a string in both languages', () => {
    expect(localized.parse({ fr: 'Amende', en: 'Fine' })).toEqual({ fr: 'Amende', en: 'Fine' });
  });
  it('rejects a missing English string and names the field', () => {
    const r = localized.safeParse({ fr: 'Amende' });
    expect(r.success).toBe(false);
    expect(fieldsOf(r)).toEqual(['en']);
    expect(r.error?.issues[0]?.message).toMatch(/English/);
  });
  it('rejects a blank string and an unknown language', () => {
    expect(localized.safeParse({ fr: '  ', en: 'Fine' }).success).toBe(false);
    expect(localized.safeParse({ fr: 'a', en: 'b', de: 'c' }).success).toBe(false);
  });
});

describe('dates', () => {
  it('knows a date string’s precision', () => {
    expect(precisionOf('2021')).toBe('year');
    expect(precisionOf('2021-11')).toBe('month');
    expect(precisionOf('2021-11-26')).toBe('day');
    expect(precisionOf('26/11/2021')).toBeUndefined();
  });
  it('rejects impossible calendar dates', () => {
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isoDate.safeParse('2021-13').success).toBe(false);
  });
  it('turns an unquoted YAML date back into the same day', () => {
    expect(isoDate.parse(new Date(Date.UTC(2021, 10, 26)))).toBe('2021-11-26');
  });
});

describe('source schema', () => {
  it('accepts a complete entry', () => expect(sourceSchema.safeParse(validSource).success).toBe(true));
  it('rejects a relative URL, an unknown kind and an unknown field', () => {
    expect(fieldsOf(sourceSchema.safeParse({ ...validSource, url: '/cnil' }))).toEqual(['url']);
    expect(fieldsOf(sourceSchema.safeParse({ ...validSource, kind: 'blog' }))).toEqual(['kind']);
    expect(sourceSchema.safeParse({ ...validSource, slug: 'x' }).success).toBe(false);
  });
});

describe('event schema', () => {
  it('accepts a decision with signed and announced dates', () => expect(eventSchema.safeParse(validEvent).success).toBe(true));
  it('rejects a precision that does not match the date', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, datePrecision: 'month' }))).toEqual(['datePrecision']);
  });
  it('rejects an announcement before the decision', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, announced: '2022-10-01' }))).toEqual(['announced']);
  });
  it('rejects a malformed date, a bad jurisdiction and a missing source', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, date: '17 Oct 2022' }))).toContain('date');
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, jurisdiction: 'France' }))).toEqual(['jurisdiction']);
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, sources: [] }))).toEqual(['sources']);
  });
  it('accepts ISO 3166-2 codes and EU', () => {
    expect(eventSchema.safeParse({ ...validEvent, jurisdiction: 'US-IL' }).success).toBe(true);
    expect(eventSchema.safeParse({ ...validEvent, jurisdiction: 'EU' }).success).toBe(true);
  });
  it('rejects a summary without its French string', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, summary: { en: 'A fine.' } }))).toEqual(['summary.fr']);
  });
  it('wants the actor in each language, not one string for all', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, actor: 'CNIL restricted committee' }))).toEqual(['actor']);
    expect(fieldsOf(eventSchema.safeParse({ ...validEvent, actor: { en: 'CNIL restricted committee' } }))).toEqual(['actor.fr']);
  });
});

describe('chapter schema', () => {
  it('accepts valid frontmatter', () => expect(chapterSchema.safeParse(validChapter).success).toBe(true));
  it('refuses a slug, which would make the two languages collide', () => {
    expect(chapterSchema.safeParse({ ...validChapter, slug: 'clearview-case' }).success).toBe(false);
  });
  it('requires objectives, sources and a full update date', () => {
    expect(fieldsOf(chapterSchema.safeParse({ ...validChapter, objectives: ['one'] }))).toEqual(['objectives']);
    expect(fieldsOf(chapterSchema.safeParse({ ...validChapter, sources: [] }))).toEqual(['sources']);
    expect(fieldsOf(chapterSchema.safeParse({ ...validChapter, updated: '2026-11' }))).toEqual(['updated']);
  });
});

describe('glossary and quiz schemas', () => {
  it('accepts a term with both languages and defaults its lists', () => {
    const g = glossarySchema.parse({ term: { fr: 'astreinte', en: 'penalty payment' }, definition: { fr: 'Somme par jour.', en: 'A sum per day.' } });
    expect(g.related).toEqual([]);
  });
  it('rejects a quiz whose answer is not an option', () => {
    const q = {
      id: 'q1', type: 'single', prompt: { fr: 'a', en: 'a' }, section: { fr: 's', en: 's' }, objective: 1, difficulty: 1,
      options: [{ id: 'a', text: { fr: 'x', en: 'x' } }, { id: 'b', text: { fr: 'y', en: 'y' } }], answer: 'c', explanation: { fr: 'e', en: 'e' },
    };
    expect(fieldsOf(quizSchema.safeParse({ chapter: 'gdpr', questions: [q] }))).toEqual(['questions.0.answer']);
    expect(quizSchema.safeParse({ chapter: 'gdpr', questions: [{ ...q, answer: 'a' }] }).success).toBe(true);
  });
});
