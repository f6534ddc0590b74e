/**
 * Words of the teachers' hub and of the home page's small "for teachers"
 * block, one object per language, typed so that a key missing in either
 * fails `astro check`. Build time only: the hub ships no script.
 *
 * Sources are written with plain spaces; `frenchSpacing` adds the French
 * no-break spaces (narrow before ? ! ;, normal before : and inside « »), so
 * read them through `teachersStrings(lang)` and `localizeText`.
 * `{n}`-style slots are filled by `fill`.
 */
import type { Locale } from '../../schemas/localized';
import type { ActivityKind } from './sequences';

export interface TeachersStrings {
  title: string;
  description: string;
  lead: string;
  toc: string;
  // Using the site in class
  classTitle: string;
  classWho: string;
  classNoAccount: string;
  classPrivacy: string;
  classPrivacyLink: string;
  classPaper: string;
  // Sequences
  seqTitle: string;
  seqIntro: string;
  seqDuration: string;
  seqSessions: string;
  objectives: string;
  chaptersUsed: string;
  activitiesCaption: string;
  colTime: string;
  colActivity: string;
  total: string;
  minutes: string;
  kinds: Record<ActivityKind, string>;
  assessTitle: string;
  furtherTitle: string;
  // Resources
  resChapter: string;
  resQuiz: string;
  resWorksheet: string;
  resTimeline: string;
  resFigures: string;
  resResults: string;
  sections: {
    claims: string;
    crawl: string;
    threshold: string;
    gallery: string;
    lawApplies: string;
    lawBasis: string;
    letter: string;
    debateKit: string;
    discussScraping: string;
    discussTemplates: string;
    discussGdpr: string;
  };
  // Chapters
  chaptersTitle: string;
  chaptersIntro: string;
  questions: string;
  objectivesCount: string;
  share: string;
  shareChapter: string;
  shareQuiz: string;
  downloadsLabel: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  copyWhat: string;
  read: string;
  openQuiz: string;
  worksheet: string;
  answerKey: string;
  gift: string;
  json: string;
  // Tools
  toolsTitle: string;
  builderTitle: string;
  builderText: string;
  builderLink: string;
  resultsTitle: string;
  resultsText: string;
  resultsLink: string;
  progressTitle: string;
  progressText: string;
  progressLink: string;
  offlineTitle: string;
  offlineText: string;
  offlineLink: string;
  dataTitle: string;
  dataText: string;
  dataCourse: string;
  dataGiftAll: string;
  dataJsonAll: string;
  moodleTitle: string;
  moodleSteps: string[];
  moodleNote: string;
  // Home page block
  homeLabel: string;
  homeTeachers: string;
  homeTeachersText: string;
  homeProgress: string;
  homeProgressText: string;
}

