/**
 * The three ready-made sequences of the teachers' hub, as data: what is
 * language-neutral (minutes, chapters, quizzes, resources) is written once in
 * SEQUENCES; the words live in SEQUENCE_TEXT, one object per language with
 * the same shape (tests/unit/teachers-sequences.test.ts checks both, and
 * that every session adds up to its stated length).
 *
 * A page never retypes a duration: it adds up the activities with
 * `sessionMinutes` / `sequenceMinutes`.
 *
 *   const s = SEQUENCES[0];
 *   sequenceMinutes(s)            // 60
 *   SEQUENCE_TEXT.fr[s.id].title  // 'L’affaire Clearview en une heure'
 *
 * Reading activities name the chapters they cover in `reads`; their minutes
 * are at least the chapters' own reading time (`minutes` in the frontmatter),
 * or the longest of them when groups read different chapters (`split`).
 */
import type { ChapterId } from '../../schemas/chapter';
import type { Locale } from '../../schemas/localized';

export type SequenceId = 'one-hour' | 'two-hours' | 'unit';
export type ActivityKind = 'opening' | 'reading' | 'explore' | 'quiz' | 'discussion' | 'debate' | 'assessment';

/**
 * A place inside a chapter, by its heading anchor in each language (the
 * github-slugger slug Astro gives the heading; checked against the MDX by
 * the unit test).
 */
export interface Section {
  chapter: ChapterId;
  anchor: Record<Locale, string>;
}

const discussion = (chapter: ChapterId): Section => ({ chapter, anchor: { fr: 'pistes-de-discussion', en: 'discussion-prompts' } });

/** The chapter sections a sequence points at: explorables, debate kit, discussion prompts. */
export const SECTIONS = {
  claims: { chapter: 'clearview-case', anchor: { fr: 'une-croissance-revendiquée-par-lentreprise', en: 'growth-claimed-by-the-company' } },
  crawl: { chapter: 'scraping', anchor: { fr: 'à-vous-un-moissonnage-en-miniature', en: 'try-it-a-crawl-in-miniature' } },
  threshold: { chapter: 'biometric-templates', anchor: { fr: 'deux-sortes-derreurs', en: 'two-kinds-of-error' } },
  gallery: {
    chapter: 'biometric-templates',
    anchor: { fr: 'plus-la-base-est-grande-plus-les-fausses-correspondances-se-multiplient', en: 'why-bigger-galleries-mean-more-false-matches' },
  },
  lawApplies: {
    chapter: 'gdpr',
    anchor: { fr: 'le-rgpd-sapplique-t-il-à-une-entreprise-américaine', en: 'does-the-gdpr-apply-to-a-company-in-the-united-states' },
  },
  lawBasis: { chapter: 'gdpr', anchor: { fr: 'six-bases-légales-aucune-ne-convient', en: 'six-lawful-bases-and-none-that-fits' } },
  letter: { chapter: 'your-rights', anchor: { fr: 'rédiger-sa-demande', en: 'writing-your-request' } },
  debateKit: { chapter: 'debate', anchor: { fr: 'un-débat-clé-en-main', en: 'a-ready-class-debate' } },
  discussScraping: discussion('scraping'),
  discussTemplates: discussion('biometric-templates'),
  discussGdpr: discussion('gdpr'),
} as const satisfies Record<string, Section>;
export type SectionId = keyof typeof SECTIONS;

/** Something an activity links to; the page turns it into a link with a label. */
export type Resource =
  | { kind: 'chapter'; id: ChapterId }
  | { kind: 'section'; id: SectionId }
  | { kind: 'quiz'; id: ChapterId }
  | { kind: 'worksheet'; id: ChapterId }
  | { kind: 'timeline' }
  | { kind: 'figures' }
  | { kind: 'results' };

export interface Activity {
  kind: ActivityKind;
  minutes: number;
  /** Chapters read in this activity (reading only). */
  reads?: ChapterId[];
  /** Groups read different chapters of `reads` (a jigsaw): the time is that of the longest. */
  split?: boolean;
  resources: Resource[];
}

