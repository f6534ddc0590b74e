/**
 * The charts' data as published: every fine has a status, an amount read from
 * its event and a stated rate; the claims are the company's, in order. These
 * tests pin the facts the fact dossier established, so that a later edit
 * that contradicts one fails loudly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../src/lib/content-check';
import { claimRows, fineRows, totalIn } from '../../src/lib/charts/fines-data';
import { layoutClaims } from '../../src/lib/charts/claims-layout';
import type { TimelineEvent } from '../../src/schemas/event';

const c: LoadedContent = loadContent('content', []);
const file = c.fines?.data;
const events = new Map([...c.events.values()].filter((e) => e.data).map((e) => [e.id, e.data!]));
const rows = file ? fineRows(file, events) : [];
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('the total of the fines (<FinesTotal />)', () => {
  it('adds the euro fines and the French penalty, leaving out pounds, kronor and annulled fines', () => {
    // CNIL 20 M + penalty 5.2 M + Garante 20 M + HDPA 20 M + AP 30.5 M, read from the events.
    expect(totalIn(rows, 'EUR')).toBe(95_700_000);
    expect(totalIn(rows, 'EUR')).toBe(['cnil-sanction', 'cnil-penalty-liquidation', 'garante-fine', 'hdpa-fine', 'dutch-ap-fine']
      .reduce((s, id) => s + row(id).amount.value, 0));
  });
  it('ignores an annulled fine even in the currency asked for', () => {
    const fake = [{ amount: { value: 5, currency: 'EUR' }, status: 'final' }, { amount: { value: 7, currency: 'EUR' }, status: 'annulled' }] as const;
    expect(totalIn(fake as never, 'EUR')).toBe(5);
    expect(totalIn(rows, 'SEK')).toBe(0);
  });
});

describe('the fines data', () => {
  it('exists and parses', () => {
    expect(file).toBeDefined();
    expect(rows.length).toBe(7);
  });

  it('points only at events that carry an amount, and reads the amount there', () => {
    for (const r of rows) {
      expect(r.event.amount, r.id).toBeDefined();
      expect(r.amount).toBe(r.event.amount);
    }
  });

  it('never types an amount itself', () => {
    const yaml = readFileSync('content/charts/fines.yaml', 'utf8');
    expect(yaml).not.toMatch(/\b(amount|value)\s*:/);
    for (const r of rows) expect(yaml).not.toContain(String(r.amount.value));
  });

  it('has a stated ECB rate, with an existing source, for every fine not in euros', () => {
    for (const r of rows.filter((x) => x.amount.currency !== 'EUR')) {
      expect(r.conversion.rate, r.id).toBeDefined();
      expect(c.sources.get(r.conversion.rate!.source)?.data?.publisher).toBe('European Central Bank');
      expect(r.sources).toContain(r.conversion.rate!.source);
    }
    expect(row('ico-final-fine').conversion.rate).toMatchObject({ currency: 'GBP', perEuro: 0.84783, date: '2022-05-23' });
    expect(row('imy-fines-swedish-police').conversion.rate).toMatchObject({ currency: 'SEK', perEuro: 10.08, date: '2021-02-10' });
  });

  it('cites an existing source for every status', () => {
    for (const r of rows) for (const s of r.sources) expect(c.sources.has(s), `${r.id} → ${s}`).toBe(true);
  });

  it('records where each fine stands, as the sources say', () => {
    expect(row('cnil-sanction').fine).toMatchObject({ status: 'final', payment: 'unpaid' });
    expect(row('cnil-penalty-liquidation').fine).toMatchObject({ status: 'final', sanction: 'penalty-payment', payment: 'unpaid' });
    expect(row('garante-fine').fine.status).toBe('final');
    expect(row('hdpa-fine').fine.status).toBe('final');
    expect(row('dutch-ap-fine').fine.status).toBe('final');
    // Quashed in 2023, reversed by the Upper Tribunal in 2025 and sent back: pending, not cancelled.
    expect(row('ico-final-fine').fine).toMatchObject({ status: 'under-appeal', statusDate: '2025-10-06' });
    expect(row('ico-final-fine').fine.payment).toBeUndefined();
    // A fine on the police, annulled on appeal according to one source.
    expect(row('imy-fines-swedish-police').fine).toMatchObject({ status: 'annulled', fined: 'police', confidence: 'medium' });
  });

  it('leaves out the decisions that are not fines, saying why', () => {
    const omitted = file!.omitted.map((o) => o.event);
    expect(omitted).toEqual(expect.arrayContaining(['austria-dsb-decision', 'ico-provisional-intent-17m']));
    for (const id of omitted) expect(rows.some((r) => r.id === id), id).toBe(false);
    expect(events.get('austria-dsb-decision')!.amount).toBeUndefined();
  });

  it('gives each fine both languages where it has a note', () => {
    for (const r of rows) if (r.fine.note) expect(r.fine.note.fr && r.fine.note.en, r.id).toBeTruthy();
  });
});

describe('the claimed database sizes', () => {
  const claims = claimRows([...events].map(([id, data]) => ({ id, data: data as TimelineEvent })));
  const sorted = layoutClaims(claims).points.map((p) => p.datum);

  it('are the six claims of the dossier, 3 to 60 billion images, in date order', () => {
    expect(sorted.map((d) => d.images / 1e9)).toEqual([3, 10, 20, 30, 50, 60]);
    expect(sorted.map((d) => d.id)).toEqual([
      'claim-three-billion-images', 'wired-ten-billion-images', 'claim-twenty-billion-images',
      'bbc-thirty-billion-one-million-searches', 'claim-fifty-billion-images', 'claim-sixty-billion-images',
    ]);
  });

  it('come only from events of kind claim, each with sources', () => {
    for (const d of claims) {
      expect(d.event.kind).toBe('claim');
      expect(d.event.sources.length).toBeGreaterThan(0);
    }
  });

  it('say "more than" where the source does, and not for the BBC interview', () => {
    expect(sorted.filter((d) => !d.moreThan).map((d) => d.id)).toEqual(['bbc-thirty-billion-one-million-searches']);
  });

  it('do not count a fundraising target as a size', () => {
    expect(events.get('washington-post-investor-deck')!.claim).toBeUndefined();
  });
});
