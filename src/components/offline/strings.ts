/**
 * Strings of the offline page (OfflinePage.astro) and its status line
 * (vp-offline-status.ts), one dictionary per language with the same keys
 * (tests/unit/sw-manifest.test.ts checks it). French typography: narrow
 * no-break space (U+202F) before ; ! ? and inside « », no-break space
 * (U+00A0) before :, apostrophe ’.
 *
 * Kept out of the shared src/i18n/*.json so that other features' edits
 * cannot collide with these.
 */
export const offlineStrings = {
  fr: {
    title: 'Lire hors ligne',
    description: 'Comment garder Visage public lisible sans connexion, en classe : une visite suffit, sur chaque appareil.',
    lead: 'Après une première visite, le site entier reste lisible sans connexion, sur le même appareil et dans le même navigateur. Rien à installer, aucun compte.',
    fallback: 'Si vous voyez cette page à la place de celle que vous avez demandée, vous êtes hors ligne et cette page n’avait pas encore été enregistrée sur cet appareil.',
    fallbackHome: 'Revenir au parcours',
    'status.checking': 'Vérification de la copie hors ligne…',
    'status.ready': 'Ce site est prêt à être lu hors ligne sur cet appareil.',
    'status.pending': 'Ce navigateur n’a pas encore fini d’enregistrer le site. Restez en ligne quelques secondes, puis rechargez cette page.',
    'status.unsupported': 'Ce navigateur ne peut pas garder de copie hors ligne de ce site (navigation privée, ou réglages qui le bloquent).',
    'prepare.title': 'Préparer une séance',
    'prepare.1': 'Avant la séance, ouvrez le site une fois, connecté, sur chaque appareil que les élèves utiliseront, dans le navigateur qu’ils utiliseront.',
    'prepare.2': 'Restez quelques secondes sur la page : le navigateur enregistre alors tout le site en arrière-plan, les deux langues comprises, sans que vous ayez rien à faire.',
    'prepare.3': 'Vérifiez : la ligne d’état en haut de cette page l’indique quand JavaScript est activé. Sinon, coupez le Wi-Fi et ouvrez un chapitre que vous n’avez pas encore lu.',
    'prepare.4': 'JavaScript doit être activé lors de cette première visite : c’est un petit script du site qui demande au navigateur d’enregistrer la copie. Chaque appareil et chaque navigateur garde sa propre copie ; une fenêtre de navigation privée ne garde rien après sa fermeture.',
    'browsers.title': 'Navigateurs et place occupée',
    'browsers.1': 'Les versions récentes de Firefox, Chrome, Edge et Safari gardent la copie, sur ordinateur comme sur tablette ou téléphone (Android, iPhone, iPad).',
    'browsers.2': 'La copie occupe quelques mégaoctets, moins de 10 Mo : toutes les pages, leur mise en forme et leurs scripts. Safari peut l’effacer si le site n’a pas été ouvert depuis quelques jours : rouvrez-le en ligne la veille de la séance.',
    'browsers.webkit': 'La règle de Safari (WebKit, en anglais) : au bout de sept jours d’utilisation de Safari sans visite du site, ses données écrites par script sont effacées, copie hors ligne comprise.',
    'updates.title': 'Mises à jour',
    'updates.1': 'Quand l’appareil est en ligne, le site vérifie à chaque page ouverte s’il existe une nouvelle version, remplace sa copie en arrière-plan et supprime l’ancienne. Une correction apparaît donc dès la visite suivante ; seules les pages modifiées sont téléchargées de nouveau.',
    'limits.title': 'Ce qui ne marche pas hors ligne',
    'limits.search': 'La recherche ne trouve hors ligne que ce qui a déjà été cherché en ligne sur l’appareil. Le glossaire et la chronologie, eux, sont toujours là.',
    'limits.sources': 'Les liens vers les sources mènent à d’autres sites : il faut une connexion pour les ouvrir.',
    'limits.downloads': 'Les fichiers à télécharger (quiz pour Moodle, données de la chronologie) ne sont gardés que s’ils ont été ouverts en ligne.',
    'limits.rest': 'Tout le reste fonctionne : chapitres, quiz, explorations interactives et progression, qui reste enregistrée dans le navigateur. Le site n’envoie jamais rien, en ligne comme hors ligne.',
    'remove.title': 'Supprimer la copie',
    'remove.1': 'Dans les réglages du navigateur, effacez les données de ce site (souvent sous « Cookies et données de site »). Le bouton de la page Confidentialité efface votre progression, pas la copie hors ligne.',
    'remove.privacy': 'Page Confidentialité',
    'alt.title': 'Autres solutions : le papier et Moodle',
    'alt.1': 'Chaque quiz existe en fiche à imprimer, avec son corrigé, et les quiz s’exportent pour Moodle.',
    'alt.sheet': 'Fiche à imprimer du quiz',
    'alt.teachers': 'Espace enseignants : fiches, modules et téléchargements',
  },
  en: {
    title: 'Reading offline',
    description: 'How to keep Public Face readable without a connection, in class: one visit is enough, on each device.',
    lead: 'After one visit, the whole site stays readable without a connection, on the same device and in the same browser. Nothing to install, no account.',
    fallback: 'If you are seeing this page instead of the one you asked for, you are offline and that page was not saved on this device yet.',
    fallbackHome: 'Back to the course',
    'status.checking': 'Checking the offline copy…',
    'status.ready': 'This site is ready to read offline on this device.',
    'status.pending': 'This browser has not finished saving the site yet. Stay online for a few seconds, then reload this page.',
    'status.unsupported': 'This browser cannot keep an offline copy of this site (private browsing, or settings that block it).',
    'prepare.title': 'Before class',
    'prepare.1': 'Before the lesson, open the site once, while online, on each device the students will use, in the browser they will use.',
    'prepare.2': 'Stay on the page for a few seconds: the browser then saves the whole site in the background, both languages included, with nothing for you to do.',
    'prepare.3': 'Check: the status line at the top of this page says so when JavaScript is on. Otherwise, turn off Wi-Fi and open a chapter you have not read yet.',
    'prepare.4': 'JavaScript must be on for that first visit: a small script of the site asks the browser to save the copy. Each device and each browser keeps its own copy; a private browsing window keeps nothing once it is closed.',
    'browsers.title': 'Browsers and space used',
    'browsers.1': 'Recent versions of Firefox, Chrome, Edge and Safari keep the copy, on computers as on tablets and phones (Android, iPhone, iPad).',
    'browsers.2': 'The copy takes a few megabytes, under 10 MB: every page, its styles and its scripts. Safari may erase it when the site has not been opened for a few days: open it again online the day before class.',
    'browsers.webkit': 'Safari’s rule (WebKit): after seven days of Safari use without a visit to the site, the data its scripts wrote is deleted, offline copy included.',
    'updates.title': 'Updates',
    'updates.1': 'When the device is online, the site checks for a new version each time a page is opened, replaces its copy in the background and deletes the old one. A correction therefore shows from the next visit; only the pages that changed are downloaded again.',
    'limits.title': 'What does not work offline',
    'limits.search': 'Offline, search only finds what was already searched for online on this device. The glossary and the timeline are always there.',
    'limits.sources': 'Links to the sources lead to other websites: opening them needs a connection.',
    'limits.downloads': 'Downloadable files (quizzes for Moodle, timeline data) are kept only if they were opened online.',
    'limits.rest': 'Everything else works: chapters, quizzes, interactive explorations and progress, which stays stored in the browser. The site never sends anything, online or offline.',
    'remove.title': 'Removing the copy',
    'remove.1': 'In the browser settings, clear this site’s data (often under “Cookies and site data”). The button on the Privacy page erases your progress, not the offline copy.',
    'remove.privacy': 'Privacy page',
    'alt.title': 'Other options: paper and Moodle',
    'alt.1': 'Every quiz comes as a printable worksheet, with its answer key, and the quizzes export to Moodle.',
    'alt.sheet': 'Printable quiz worksheet',
    'alt.teachers': 'Teachers’ area: worksheets, modules and downloads',
  },
} as const satisfies Record<'fr' | 'en', Record<string, string>>;

export type OfflineKey = keyof typeof offlineStrings.fr;