export interface Session {
  activities: Activity[];
}

export interface Sequence {
  id: SequenceId;
  level: 'introduction' | 'intermediate';
  /** The stated length of each session; its activities must add up to it. */
  minutesPerSession: number;
  sessions: Session[];
}

const ch = (id: ChapterId): Resource => ({ kind: 'chapter', id });
const sec = (id: SectionId): Resource => ({ kind: 'section', id });
const quiz = (id: ChapterId): Resource => ({ kind: 'quiz', id });
const sheet = (id: ChapterId): Resource => ({ kind: 'worksheet', id });

export const SEQUENCES: Sequence[] = [
  {
    id: 'one-hour',
    level: 'introduction',
    minutesPerSession: 60,
    sessions: [
      {
        activities: [
          { kind: 'opening', minutes: 5, resources: [] },
          { kind: 'reading', minutes: 20, reads: ['clearview-case'], resources: [ch('clearview-case')] },
          { kind: 'explore', minutes: 10, resources: [{ kind: 'timeline' }] },
          { kind: 'quiz', minutes: 10, resources: [quiz('clearview-case'), sheet('clearview-case')] },
          { kind: 'discussion', minutes: 10, resources: [sec('claims')] },
          { kind: 'assessment', minutes: 5, resources: [] },
        ],
      },
    ],
  },
  {
    id: 'two-hours',
    level: 'introduction',
    minutesPerSession: 60,
    sessions: [
      {
        activities: [
          { kind: 'opening', minutes: 5, resources: [] },
          { kind: 'reading', minutes: 20, reads: ['scraping'], resources: [ch('scraping')] },
          { kind: 'explore', minutes: 10, resources: [sec('crawl')] },
          { kind: 'quiz', minutes: 10, resources: [quiz('scraping'), sheet('scraping')] },
          { kind: 'discussion', minutes: 15, resources: [sec('discussScraping')] },
        ],
      },
      {
        activities: [
          { kind: 'opening', minutes: 5, resources: [] },
          { kind: 'reading', minutes: 20, reads: ['biometric-templates'], resources: [ch('biometric-templates')] },
          { kind: 'explore', minutes: 15, resources: [sec('threshold'), sec('gallery')] },
          { kind: 'quiz', minutes: 10, resources: [quiz('biometric-templates'), sheet('biometric-templates')] },
          { kind: 'assessment', minutes: 10, resources: [sec('discussTemplates')] },
        ],
      },
    ],
  },
  {
    id: 'unit',
    level: 'intermediate',
    minutesPerSession: 55,
    sessions: [
      {
        activities: [
          { kind: 'opening', minutes: 5, resources: [] },
          { kind: 'reading', minutes: 20, reads: ['clearview-case'], resources: [ch('clearview-case')] },
          { kind: 'explore', minutes: 10, resources: [{ kind: 'timeline' }, { kind: 'figures' }] },
          { kind: 'quiz', minutes: 10, resources: [quiz('clearview-case'), sheet('clearview-case')] },
          { kind: 'discussion', minutes: 10, resources: [sec('claims')] },
        ],
      },
      {
        activities: [
          { kind: 'reading', minutes: 20, reads: ['scraping', 'biometric-templates'], split: true, resources: [ch('scraping'), ch('biometric-templates')] },
          { kind: 'explore', minutes: 15, resources: [sec('crawl'), sec('threshold'), sec('gallery')] },
          { kind: 'discussion', minutes: 10, resources: [sec('discussScraping'), sec('discussTemplates')] },
          { kind: 'quiz', minutes: 10, resources: [quiz('scraping'), quiz('biometric-templates')] },
        ],
      },
      {
        activities: [
          { kind: 'reading', minutes: 25, reads: ['gdpr'], resources: [ch('gdpr')] },
          { kind: 'explore', minutes: 15, resources: [sec('lawApplies'), sec('lawBasis')] },
          { kind: 'quiz', minutes: 15, resources: [quiz('gdpr'), sheet('gdpr')] },
        ],
      },
      {
        activities: [
          { kind: 'debate', minutes: 10, resources: [sec('debateKit')] },
          { kind: 'debate', minutes: 32, resources: [sec('debateKit')] },
          { kind: 'discussion', minutes: 8, resources: [sec('debateKit')] },
          { kind: 'assessment', minutes: 5, resources: [{ kind: 'results' }] },
        ],
      },
    ],
  },
];

