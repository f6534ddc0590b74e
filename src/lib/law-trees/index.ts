/**
 * The two GDPR decision trees of chapter 4, by the name MDX uses:
 *   <LawTree tree="applies" />  <LawTree tree="lawful-basis" />
 */
import { applies } from './applies';
import { lawfulBasis } from './lawful-basis';
import type { LawTreeData } from './types';

export const lawTrees = { applies, 'lawful-basis': lawfulBasis } as const satisfies Record<LawTreeData['id'], LawTreeData>;
export type LawTreeId = keyof typeof lawTrees;
export * from './types';
export * from './traverse';
export { lawTreeStrings, verdictLabels } from './strings';
