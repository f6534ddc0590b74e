/**
 * Words of the result codes (the student's <ResultCode>, the teacher's
 * results page), one object per language, typed so that a key missing in
 * either language fails `astro check`. Read at build time only: the strings
 * the elements need reach them through data-* attributes. `{n}`-style slots
 * are filled by `fill` (here at build time, by the elements in the browser).
 */
import type { Locale } from '../../schemas/localized';
import type { ResultProblem } from '../../lib/share/result-code';
import type { ModuleProblem } from '../../lib/share/module-state';

export interface ResultStrings {
  // The student's code (ResultCode.astro, <vp-result-code>).
  codeTitle: string;
  codeExplain: string;
  codeNoJs: string;
  codeGet: string;
  codeAgain: string;
  codeLabel: string;
  codeSummary: string;
  codeReady: string;
  codeCopy: string;
  codeCopied: string;
  codeCopyManual: string;
  codeError: string;
  codeNoModule: string;
  // The teacher's page (ResultsPage.astro, <vp-results>).
  title: string;
  description: string;
  lead: string;
  howTitle: string;
  how: string[];
  privacyTitle: string;
  privacy: string;
  tamper: string;
  noJs: string;
  codesLabel: string;
  codesHint: string;
  moduleLabel: string;
  moduleHint: string;
  submit: string;
  readError: string;
  problemsTitle: string;
  problemsNone: string;
  problemsSome: string;
  problemLine: string;
  reasons: Record<ResultProblem | 'duplicate' | 'other-module', string>;
  moduleReasons: Record<ModuleProblem, string>;
  moduleUsed: string;
  moduleBad: string;
  summaryTitle: string;
  summaryNone: string;
  count: string;
  mean: string;
  dates: string;
  tableTitle: string;
  tableCaption: string;
  colChapter: string;
  colQuestion: string;
  colRight: string;
  colPartial: string;
  colWrong: string;
  colUnanswered: string;
  colPercent: string;
  chartTitle: string;
  chartLabel: string;
  chartNote: string;
  questionShort: string;
  hub: string;
}

