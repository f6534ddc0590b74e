/**
 * Words of the progress page, one object per language, typed so that a key
 * missing in either fails `astro check`. Read at build time; the strings
 * <vp-progress> needs reach it as JSON in data-t (only the page's language).
 * `{n}`, `{total}`, `{date}`… slots are filled by `fill`.
 */
import type { Locale } from '../../schemas/localized';
import type { ImportProblem } from '../../lib/quiz/progress-file';

/** Strings the browser needs (sent as data-t). */
export interface ClientStrings {
  yes: string;
  no: string;
  none: string;
  noQuiz: string;
  score: string;
  of: string;
  resumeSection: string;
  reset: string;
  memory: string;
  exported: string;
  summary: string;
  summaryEmpty: string;
  replaced: string;
  replacedMemory: string;
  cancelled: string;
  refused: Record<ImportProblem, string>;
  printed: string;
}

export interface ProgressStrings {
  title: string;
  description: string;
  lead: string;
  storedTitle: string;
  stored: string;
  where: string;
  erase: string;
  eraseLink: string;
  noJs: string;
  caption: string;
  chapter: string;
  read: string;
  quiz: string;
  attempts: string;
  activity: string;
  totalsTitle: string;
  totalRead: string;
  totalQuizzes: string;
  totalPoints: string;
  resume: string;
  toolsTitle: string;
  exportTitle: string;
  exportHint: string;
  exportButton: string;
  importTitle: string;
  importHint: string;
  importLabel: string;
  replaceButton: string;
  cancelButton: string;
  print: string;
  printHint: string;
  client: ClientStrings;
}