const fr: TeachersStrings = {
  title: 'Pour les enseignants',
  description: 'Trois séquences prêtes à l’emploi, les quiz, fiches et corrigés de chaque chapitre, et les exports GIFT et JSON pour votre plateforme.',
  lead: 'Tout ce qu’il faut pour utiliser le cours en classe : trois séquences prêtes à l’emploi, les liens à partager pour chaque chapitre, des fiches à imprimer et des exports pour Moodle.',
  toc: 'Sur cette page',
  classTitle: 'Utiliser le site en classe',
  classWho: 'Le cours s’adresse aux élèves de lycée, aux étudiants et à toute personne curieuse ; les chapitres demandent de {min} à {max} minutes chacun, sur téléphone comme sur ordinateur. Chaque chapitre indique ses objectifs, se termine par des pistes de discussion et a son quiz, avec une fiche et un corrigé imprimables.',
  classNoAccount: 'Pas de compte à créer, ni pour vous ni pour les élèves. Il suffit de partager un lien. La progression de chaque élève (chapitres lus, scores aux quiz) reste dans son propre navigateur : rien n’est envoyé, ni à nous ni à personne. Pour vous faire connaître un score, l’élève copie un code de résultat à la fin d’un quiz et vous le transmet comme il le souhaite.',
  classPrivacy: 'Ce que le site enregistre, et où, est détaillé sur la page',
  classPrivacyLink: 'Confidentialité',
  classPaper: 'Sans appareils, tout fonctionne aussi sur papier : chaque quiz a une fiche et un corrigé prêts à imprimer, et cette page elle-même s’imprime proprement.',
  seqTitle: 'Trois séquences prêtes à l’emploi',
  seqIntro: 'Chaque séquence donne ses objectifs, le déroulé minute par minute, les chapitres, modules interactifs et quiz utilisés, et une façon d’évaluer. Les durées de lecture sont celles annoncées par les chapitres ; adaptez-les à votre classe.',
  seqDuration: '{n} min',
  seqSessions: '{count} × {n} min',
  objectives: 'Objectifs',
  chaptersUsed: 'Chapitres',
  activitiesCaption: '{title}, {n} min',
  colTime: 'Durée',
  colActivity: 'Activité',
  total: 'Total',
  minutes: '{n} min',
  kinds: {
    opening: 'Ouverture',
    reading: 'Lecture',
    explore: 'Exploration',
    quiz: 'Quiz',
    discussion: 'Discussion',
    debate: 'Débat',
    assessment: 'Évaluation',
  },
  assessTitle: 'Évaluer',
  furtherTitle: 'Pour aller plus loin',
  resChapter: 'Chapitre {n} : {title}',
  resQuiz: 'Quiz du chapitre {n}',
  resWorksheet: 'Fiche du chapitre {n}',
  resTimeline: 'Chronologie',
  resFigures: 'Chiffres',
  resResults: 'Page des résultats',
  sections: {
    claims: 'La croissance revendiquée (chapitre 1)',
    crawl: 'Le moissonnage en miniature (chapitre 2)',
    threshold: 'Le seuil et les deux erreurs (chapitre 3)',
    gallery: 'Le calculateur de base (chapitre 3)',
    lawApplies: 'Arbre « Le RGPD s’applique-t-il ? » (chapitre 4)',
    lawBasis: 'Arbre des bases légales (chapitre 4)',
    letter: 'Le générateur de lettre (chapitre 7)',
    debateKit: 'Le débat clé en main (chapitre 8)',
    discussScraping: 'Pistes de discussion (chapitre 2)',
    discussTemplates: 'Pistes de discussion (chapitre 3)',
    discussGdpr: 'Pistes de discussion (chapitre 4)',
  },
  chaptersTitle: 'Chapitre par chapitre',
  chaptersIntro: 'Pour chaque chapitre : sa durée, son niveau, ses objectifs, les liens à donner aux élèves, la fiche et le corrigé à imprimer, et le quiz à importer dans votre plateforme (GIFT pour Moodle, JSON pour les autres outils).',
  questions: '{n} questions',
  objectivesCount: 'Objectifs ({n})',
  share: 'Liens à partager',
  shareChapter: 'Chapitre',
  shareQuiz: 'Quiz',
  downloadsLabel: 'Lire, imprimer, télécharger : {title}',
  copyLink: 'Copier le lien',
  copied: 'Lien copié :',
  copyFailed: 'Copie impossible, le lien est sélectionné :',
  copyWhat: '{what}, chapitre {n}',
  read: 'Lire le chapitre',
  openQuiz: 'Ouvrir le quiz',
  worksheet: 'Fiche élève',
  answerKey: 'Corrigé',
  gift: 'GIFT (Moodle)',
  json: 'JSON',
  toolsTitle: 'Les autres outils',
  builderTitle: 'Composer un module',
  builderText: 'Le constructeur de module assemble un exercice sur mesure : choisissez des chapitres, puis les questions à garder, et donnez un nom au module. Vous obtenez un lien à partager, qui contient tout le module dans l’adresse elle-même (rien n’est enregistré sur un serveur), ainsi qu’une fiche, un corrigé et un fichier GIFT qui regroupent les questions choisies.',
  builderLink: 'Ouvrir le constructeur de module',
  resultsTitle: 'Rassembler les résultats',
  resultsText: 'À la fin d’un quiz ou d’un module, chaque élève peut copier un court code de résultat. Collez les codes de la classe dans la page des résultats : elle en fait le bilan, entièrement dans votre navigateur, sans rien envoyer. Ces codes ne sont pas infalsifiables : ils servent à faire le point, pas à noter un examen.',
  resultsLink: 'Ouvrir la page des résultats',
  progressTitle: 'La progression des élèves',
  progressText: 'Chaque élève retrouve sur sa page de progression les chapitres lus et ses scores, enregistrés dans son navigateur seulement. Il peut tout effacer quand il le souhaite.',
  progressLink: 'Voir la page Ma progression',
  offlineTitle: 'Hors ligne',
  offlineText: 'Une salle sans réseau fiable ? La page dédiée explique comment garder le cours disponible hors ligne.',
  offlineLink: 'Utiliser le site hors ligne',
  dataTitle: 'Données ouvertes',
  dataText: 'Le plan du cours et les quiz sont aussi disponibles sous forme de fichiers, pour vos propres outils.',
  dataCourse: 'Plan du cours (JSON)',
  dataGiftAll: 'Tous les quiz (GIFT)',
  dataJsonAll: 'Tous les quiz, bilingues (JSON)',
  moodleTitle: 'Importer un quiz dans Moodle',
  moodleSteps: [
    'Téléchargez le fichier GIFT d’un chapitre, ou celui de tous les quiz.',
    'Dans votre cours Moodle, ouvrez la Banque de questions, puis Importer.',
    'Choisissez le format GIFT, déposez le fichier et validez.',
  ],
  moodleNote: 'Les questions de remise en ordre n’existent pas en GIFT : elles deviennent des questions d’appariement (chaque élément avec sa position).',
  homeLabel: 'Raccourcis',
  homeTeachers: 'Pour les enseignants',
  homeTeachersText: 'Séquences prêtes, fiches, corrigés et exports Moodle.',
  homeProgress: 'Ma progression',
  homeProgressText: 'Vos chapitres lus et vos scores, gardés dans ce navigateur.',
};