export const STRINGS: Record<Locale, ResultStrings> = {
  fr: {
    codeTitle: 'Votre code de résultat',
    codeExplain:
      'Donnez ce code à votre enseignant ou enseignante : il contient vos réponses, votre score et la date, mais pas votre nom. Il n’est envoyé nulle part ; c’est vous qui le copiez.',
    codeNoJs: 'Avec JavaScript activé, vous pourriez obtenir ici un code de résultat à donner à votre enseignant.',
    codeGet: 'Obtenir mon code de résultat',
    codeAgain: 'Mettre à jour mon code',
    codeLabel: 'Code de résultat',
    codeSummary: 'Questions répondues : {done} sur {total} ; score : {score} / {total}.',
    codeReady: 'Votre code est prêt : {summary}',
    codeCopy: 'Copier le code',
    codeCopied: 'Code copié.',
    codeCopyManual: 'Le code est sélectionné : appuyez sur Ctrl+C (⌘+C sur Mac) pour le copier.',
    codeError: 'Impossible de fabriquer le code. Rechargez la page et réessayez.',
    codeNoModule: 'Le module n’est pas encore chargé : impossible de fabriquer le code.',
    title: 'Résultats d’une classe',
    description: 'Collez les codes de résultat de vos élèves : un tableau et un graphique par question, calculés dans votre navigateur.',
    lead: 'Collez les codes de résultat de votre classe : cette page en tire un tableau et un graphique des réponses, question par question.',
    howTitle: 'Comment les élèves obtiennent un code',
    how: [
      'À la fin d’un quiz de chapitre ou d’un module, l’élève appuie sur « Obtenir mon code de résultat » et copie le code affiché.',
      'Il vous le transmet comme vous le souhaitez (messagerie de l’établissement, document partagé, sur papier…).',
      'Vous collez ici tous les codes, un par ligne, dans n’importe quel ordre.',
    ],
    privacyTitle: 'Confidentialité et limites',
    privacy: 'Rien n’est envoyé nulle part : le décodage se fait dans votre navigateur. Un code ne contient ni nom ni identifiant, seulement les réponses, le score et la date.',
    tamper:
      'Les codes ne sont pas infalsifiables : un élève qui lit le code source (ouvert) du site peut fabriquer un code avec n’importe quel score. Servez-vous-en pour faire le point avec la classe, pas pour une note qui compte.',
    noJs: 'Le décodage des codes se fait dans votre navigateur et demande JavaScript, qui semble désactivé.',
    codesLabel: 'Codes de résultat (un par ligne)',
    codesHint: 'Espaces, tirets et minuscules sont acceptés ; les lignes vides sont ignorées.',
    moduleLabel: 'Lien du module (facultatif)',
    moduleHint: 'Collez le lien du module pour ne compter que ses codes. Sans lien, la page compte le quiz ou module le plus fréquent.',
    submit: 'Analyser les codes',
    readError: 'Les codes n’ont pas pu être lus. Rechargez la page et réessayez.',
    problemsTitle: 'Lignes non comptées',
    problemsNone: 'Toutes les lignes sont des codes valides.',
    problemsSome: 'Lignes non comptées : {n}.',
    problemLine: 'Ligne {line}',
    reasons: {
      malformed: 'ce n’est pas un code de résultat (caractères ou forme inattendus)',
      checksum: 'faute de frappe : le contrôle ne correspond pas (un caractère erroné ou deux caractères inversés ?)',
      truncated: 'trop court : il manque une partie du code (ou ce n’est pas un code)',
      'too-long': 'trop long pour être un code de résultat',
      version: 'fabriqué par une version plus récente du site',
      stale: 'fabriqué pour une version plus ancienne du quiz (les questions ont changé depuis)',
      duplicate: 'même code que la ligne {of}',
      'other-module': 'résultat d’un autre quiz ou module : non compté',
    },
    moduleReasons: {
      malformed: 'ce n’est pas un lien de module',
      checksum: 'le lien a été modifié ou tronqué',
      version: 'lien fait par une version plus récente du site',
      stale: 'lien fait pour une version plus ancienne des quiz',
      'unknown-chapter': 'le lien cite un chapitre inconnu',
      'unknown-question': 'le lien cite une question inconnue',
      empty: 'le lien ne contient aucune question',
      'too-long': 'le lien est trop long',
    },
    moduleUsed: 'Module compté : {name}',
    moduleBad: 'Lien du module non utilisé : {reason}. Les codes sont comptés sans lui.',
    summaryTitle: 'Synthèse',
    summaryNone: 'Aucun code valide à compter.',
    count: 'Résultats comptés : {n}',
    mean: 'Score moyen : {mean} / {total}',
    dates: 'Dates : du {from} au {to}',
    tableTitle: 'Réponses par question',
    tableCaption: 'Nombre d’élèves par réponse, pour chaque question',
    colChapter: 'Chapitre',
    colQuestion: 'Question',
    colRight: 'Juste',
    colPartial: 'En partie',
    colWrong: 'Faux',
    colUnanswered: 'Sans réponse',
    colPercent: '% juste',
    chartTitle: 'Part de réponses justes par question',
    chartLabel: 'Diagramme en barres : part de réponses justes pour chacune des {n} questions ; les valeurs sont dans le tableau.',
    chartNote: 'Le tableau ci-dessus donne les mêmes valeurs.',
    questionShort: 'Q{n}',
    hub: 'Espace enseignants',
  },
  en: {
    codeTitle: 'Your result code',
    codeExplain:
      'Give this code to your teacher: it contains your answers, your score and the date, but not your name. It is not sent anywhere; you copy it yourself.',
    codeNoJs: 'With JavaScript on, you could get a result code here to give to your teacher.',
    codeGet: 'Get my result code',
    codeAgain: 'Update my code',
    codeLabel: 'Result code',
    codeSummary: 'Answered: {done} of {total} questions; score: {score} / {total}.',
    codeReady: 'Your code is ready: {summary}',
    codeCopy: 'Copy the code',
    codeCopied: 'Code copied.',
    codeCopyManual: 'The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
    codeError: 'The code could not be made. Reload the page and try again.',
    codeNoModule: 'The module has not loaded yet: no code can be made.',
    title: 'A class’s results',
    description: 'Paste your students’ result codes: a table and a chart per question, worked out in your browser.',
    lead: 'Paste your class’s result codes: this page turns them into a table and a chart of the answers, question by question.',
    howTitle: 'How students get a code',
    how: [
      'At the end of a chapter quiz or a module, the student presses “Get my result code” and copies the code shown.',
      'They send it to you however suits you (school messaging, a shared document, on paper…).',
      'You paste all the codes here, one per line, in any order.',
    ],
    privacyTitle: 'Privacy and limits',
    privacy: 'Nothing is sent anywhere: decoding happens in your browser. A code holds no name or identifier, only the answers, the score and the date.',
    tamper:
      'Codes are not tamper-proof: a student who reads the site’s (open) source code can make a code with any score. Use them for feedback with the class, not for grading that matters.',
    noJs: 'Codes are decoded in your browser, which needs JavaScript, and it seems to be off.',
    codesLabel: 'Result codes (one per line)',
    codesHint: 'Spaces, hyphens and lower case are fine; blank lines are skipped.',
    moduleLabel: 'Module link (optional)',
    moduleHint: 'Paste the module’s link to count only its codes. Without a link, the page counts the most common quiz or module.',
    submit: 'Read the codes',
    readError: 'The codes could not be read. Reload the page and try again.',
    problemsTitle: 'Lines not counted',
    problemsNone: 'Every line is a valid code.',
    problemsSome: 'Lines not counted: {n}.',
    problemLine: 'Line {line}',
    reasons: {
      malformed: 'not a result code (unexpected characters or shape)',
      checksum: 'a typo: the check does not match (one character wrong, or two swapped?)',
      truncated: 'too short: part of the code is missing (or it is not a code)',
      'too-long': 'too long to be a result code',
      version: 'made by a newer version of the site',
      stale: 'made for an older version of the quiz (its questions have changed since)',
      duplicate: 'same code as line {of}',
      'other-module': 'a result of another quiz or module: not counted',
    },
    moduleReasons: {
      malformed: 'this is not a module link',
      checksum: 'the link was changed or cut short',
      version: 'a link made by a newer version of the site',
      stale: 'a link made for an older version of the quizzes',
      'unknown-chapter': 'the link names an unknown chapter',
      'unknown-question': 'the link names an unknown question',
      empty: 'the link holds no question',
      'too-long': 'the link is too long',
    },
    moduleUsed: 'Module counted: {name}',
    moduleBad: 'Module link not used: {reason}. The codes are counted without it.',
    summaryTitle: 'Summary',
    summaryNone: 'No valid code to count.',
    count: 'Results counted: {n}',
    mean: 'Mean score: {mean} / {total}',
    dates: 'Dates: {from} to {to}',
    tableTitle: 'Answers per question',
    tableCaption: 'Number of students per outcome, for each question',
    colChapter: 'Chapter',
    colQuestion: 'Question',
    colRight: 'Right',
    colPartial: 'Partly right',
    colWrong: 'Wrong',
    colUnanswered: 'Unanswered',
    colPercent: '% right',
    chartTitle: 'Share of right answers per question',
    chartLabel: 'Bar chart: share of right answers for each of the {n} questions; the values are in the table.',
    chartNote: 'The table above gives the same values.',
    questionShort: 'Q{n}',
    hub: 'Teachers’ area',
  },
};

export { fill } from '../../lib/fill';