/** Minutes of one session, added up from its activities. */
export const sessionMinutes = (s: Session) => s.activities.reduce((sum, a) => sum + a.minutes, 0);
/** Minutes of a whole sequence, added up from its activities. */
export const sequenceMinutes = (s: Sequence) => s.sessions.reduce((sum, x) => sum + sessionMinutes(x), 0);
/** Every chapter a sequence uses, in order of first appearance. */
export function sequenceChapters(s: Sequence): ChapterId[] {
  const ids = new Set<ChapterId>();
  for (const a of s.sessions.flatMap((x) => x.activities)) {
    for (const r of a.resources) {
      if (r.kind === 'chapter' || r.kind === 'quiz' || r.kind === 'worksheet') ids.add(r.id);
      if (r.kind === 'section') ids.add(SECTIONS[r.id].chapter);
    }
  }
  return [...ids];
}

export interface ActivityText {
  /** A short name, shown in bold. */
  name: string;
  /** What the teacher and the students do. */
  detail: string;
}
export interface SequenceText {
  title: string;
  /** Who it suits and what it covers, one or two sentences. */
  summary: string;
  objectives: string[];
  /** One per session, same order as SEQUENCES: a title and one text per activity. */
  sessions: { title: string; activities: ActivityText[] }[];
  /** How to assess, one item per tool. */
  assessment: string[];
  /** To go further. */
  further: string;
}

/**
 * The words, written with plain spaces; French no-break spaces are added by
 * `frenchSpacing` in strings.ts when the page reads them.
 */