const en: TeachersStrings = {
  title: 'For teachers',
  description: 'Three ready-made sequences, each chapter’s quiz, worksheet and answer key, and GIFT and JSON exports for your learning platform.',
  lead: 'Everything you need to use the course in class: three ready-made sequences, links to share for every chapter, worksheets to print and exports for Moodle.',
  toc: 'On this page',
  classTitle: 'Using the site in class',
  classWho: 'The course is written for upper secondary students, university students and anyone curious; chapters take {min} to {max} minutes each, on a phone as well as a computer. Each chapter states its objectives, ends with discussion prompts and has its quiz, with a printable worksheet and answer key.',
  classNoAccount: 'No account to create, for you or for your students. Share a link and that is it. Each student’s progress (chapters read, quiz scores) stays in their own browser: nothing is sent, to us or to anyone. To let you know a score, a student copies a result code at the end of a quiz and passes it to you however they like.',
  classPrivacy: 'What the site stores, and where, is explained on the page',
  classPrivacyLink: 'Privacy',
  classPaper: 'Without devices, everything works on paper too: each quiz has a worksheet and an answer key ready to print, and this page itself prints cleanly.',
  seqTitle: 'Three ready-made sequences',
  seqIntro: 'Each sequence gives its objectives, a minute-by-minute plan, the chapters, interactive pieces and quizzes it uses, and a way to assess. Reading times are those the chapters state; adapt them to your class.',
  seqDuration: '{n} min',
  seqSessions: '{count} × {n} min',
  objectives: 'Objectives',
  chaptersUsed: 'Chapters',
  activitiesCaption: '{title}, {n} min',
  colTime: 'Time',
  colActivity: 'Activity',
  total: 'Total',
  minutes: '{n} min',
  kinds: {
    opening: 'Opening',
    reading: 'Reading',
    explore: 'Exploring',
    quiz: 'Quiz',
    discussion: 'Discussion',
    debate: 'Debate',
    assessment: 'Assessment',
  },
  assessTitle: 'Assessing',
  furtherTitle: 'To go further',
  resChapter: 'Chapter {n}: {title}',
  resQuiz: 'Chapter {n} quiz',
  resWorksheet: 'Chapter {n} worksheet',
  resTimeline: 'Timeline',
  resFigures: 'Figures',
  resResults: 'Results page',
  sections: {
    claims: 'The growth the company claims (chapter 1)',
    crawl: 'The crawl in miniature (chapter 2)',
    threshold: 'The threshold and the two errors (chapter 3)',
    gallery: 'The gallery calculator (chapter 3)',
    lawApplies: '“Does the GDPR apply?” tree (chapter 4)',
    lawBasis: 'Lawful-basis tree (chapter 4)',
    letter: 'The letter generator (chapter 7)',
    debateKit: 'The ready class debate (chapter 8)',
    discussScraping: 'Discussion prompts (chapter 2)',
    discussTemplates: 'Discussion prompts (chapter 3)',
    discussGdpr: 'Discussion prompts (chapter 4)',
  },
  chaptersTitle: 'Chapter by chapter',
  chaptersIntro: 'For each chapter: its length, its level, its objectives, the links to give students, the worksheet and answer key to print, and the quiz to import into your platform (GIFT for Moodle, JSON for other tools).',
  questions: '{n} questions',
  objectivesCount: 'Objectives ({n})',
  share: 'Links to share',
  shareChapter: 'Chapter',
  shareQuiz: 'Quiz',
  downloadsLabel: 'Read, print, download: {title}',
  copyLink: 'Copy link',
  copied: 'Link copied:',
  copyFailed: 'Could not copy; the link is selected:',
  copyWhat: '{what}, chapter {n}',
  read: 'Read the chapter',
  openQuiz: 'Open the quiz',
  worksheet: 'Worksheet',
  answerKey: 'Answer key',
  gift: 'GIFT (Moodle)',
  json: 'JSON',
  toolsTitle: 'Other tools',
  builderTitle: 'Build a module',
  builderText: 'The module builder puts together an exercise of your own: pick chapters, then the questions to keep, and give the module a name. You get a link to share that holds the whole module in the address itself (nothing is stored on a server), plus a worksheet, an answer key and a GIFT file combining the questions you chose.',
  builderLink: 'Open the module builder',
  resultsTitle: 'Collect results',
  resultsText: 'At the end of a quiz or a module, each student can copy a short result code. Paste the class’s codes on the results page: it sums them up, entirely in your browser, without sending anything. These codes are not tamper-proof: use them to take stock, not to grade an exam.',
  resultsLink: 'Open the results page',
  progressTitle: 'Students’ progress',
  progressText: 'Each student finds on their progress page the chapters they have read and their scores, stored in their browser only. They can erase it all whenever they like.',
  progressLink: 'See the My progress page',
  offlineTitle: 'Offline',
  offlineText: 'A classroom without reliable internet? A dedicated page explains how to keep the course available offline.',
  offlineLink: 'Use the site offline',
  dataTitle: 'Open data',
  dataText: 'The course outline and the quizzes are also available as files, for your own tools.',
  dataCourse: 'Course outline (JSON)',
  dataGiftAll: 'All quizzes (GIFT)',
  dataJsonAll: 'All quizzes, bilingual (JSON)',
  moodleTitle: 'Importing a quiz into Moodle',
  moodleSteps: [
    'Download the GIFT file of one chapter, or the one with every quiz.',
    'In your Moodle course, open the Question bank, then Import.',
    'Choose the GIFT format, drop the file in and confirm.',
  ],
  moodleNote: 'GIFT has no ordering questions: they become matching questions (each item with its position).',
  homeLabel: 'Shortcuts',
  homeTeachers: 'For teachers',
  homeTeachersText: 'Ready-made sequences, worksheets, answer keys and Moodle exports.',
  homeProgress: 'My progress',
  homeProgressText: 'Your chapters read and scores, kept in this browser.',
};

/**
 * French no-break spaces on a plain-space source (English is returned as is).
 *
 *   frenchSpacing('Quiz : le RGPD ?') // 'Quiz\u00a0: le RGPD\u202f?'
 */
export function frenchSpacing(s: string): string {
  return s
    .replace(/ ([?!;])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** A value with every string passed through `frenchSpacing` when `lang` is French. */
export function localizeText<T>(value: T, lang: Locale): T {
  if (lang !== 'fr') return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return frenchSpacing(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

export const TEACHERS_STRINGS: Record<Locale, TeachersStrings> = { fr, en };

/** The hub's words in one language, French spacing applied. */
export const teachersStrings = (lang: Locale): TeachersStrings => localizeText(TEACHERS_STRINGS[lang], lang);

export { fill } from '../../lib/fill';
