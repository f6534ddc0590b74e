/**
 * Joins content/charts/fines.yaml to the events it points at: the amount, the
 * dates and the country come from the event, the status from the fines file,
 * the euro equivalent from currency.ts. Pure, so the same join feeds the
 * chart, the table and the tests.
 *
 * @example
 *   const rows = fineRows(finesFile, new Map(events.map((e) => [e.id, e.data])));
 *   rows[0].amount // { value: 20000000, currency: 'EUR' }, read from the event
 */
import type { FineEntry, FinesFile } from '../../schemas/fine';
import type { TimelineEvent } from '../../schemas/event';
import { toEuros, type EuroAmount } from './currency';
import type { ClaimDatum } from './claims-layout';
import type { FineBarDatum } from './fines-layout';

export interface FineRowData extends FineBarDatum {
  fine: FineEntry;
  event: TimelineEvent;
  amount: { value: number; currency: string };
  conversion: EuroAmount;
  /** Event sources, then the status sources, then the rate's, each once. */
  sources: string[];
}

/** Every fine of the file, with its event and euro equivalent; throws on a dangling id (the content check names the file first). */
export function fineRows(file: FinesFile, events: ReadonlyMap<string, TimelineEvent>): FineRowData[] {
  return file.fines.map((fine) => {
    const event = events.get(fine.event);
    if (!event) throw new Error(`fines.yaml: unknown event "${fine.event}"`);
    if (!event.amount) throw new Error(`fines.yaml: event "${fine.event}" has no amount`);
    const conversion = toEuros(event.amount, file.rates);
    const sources = [...new Set([...event.sources, ...fine.sources, ...(conversion.rate ? [conversion.rate.source] : [])])];
    return {
      id: fine.event,
      euros: conversion.euros,
      date: event.date,
      status: fine.status,
      fine,
      event,
      amount: event.amount,
      conversion,
      sources,
    };
  });
}

/** The claims chart's data: every event that states a claimed size, with its number. */
export function claimRows(events: ReadonlyArray<{ id: string; data: TimelineEvent }>): (ClaimDatum & { event: TimelineEvent })[] {
  return events
    .filter((e) => e.data.kind === 'claim' && e.data.claim)
    .map((e) => ({ id: e.id, date: e.data.date, images: e.data.claim!.images, moreThan: e.data.claim!.moreThan, event: e.data }));
}

/**
 * The sum of the fines and penalties decided in one currency and not annulled:
 * euroTotal(rows, 'EUR') is what the EU authorities ordered Clearview to pay
 * (the ICO's fine is in pounds, the Swedish one in kronor and annulled).
 */
export function totalIn(rows: ReadonlyArray<Pick<FineRowData, 'amount' | 'status'>>, currency: string): number {
  return rows
    .filter((r) => r.amount.currency === currency && r.status !== 'annulled')
    .reduce((sum, r) => sum + r.amount.value, 0);
}