export const SEQUENCE_TEXT: Record<Locale, Record<SequenceId, SequenceText>> = {
  fr: {
    'one-hour': {
      title: 'L’affaire Clearview en une heure',
      summary: 'Une première approche pour une classe qui ne connaît pas le sujet : lire le chapitre 1, situer les décisions dans le temps, vérifier ce qui a été compris.',
      objectives: [
        'Expliquer ce que vend Clearview et comment fonctionne une recherche par visage.',
        'Distinguer une affirmation de l’entreprise d’un fait vérifié, et la date de signature d’une décision de celle de son annonce.',
        'Nommer les principales règles du RGPD invoquées par les autorités européennes.',
      ],
      sessions: [
        {
          title: 'Séance unique',
          activities: [
            { name: 'Question d’ouverture', detail: 'Demandez : si vous publiez une photo en public, qui peut la réutiliser, et pour quoi faire ? Chaque élève écrit une phrase ; gardez les réponses pour la fin.' },
            { name: 'Lecture du chapitre 1', detail: 'Seul ou à deux, sur téléphone ou ordinateur. Chacun note deux faits avec leur source et une affirmation de l’entreprise.' },
            { name: 'La chronologie', detail: 'Par deux, les élèves choisissent deux décisions et notent pour chacune la date de signature et la date d’annonce. Mise en commun rapide.' },
            { name: 'Quiz du chapitre 1', detail: 'En ligne, chaque élève copie son code de résultat à la fin et vous le remet ; sans appareils, distribuez la fiche imprimée.' },
            { name: 'Retour sur la question d’ouverture', detail: 'Relisez quelques phrases du début : qu’est-ce qui a changé ? Appuyez-vous sur la section consacrée aux chiffres revendiqués pour discuter de la façon de vérifier un chiffre.' },
            { name: 'Billet de sortie', detail: 'Trois phrases : ce que vend l’entreprise, pourquoi les autorités s’y sont opposées, une question qui reste ouverte.' },
          ],
        },
      ],
      assessment: [
        'Quiz : rassemblez les codes de résultat et collez-les dans la page des résultats pour obtenir le bilan de la classe.',
        'Billet de sortie : vérifiez que chaque phrase s’appuie sur un passage du chapitre.',
      ],
      further: 'En devoir : le chapitre 2 (moissonnage) et son quiz.',
    },
    'two-hours': {
      title: 'Collecter et comparer des visages, en deux heures',
      summary: 'Deux séances d’une heure (ou un bloc de deux heures) sur la technique : comment un robot récolte des photos, puis comment un visage devient un gabarit comparé à une base. Les deux modules interactifs des chapitres 2 et 3 sont au cœur de la séquence.',
      objectives: [
        'Décrire le fonctionnement d’un robot d’indexation et ce que robots.txt peut ou ne peut pas empêcher.',
        'Expliquer comment un gabarit est comparé à une base, et pourquoi les fausses correspondances augmentent avec la taille de la base.',
        'Défendre par écrit, preuves à l’appui, une position sur la nature d’un gabarit biométrique.',
      ],
      sessions: [
        {
          title: 'Séance 1 : collecter',
          activities: [
            { name: 'Question d’ouverture', detail: 'Une photo visible sur le web est-elle libre de réutilisation ? Vote à main levée ; notez la répartition.' },
            { name: 'Lecture du chapitre 2', detail: 'Chacun note ce que le robot gardait avec chaque visage.' },
            { name: 'Le moissonnage en miniature', detail: 'Par deux, les élèves lancent le robot miniature, puis changent ce que permet le robots.txt du site et comparent ce qui est collecté. Une paire explique son résultat à la classe.' },
            { name: 'Quiz du chapitre 2', detail: 'En ligne ou sur la fiche imprimée ; les élèves copient leur code de résultat.' },
            { name: 'Discussion', detail: 'Choisissez deux des pistes de discussion du chapitre. Revenez au vote du début : quelqu’un a-t-il changé d’avis, et pourquoi ?' },
          ],
        },
        {
          title: 'Séance 2 : comparer',
          activities: [
            { name: 'Rappel', detail: 'Deux élèves résument la séance précédente en une minute chacun.' },
            { name: 'Lecture du chapitre 3', detail: 'Chacun note les deux sortes d’erreurs et un exemple de chacune.' },
            { name: 'Seuil et taille de la base', detail: 'Par deux, les élèves déplacent le seuil et notent comment évoluent les deux taux d’erreur, puis estiment avec le calculateur le nombre de fausses correspondances pour des bases de tailles différentes.' },
            { name: 'Quiz du chapitre 3', detail: 'En ligne ou sur la fiche imprimée ; les élèves copient leur code de résultat.' },
            { name: 'Argumentation écrite', detail: 'Environ 100 mots : « Un gabarit, ce n’est qu’une liste de nombres. » Êtes-vous d’accord ? Deux éléments des chapitres 2 et 3 au moins, avec la section d’où ils viennent. À terminer à la maison si besoin.' },
          ],
        },
      ],
      assessment: [
        'Quiz des chapitres 2 et 3 : codes de résultat collés dans la page des résultats, ou fiches corrigées avec le corrigé.',
        'Argumentation écrite : une position claire, deux éléments exacts, la source de chacun.',
      ],
      further: 'Pour prolonger : l’arbre de décision « Le RGPD s’applique-t-il ? » du chapitre 4 applique ces notions au droit.',
    },
    unit: {
      title: 'Clearview et le RGPD : une séquence en quatre séances',
      summary: 'Quatre séances d’environ 55 minutes : l’affaire, la technique (en groupes d’experts), le droit avec les arbres de décision, puis un débat structuré préparé à partir du chapitre 8.',
      objectives: [
        'Retracer l’affaire dans l’ordre, en distinguant les faits des affirmations de l’entreprise.',
        'Expliquer comment les images sont collectées et comparées, et pourquoi les erreurs comptent à grande échelle.',
        'Appliquer à Clearview le champ d’application territorial du RGPD et la recherche d’une base légale.',
        'Construire et défendre un argument dans un débat où chaque affirmation repose sur une source.',
      ],
      sessions: [
        {
          title: 'Séance 1 : l’affaire',
          activities: [
            { name: 'Question d’ouverture', detail: 'Que voudriez-vous savoir sur une entreprise capable de retrouver votre nom à partir d’une photo ? Les questions sont notées au tableau.' },
            { name: 'Lecture du chapitre 1', detail: 'Chacun note deux faits avec leur source et une affirmation de l’entreprise.' },
            { name: 'Chronologie et chiffres', detail: 'Par deux : sur la chronologie, la date de signature et celle d’annonce de deux décisions ; sur la page des chiffres, ce que montre un graphique et ce qu’il ne montre pas.' },
            { name: 'Quiz du chapitre 1', detail: 'En ligne (code de résultat) ou sur la fiche imprimée.' },
            { name: 'Faits et affirmations', detail: 'Reprenez les questions du début. Lesquelles ont une réponse vérifiée ? Lesquelles reposent sur des chiffres avancés par l’entreprise ?' },
          ],
        },
        {
          title: 'Séance 2 : collecter et comparer (groupes d’experts)',
          activities: [
            { name: 'Lecture en deux groupes', detail: 'La moitié de la classe lit le chapitre 2, l’autre moitié le chapitre 3.' },
            { name: 'Les modules interactifs', detail: 'Par deux, dans chaque groupe : le moissonnage en miniature pour le chapitre 2, le seuil et le calculateur de base pour le chapitre 3. Chaque paire prépare trois phrases d’explication.' },
            { name: 'Échange entre groupes', detail: 'Une paire de chaque groupe s’explique mutuellement son chapitre, à l’aide des pistes de discussion.' },
            { name: 'Quiz', detail: 'Chaque élève fait le quiz du chapitre qu’il a lu et copie son code de résultat.' },
          ],
        },
        {
          title: 'Séance 3 : le droit',
          activities: [
            { name: 'Lecture du chapitre 4', detail: 'Chacun relève les articles cités et ce que chacun exige.' },
            { name: 'Les arbres de décision', detail: 'Par deux, les élèves parcourent « Le RGPD s’applique-t-il ? » puis l’arbre des bases légales, d’abord pour Clearview, ensuite pour un cas proche de leur vie (un club photo, un réseau social) ; ils comparent les chemins suivis.' },
            { name: 'Quiz du chapitre 4', detail: 'En ligne (code de résultat) ou sur la fiche imprimée. Avant la séance 4, attribuez les rôles du débat.' },
          ],
        },
        {
          title: 'Séance 4 : le débat',
          activities: [
            { name: 'Préparation', detail: 'Chaque groupe lit son rôle dans le débat clé en main du chapitre 8 et choisit trois fiches de preuves.' },
            { name: 'Débat', detail: 'Selon le déroulé du chapitre : déclarations d’ouverture, contre-interrogatoire, questions de la salle, conclusions. Le modérateur demande la source de chaque affirmation.' },
            { name: 'Bilan', detail: 'Sortez des rôles et reprenez les questions de bilan du chapitre.' },
            { name: 'Consigne finale', detail: 'Présentez l’argumentation écrite à rendre et rappelez de coller les codes de résultat des quiz.' },
          ],
        },
      ],
      assessment: [
        'Quiz des chapitres 1 à 4 : les élèves copient leur code de résultat après chaque quiz ; la page des résultats en fait le bilan pour la classe. Sur papier : fiches corrigées avec les corrigés.',
        'Débat : notez si chaque affirmation renvoie à une fiche de preuves ou à une source (le rôle du modérateur).',
        'Argumentation écrite finale (environ 300 mots) sur la motion du débat, avec au moins trois sources du cours.',
      ],
      further: 'Pour prolonger : les chapitres 5 à 7 (sanctions, police, vos droits). Le générateur de lettre du chapitre 7 fait un bon devoir pratique : rédiger une demande d’accès, sans l’envoyer.',
    },
  },
  en: {
    'one-hour': {
      title: 'The Clearview case in one hour',
      summary: 'A first approach for a class new to the subject: read chapter 1, place the decisions in time, check what was understood.',
      objectives: [
        'Explain what Clearview sells and how a face search works.',
        'Tell a company claim from a verified fact, and the day a decision was signed from the day it was announced.',
        'Name the main GDPR rules European regulators relied on.',
      ],
      sessions: [
        {
          title: 'One session',
          activities: [
            { name: 'Opening question', detail: 'Ask: if you post a photo publicly, who may reuse it, and for what? Each student writes one sentence; keep the answers for the end.' },
            { name: 'Read chapter 1', detail: 'Alone or in pairs, on a phone or a computer. Everyone notes two facts with their source and one claim made by the company.' },
            { name: 'The timeline', detail: 'In pairs, students pick two decisions and note for each the day it was signed and the day it was announced. Quick pooling.' },
            { name: 'Chapter 1 quiz', detail: 'Online, each student copies the result code at the end and hands it in; without devices, hand out the printed worksheet.' },
            { name: 'Back to the opening question', detail: 'Read a few of the opening sentences again: what has changed? Use the section on the growth the company claims to discuss how to check a figure.' },
            { name: 'Exit ticket', detail: 'Three sentences: what the company sells, why regulators objected, and one question still open.' },
          ],
        },
      ],
      assessment: [
        'Quiz: collect the result codes and paste them on the results page for a class summary.',
        'Exit ticket: check that each sentence rests on a passage of the chapter.',
      ],
      further: 'As homework: chapter 2 (web scraping) and its quiz.',
    },
    'two-hours': {
      title: 'Collecting and comparing faces, in two hours',
      summary: 'Two one-hour sessions (or one two-hour block) on the technology: how a robot harvests photos, then how a face becomes a template compared against a gallery. The interactive pieces of chapters 2 and 3 are at its heart.',
      objectives: [
        'Describe how a web crawler works and what robots.txt can and cannot prevent.',
        'Explain how a template is compared against a gallery, and why false matches grow with the size of the gallery.',
        'Defend in writing, with evidence, a position on what a biometric template is.',
      ],
      sessions: [
        {
          title: 'Session 1: collecting',
          activities: [
            { name: 'Opening question', detail: 'Is a photo you can see on the web free to reuse? Take a show of hands and note the split.' },
            { name: 'Read chapter 2', detail: 'Everyone notes what the robot kept with each face.' },
            { name: 'The crawl in miniature', detail: 'In pairs, students run the miniature crawl, then change what the site’s robots.txt allows and compare what is collected. One pair explains its result to the class.' },
            { name: 'Chapter 2 quiz', detail: 'Online or on the printed worksheet; students copy their result code.' },
            { name: 'Discussion', detail: 'Pick two of the chapter’s discussion prompts. Return to the opening vote: has anyone changed their mind, and why?' },
          ],
        },
        {
          title: 'Session 2: comparing',
          activities: [
            { name: 'Recap', detail: 'Two students sum up the previous session in one minute each.' },
            { name: 'Read chapter 3', detail: 'Everyone notes the two kinds of error and an example of each.' },
            { name: 'Threshold and gallery size', detail: 'In pairs, students move the threshold and note how the two error rates change, then use the calculator to estimate the false matches for galleries of different sizes.' },
            { name: 'Chapter 3 quiz', detail: 'Online or on the printed worksheet; students copy their result code.' },
            { name: 'Written argument', detail: 'About 100 words: “A template is just a list of numbers.” Do you agree? At least two pieces of evidence from chapters 2 and 3, each with the section it comes from. Finish at home if needed.' },
          ],
        },
      ],
      assessment: [
        'Chapter 2 and 3 quizzes: result codes pasted on the results page, or worksheets marked with the answer key.',
        'Written argument: a clear position, two accurate pieces of evidence, the source of each.',
      ],
      further: 'To go further: the “Does the GDPR apply?” decision tree in chapter 4 carries these ideas into the law.',
    },
    unit: {
      title: 'Clearview and the GDPR: a four-session unit',
      summary: 'Four sessions of about 55 minutes: the case, the technology (in expert groups), the law with the decision trees, then a structured debate prepared from chapter 8.',
      objectives: [
        'Recount the case in order, telling facts from the company’s claims.',
        'Explain how images are collected and compared, and why errors matter at scale.',
        'Apply the GDPR’s territorial scope and the search for a lawful basis to Clearview.',
        'Build and defend an argument in a debate where every claim rests on a source.',
      ],
      sessions: [
        {
          title: 'Session 1: the case',
          activities: [
            { name: 'Opening question', detail: 'What would you want to know about a company that can find your name from a photo? Write the questions on the board.' },
            { name: 'Read chapter 1', detail: 'Everyone notes two facts with their source and one claim made by the company.' },
            { name: 'Timeline and figures', detail: 'In pairs: on the timeline, the signing and announcement dates of two decisions; on the figures page, what one chart shows and what it does not.' },
            { name: 'Chapter 1 quiz', detail: 'Online (result code) or on the printed worksheet.' },
            { name: 'Facts and claims', detail: 'Go back to the opening questions. Which have a verified answer? Which rest on figures put forward by the company?' },
          ],
        },
        {
          title: 'Session 2: collecting and comparing (expert groups)',
          activities: [
            { name: 'Reading in two groups', detail: 'Half the class reads chapter 2, the other half chapter 3.' },
            { name: 'The interactive pieces', detail: 'In pairs within each group: the miniature crawl for chapter 2, the threshold and gallery calculator for chapter 3. Each pair prepares three sentences of explanation.' },
            { name: 'Across the groups', detail: 'A pair from each group explain their chapter to each other, using the discussion prompts.' },
            { name: 'Quiz', detail: 'Each student takes the quiz of the chapter they read and copies the result code.' },
          ],
        },
        {
          title: 'Session 3: the law',
          activities: [
            { name: 'Read chapter 4', detail: 'Everyone lists the articles cited and what each requires.' },
            { name: 'The decision trees', detail: 'In pairs, students walk through “Does the GDPR apply?” and then the lawful-basis tree, first for Clearview, then for a case close to their lives (a photo club, a social network); they compare the paths they took.' },
            { name: 'Chapter 4 quiz', detail: 'Online (result code) or on the printed worksheet. Before session 4, hand out the debate roles.' },
          ],
        },
        {
          title: 'Session 4: the debate',
          activities: [
            { name: 'Preparation', detail: 'Each group reads its role in chapter 8’s ready class debate and picks three evidence cards.' },
            { name: 'Debate', detail: 'Following the chapter’s plan: opening statements, cross-examination, open floor, closing statements. The moderator asks for the source of every claim.' },
            { name: 'Debrief', detail: 'Step out of the roles and go through the chapter’s debrief questions.' },
            { name: 'Final task', detail: 'Set the written argument and remind students to hand in their quiz result codes.' },
          ],
        },
      ],
      assessment: [
        'Quizzes for chapters 1 to 4: students copy their result code after each quiz; the results page sums them up for the class. On paper: worksheets marked with the answer keys.',
        'Debate: note whether each claim points to an evidence card or a source (the moderator’s role).',
        'Final written argument (about 300 words) on the debate’s motion, with at least three sources from the course.',
      ],
      further: 'To go further: chapters 5 to 7 (enforcement, police, your rights). The letter generator in chapter 7 makes a good practical homework: draft an access request, without sending it.',
    },
  },
};
