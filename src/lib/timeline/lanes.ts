/**
 * Swimlanes: who acted, grouped so that a reader can follow one country or
 * the company across the years. The rule, in order:
 *
 * 1. company — the actor is Clearview AI or its founder, named first
 *    ("Clearview AI (court filing …)", "Hoan Ton-That (interview …)"),
 *    whatever the jurisdiction: the company's own statements and claims.
 *    Proper names are the same in every language, so any language of the
 *    actor tells (a test checks that all of them agree on real events);
 * 2. us — any other actor in the United States (US, US-IL, US-NJ …):
 *    courts, plaintiffs, platforms, the press;
 * 3. france — FR;
 * 4. eu — the European Union itself or another member state (IT, GR, NL,
 *    AT, DE-HH, SE, BE …): its regulators, courts and NGOs;
 * 5. uk — GB (the UK left the EU in 2020 but keeps its own GDPR);
 * 6. world — everyone else (CA, CA-BC, AU, UA …).
 *
 * @example laneOf({ jurisdiction: 'DE-HH', actor: { fr: 'Commissaire de Hambourg', en: 'Hamburg Commissioner' } }) // 'eu'
 */

export const LANES = ['company', 'us', 'france', 'eu', 'uk', 'world'] as const;
export type LaneId = (typeof LANES)[number];

/** EU member states (ISO 3166-1; Greece is GR, though the EU writes EL). */
const EU_MEMBERS = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** The company or its founder named first in the actor field. */
const COMPANY = /^(Clearview AI|Hoan Ton-That)\b/;

/** True when the company or its founder is named first in this text of the actor. */
export const namesCompanyFirst = (actor: string): boolean => COMPANY.test(actor.trim());

export function laneOf(e: { jurisdiction: string; actor: Readonly<Record<string, string>> }): LaneId {
  if (Object.values(e.actor).some(namesCompanyFirst)) return 'company';
  const country = e.jurisdiction.split('-')[0]!;
  if (country === 'US') return 'us';
  if (country === 'FR') return 'france';
  if (country === 'EU' || EU_MEMBERS.has(country)) return 'eu';
  if (country === 'GB') return 'uk';
  return 'world';
}
