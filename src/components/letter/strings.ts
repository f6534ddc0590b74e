/**
 * Words of the letter generator's form, in the PAGE language, one object per
 * language, typed so that a key missing in either fails `astro check`. Read
 * at build time only: the few strings <vp-letter> needs (status messages)
 * reach it through data-* attributes, so the browser never downloads both
 * dictionaries. The letter's own words are in src/lib/letters/wording.ts.
 * `{n}` and `{file}` slots are filled by `fill`.
 */
import type { Locale } from '../../schemas/localized';
import type { Right } from '../../lib/letters/wording';

export interface LetterStrings {
  title: string;
  privacy: string;
  noJs: string;
  template: Record<Right, string>;
  rightLegend: string;
  rights: Record<Right, string>;
  langLegend: string;
  controllerLegend: string;
  controllerHint: string;
  requesterLegend: string;
  name: string;
  yourName: string;
  address: string;
  email: string;
  optional: string;
  details: string;
  detailsHint: string;
  optionsLegend: string;
  photo: string;
  photoHint: string;
  nonEu: string;
  nonEuHint: string;
  blanksHint: string;
  output: string;
  actions: string;
  copy: string;
  print: string;
  download: string;
  updated: string;
  copied: string;
  copyFailed: string;
  downloaded: string;
  tooLong: string;
}

export const STRINGS = {
  en: {
    title: 'Write your request letter',
    privacy: 'This tool runs entirely in your browser: what you type is neither sent anywhere nor stored, and it is gone when you close the page.',
    noJs: 'With JavaScript off, the three letters are shown as templates. Fill in the blanks in square brackets, keep or delete the optional paragraphs, then print or copy the one you need.',
    template: {
      access: 'Template: access request (Article 15 GDPR)',
      erasure: 'Template: erasure request (Article 17 GDPR)',
      objection: 'Template: objection (Article 21 GDPR)',
    },
    rightLegend: 'What do you want to ask for?',
    rights: {
      access: 'Access: find out what they hold about me and get a copy (Article 15)',
      erasure: 'Erasure: have my data deleted (Article 17)',
      objection: 'Objection: make them stop using my data (Article 21)',
    },
    langLegend: 'Language of the letter',
    controllerLegend: 'The organisation you write to',
    controllerHint: 'Its privacy policy usually gives a postal address or an email for data protection requests.',
    requesterLegend: 'You',
    name: 'Name',
    yourName: 'Your name',
    address: 'Postal address',
    email: 'Email address',
    optional: '(optional)',
    details: 'Further details',
    detailsHint: 'For example, where you saw your photos, or, for an objection, why you object. Copied into the letter exactly as typed.',
    optionsLegend: 'Options',
    photo: 'The organisation searches faces: mention my photos and offer a photo to search with',
    photoHint: 'A face search engine may need a photo of you to find your data. The letter offers one, for that purpose only.',
    nonEu: 'The organisation is not established in the European Union',
    nonEuHint: 'Adds Article 3(2), which extends the GDPR to it, and asks for its EU representative (Article 27).',
    blanksHint: 'Blanks in square brackets remain where a name is missing.',
    output: 'Your letter',
    actions: 'What to do with the letter',
    copy: 'Copy',
    print: 'Print',
    download: 'Download (.txt)',
    updated: 'Letter updated.',
    copied: 'Letter copied.',
    copyFailed: 'Could not copy: the letter is selected, press Ctrl+C (or ⌘+C).',
    downloaded: 'Downloaded: {file}.',
    tooLong: 'This field is longer than {n} characters. Please check it: the letter keeps all of it.',
  },
  fr: {
    title: 'Rédiger votre lettre de demande',
    privacy: 'Cet outil fonctionne entièrement dans votre navigateur\u00a0: ce que vous tapez n’est envoyé nulle part ni conservé, et disparaît quand vous fermez la page.',
    noJs: 'JavaScript étant désactivé, les trois lettres sont présentées comme modèles. Complétez les blancs entre crochets, gardez ou supprimez les paragraphes facultatifs, puis imprimez ou copiez celle qu’il vous faut.',
    template: {
      access: 'Modèle\u00a0: demande d’accès (article 15 du RGPD)',
      erasure: 'Modèle\u00a0: demande d’effacement (article 17 du RGPD)',
      objection: 'Modèle\u00a0: opposition (article 21 du RGPD)',
    },
    rightLegend: 'Que voulez-vous demander\u00a0?',
    rights: {
      access: 'Accès\u00a0: savoir ce qu’ils détiennent sur moi et en obtenir une copie (article 15)',
      erasure: 'Effacement\u00a0: faire supprimer mes données (article 17)',
      objection: 'Opposition\u00a0: qu’ils cessent d’utiliser mes données (article 21)',
    },
    langLegend: 'Langue de la lettre',
    controllerLegend: 'L’organisme auquel vous écrivez',
    controllerHint: 'Sa politique de confidentialité indique en général une adresse postale ou électronique pour les demandes relatives aux données.',
    requesterLegend: 'Vous',
    name: 'Nom',
    yourName: 'Vos prénom et nom',
    address: 'Adresse postale',
    email: 'Adresse électronique',
    optional: '(facultatif)',
    details: 'Précisions',
    detailsHint: 'Par exemple, où vous avez vu vos photos ou, pour une opposition, pourquoi vous vous opposez. Recopié dans la lettre tel que vous l’avez tapé.',
    optionsLegend: 'Options',
    photo: 'L’organisme recherche des visages\u00a0: mentionner mes photos et proposer une photo pour la recherche',
    photoHint: 'Un moteur de recherche de visages peut avoir besoin d’une photo de vous pour retrouver vos données. La lettre en propose une, pour ce seul usage.',
    nonEu: 'L’organisme n’est pas établi dans l’Union européenne',
    nonEuHint: 'Ajoute l’article 3, paragraphe 2, qui lui rend le RGPD applicable, et demande son représentant dans l’Union (article 27).',
    blanksHint: 'Des blancs entre crochets restent là où un nom manque.',
    output: 'Votre lettre',
    actions: 'Que faire de la lettre',
    copy: 'Copier',
    print: 'Imprimer',
    download: 'Télécharger (.txt)',
    updated: 'Lettre mise à jour.',
    copied: 'Lettre copiée.',
    copyFailed: 'Copie impossible\u00a0: la lettre est sélectionnée, appuyez sur Ctrl+C (ou ⌘+C).',
    downloaded: 'Téléchargé\u00a0: {file}.',
    tooLong: 'Ce champ dépasse {n}\u00a0caractères. Vérifiez-le\u00a0: la lettre le reprend en entier.',
  },
} satisfies Record<Locale, LetterStrings>;

/** Fills `{key}` slots of our own strings (never of the reader's text). */
export const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

/** Soft length limits per field: past them an error shows, nothing is cut. */
export const LIMITS = { name: 200, address: 500, email: 254, details: 2000 } as const;