export const STRINGS: Record<Locale, ProgressStrings> = {
  fr: {
    title: 'Ma progression',
    description: 'Les chapitres lus, les quiz faits et le meilleur score, gardés dans ce navigateur seulement ; exporter, importer, imprimer un bilan.',
    lead: 'Ce que vous avez lu et vos scores aux quiz, pour reprendre là où vous en étiez. Rien ne quitte votre navigateur.',
    storedTitle: 'Ce qui est gardé, et où',
    stored: 'Pour chaque chapitre : s’il a été lu jusqu’au bout, quand il a été ouvert pour la dernière fois, et pour son quiz le meilleur score, le nombre d’essais et les dernières réponses ; enfin l’endroit où vous vous êtes arrêté (chapitre et section).',
    where: 'Ces données restent dans ce navigateur, sur cet appareil, sous la clé localStorage « vp-progress ». Elles ne sont envoyées à personne : le site n’a pas de serveur qui les recevrait. Pour les retrouver sur un autre appareil, exportez-les dans un fichier puis importez ce fichier là-bas.',
    erase: 'Pour tout effacer, utilisez le bouton « Effacer mes données locales » de la page',
    eraseLink: 'Confidentialité',
    noJs: 'Le suivi de progression a besoin de JavaScript : sans lui, rien n’est enregistré et ce tableau reste vide. Les chapitres et les quiz restent lisibles.',
    caption: 'Progression par chapitre',
    chapter: 'Chapitre',
    read: 'Lu',
    quiz: 'Meilleur score au quiz',
    attempts: 'Essais',
    activity: 'Dernière activité',
    totalsTitle: 'Bilan',
    totalRead: 'Chapitres lus',
    totalQuizzes: 'Quiz faits',
    totalPoints: 'Somme des meilleurs scores',
    resume: 'Reprendre là où je m’étais arrêté',
    toolsTitle: 'Sauvegarder, transférer, imprimer',
    exportTitle: 'Exporter',
    exportHint: 'Télécharge un fichier JSON avec votre progression, à garder ou à importer sur un autre appareil.',
    exportButton: 'Exporter ma progression',
    importTitle: 'Importer',
    importHint: 'Choisissez un fichier exporté depuis ce site. Il sera vérifié, puis vous verrez ce qu’il contient avant de confirmer : il remplacera la progression de ce navigateur (les deux ne sont pas fusionnées).',
    importLabel: 'Fichier de progression (.json)',
    replaceButton: 'Remplacer ma progression par ce fichier',
    cancelButton: 'Annuler',
    print: 'Imprimer le bilan',
    printHint: 'Le bilan imprimé contient le tableau et les totaux, sans les menus du site.',
    client: {
      yes: 'Oui',
      no: 'Non',
      none: '—',
      noQuiz: 'pas de quiz',
      score: '{score} / {total}',
      of: '{n} / {total}',
      resumeSection: '{chapter} (section « {section} »)',
      reset: 'La progression enregistrée dans ce navigateur était illisible : elle a été remise à zéro.',
      memory: 'Ce navigateur ne laisse pas le site enregistrer de données : votre progression ne sera pas gardée après cette visite.',
      exported: 'Fichier {file} téléchargé.',
      summary: 'Ce fichier a été exporté le {date}. Chapitres lus : {read} sur {chapters} ; quiz faits : {quizzes} ; somme des meilleurs scores : {points} / {possible}. Il remplacera votre progression actuelle (chapitres lus : {current} ; quiz faits : {currentQuizzes}).',
      summaryEmpty: 'Ce fichier a été exporté le {date} et ne contient aucune progression. L’importer effacerait votre progression actuelle (chapitres lus : {current} ; quiz faits : {currentQuizzes}).',
      replaced: 'Votre progression a été remplacée par celle du fichier.',
      replacedMemory: 'Progression importée pour cette visite seulement : ce navigateur ne laisse pas le site l’enregistrer.',
      cancelled: 'Import annulé : rien n’a changé.',
      refused: {
        'too-large': 'Fichier refusé : il est bien trop gros pour être un export de ce site. Rien n’a changé.',
        'not-json': 'Fichier refusé : ce n’est pas un fichier JSON lisible. Rien n’a changé.',
        'not-ours': 'Fichier refusé : ce n’est pas un export de progression de ce site. Rien n’a changé.',
        newer: 'Fichier refusé : il vient d’une version plus récente du site, que cette page ne sait pas lire. Rien n’a changé.',
        invalid: 'Fichier refusé : son contenu est incomplet ou incohérent (par exemple un score plus grand que le nombre de questions). Rien n’a changé.',
        'unknown-chapter': 'Fichier refusé : il parle d’un chapitre que ce cours n’a pas (« {id} »). Rien n’a changé.',
      },
      printed: 'Bilan du {date}',
    },
  },
  en: {
    title: 'My progress',
    description: 'Chapters read, quizzes done and best scores, kept in this browser only; export, import, print a summary.',
    lead: 'What you have read and your quiz scores, so you can pick up where you left off. Nothing leaves your browser.',
    storedTitle: 'What is kept, and where',
    stored: 'For each chapter: whether it was read to the end, when it was last open, and for its quiz the best score, the number of attempts and the latest answers; and where you stopped (chapter and section).',
    where: 'This data stays in this browser, on this device, under the localStorage key “vp-progress”. It is sent to no one: the site has no server that could receive it. To carry it to another device, export it to a file and import that file there.',
    erase: 'To erase it all, use the “Erase my local data” button on the page',
    eraseLink: 'Privacy',
    noJs: 'Progress tracking needs JavaScript: without it nothing is recorded and this table stays empty. The chapters and quizzes can still be read.',
    caption: 'Progress by chapter',
    chapter: 'Chapter',
    read: 'Read',
    quiz: 'Best quiz score',
    attempts: 'Attempts',
    activity: 'Last activity',
    totalsTitle: 'Summary',
    totalRead: 'Chapters read',
    totalQuizzes: 'Quizzes done',
    totalPoints: 'Sum of best scores',
    resume: 'Resume where I left off',
    toolsTitle: 'Save, move, print',
    exportTitle: 'Export',
    exportHint: 'Downloads a JSON file with your progress, to keep or to import on another device.',
    exportButton: 'Export my progress',
    importTitle: 'Import',
    importHint: 'Choose a file exported from this site. It is checked, then you see what it contains before you confirm: it will replace the progress in this browser (the two are not merged).',
    importLabel: 'Progress file (.json)',
    replaceButton: 'Replace my progress with this file',
    cancelButton: 'Cancel',
    print: 'Print summary',
    printHint: 'The printed summary has the table and the totals, without the site’s menus.',
    client: {
      yes: 'Yes',
      no: 'No',
      none: '—',
      noQuiz: 'no quiz',
      score: '{score} / {total}',
      of: '{n} / {total}',
      resumeSection: '{chapter} (section “{section}”)',
      reset: 'The progress saved in this browser could not be read, so it has been reset.',
      memory: 'This browser does not let the site save data: your progress will not be kept after this visit.',
      exported: 'File {file} downloaded.',
      summary: 'This file was exported on {date}. Chapters read: {read} of {chapters}; quizzes done: {quizzes}; sum of best scores: {points} / {possible}. It will replace your current progress (chapters read: {current}; quizzes done: {currentQuizzes}).',
      summaryEmpty: 'This file was exported on {date} and contains no progress. Importing it would erase your current progress (chapters read: {current}; quizzes done: {currentQuizzes}).',
      replaced: 'Your progress has been replaced by the file’s.',
      replacedMemory: 'Progress imported for this visit only: this browser does not let the site save it.',
      cancelled: 'Import cancelled: nothing changed.',
      refused: {
        'too-large': 'File refused: it is far too large to be an export from this site. Nothing changed.',
        'not-json': 'File refused: it is not a readable JSON file. Nothing changed.',
        'not-ours': 'File refused: it is not a progress export from this site. Nothing changed.',
        newer: 'File refused: it comes from a newer version of the site, which this page cannot read. Nothing changed.',
        invalid: 'File refused: its content is incomplete or inconsistent (for example a score higher than the number of questions). Nothing changed.',
        'unknown-chapter': 'File refused: it mentions a chapter this course does not have (“{id}”). Nothing changed.',
      },
      printed: 'Summary of {date}',
    },
  },
};

export { fill } from '../../lib/fill';
