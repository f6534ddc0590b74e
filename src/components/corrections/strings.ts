/**
 * UI strings of the corrections log and its Atom feeds, one dictionary per
 * language with the same keys (checked by tests/unit/corrections.test.ts).
 * `{n}`, `{title}`, `{date}` are filled by `fill()`.
 */
import type { Locale } from '../../schemas/localized';
import type { CorrectionKind } from '../../schemas/correction';

const fr = {
  heading: 'Corrections et modifications',
  intro: 'Ce qui a changé dans ce chapitre depuis sa publication, le plus récent d’abord.',
  'kind.correction': 'Correction',
  'kind.addition': 'Ajout',
  'kind.clarification': 'Précision',
  sections: 'Voir\u00a0:',
  sources: 'Sources\u00a0:',
  citeLabel: 'Source\u00a0: {title}',
  quiz: 'le quiz',
  feed: 'Suivre toutes les corrections (flux Atom)',
  feedTitle: 'Visage public — corrections et modifications',
  feedSubtitle: 'Ce qui a changé dans les chapitres du cours, quand et pourquoi.',
  entryTitle: '{kind} — chapitre {n}, {title}',
  author: 'Visage public',
} as const;

const en: Record<keyof typeof fr, string> = {
  heading: 'Corrections and changes',
  intro: 'What has changed in this chapter since it was published, newest first.',
  'kind.correction': 'Correction',
  'kind.addition': 'Addition',
  'kind.clarification': 'Clarification',
  sections: 'See:',
  sources: 'Sources:',
  citeLabel: 'Source: {title}',
  quiz: 'the quiz',
  feed: 'Follow all corrections (Atom feed)',
  feedTitle: 'Public Face — corrections and changes',
  feedSubtitle: 'What has changed in the course chapters, when and why.',
  entryTitle: '{kind} — chapter {n}, {title}',
  author: 'Public Face',
};

export type CorrectionsKey = keyof typeof fr;
export const correctionsStrings: Record<Locale, Record<CorrectionsKey, string>> = { fr, en };

export const kindLabel = (kind: CorrectionKind, lang: Locale) => correctionsStrings[lang][`kind.${kind}`];

export { fill } from '../../lib/fill';
