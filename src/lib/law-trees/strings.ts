/**
 * The decision trees' own UI strings, kept beside the trees rather than in
 * src/i18n/*.json so the component ships as one unit; the `Bilingual` type
 * makes a missing language a compile error, and a test checks both are filled.
 */
import type { Bilingual, Verdict } from './types';

export const lawTreeStrings = {
  question: { fr: 'Question {n}', en: 'Question {n}' },
  path: { fr: 'Vos réponses', en: 'Your answers' },
  back: { fr: 'Retour', en: 'Back' },
  restart: { fr: 'Recommencer', en: 'Start over' },
  wholeTree: { fr: 'L’arbre complet, toutes les réponses', en: 'The whole tree, every answer' },
  result: { fr: 'Résultat', en: 'Result' },
  law: { fr: 'Texte', en: 'Law' },
  decisions: { fr: 'Décisions et textes', en: 'Decisions and texts' },
  clearview: { fr: 'Le cas Clearview', en: 'The Clearview case' },
  goTo: { fr: 'Continuer à la question {n}', en: 'Continue at question {n}' },
  live: { fr: '{answer}. {step}', en: '{answer}. {step}' },
  liveResult: { fr: 'Résultat : {title}', en: 'Result: {title}' },
} satisfies Record<string, Bilingual>;

/** A one-word tag for each verdict, shown with (never only as) a colour. */
export const verdictLabels: Record<Verdict, Bilingual> = {
  applies: { fr: 'S’applique', en: 'Applies' },
  excluded: { fr: 'Hors champ', en: 'Out of scope' },
  other: { fr: 'Autre texte', en: 'Other law' },
  lawful: { fr: 'Possible', en: 'Possible' },
  unlawful: { fr: 'Illicite', en: 'Unlawful' },
};
