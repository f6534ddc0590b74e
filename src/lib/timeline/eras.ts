/**
 * The four eras of the case, shaded and named on the timeline and offered
 * as periods to focus on. Bounds are data, not code: change them here.
 *
 * Why these bounds (start inclusive, end exclusive, UTC):
 * - revelation, January–April 2020: from the New York Times article
 *   (18 January) to the first wave of reactions (platforms, lawsuits,
 *   the client-list breach, the first regulators' inquiries);
 * - investigations, May 2020 – September 2021: complaints and inquiries in
 *   Europe, Canada and Australia, the findings of Canada's joint report;
 * - sanctions, October 2021 – May 2024: from Australia's determination
 *   (14 October 2021) and the CNIL's formal notice to the Dutch fine
 *   (signed 16 May 2024);
 * - aftermath, June 2024 onwards: appeals, settlements, the AI Act.
 * An event belongs to the era that contains the point where it is drawn
 * (see period.ts): "2020-05" belongs to investigations. Their names are
 * words of the interface: `eras.<id>` in src/i18n/<lang>/timeline.json.
 *
 * @example eraOf(new Date('2022-10-17')) // the 'sanctions' era
 */
export interface Era {
  id: string;
  /** First day of the era, ISO. */
  start: string;
  /** First day after the era, ISO; undefined while it lasts. */
  end?: string | undefined;
}

export const ERAS = [
  { id: 'revelation', start: '2020-01-01', end: '2020-05-01' },
  { id: 'investigations', start: '2020-05-01', end: '2021-10-01' },
  { id: 'sanctions', start: '2021-10-01', end: '2024-06-01' },
  { id: 'aftermath', start: '2024-06-01', end: undefined },
] as const satisfies readonly Era[];
export type EraId = (typeof ERAS)[number]['id'];

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The era's bounds as dates; an open era ends at `until`. */
export function eraBounds(era: Era, until: Date): [Date, Date] {
  return [utc(era.start), era.end ? utc(era.end) : until];
}

/** The era that contains `date`, if any (before 2020 there is none). */
export function eraOf<E extends Era>(date: Date, eras: readonly E[]): E | undefined {
  return eras.find((e) => date >= utc(e.start) && (!e.end || date < utc(e.end)));
}
