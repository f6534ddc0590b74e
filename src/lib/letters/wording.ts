/**
 * The words of the request letters, one object per LETTER language (not the
 * page's: a French reader may write in English to a US company). Typed by
 * `LetterWording`, so a sentence missing in either language fails
 * `astro check`. Legal references follow Regulation (EU) 2016/679 (GDPR,
 * content/sources/gdpr-regulation-2016.yaml) in the citation style of each
 * language's official text: "Article 15(1)(g)" / « article 15,
 * paragraphe 1, point g) ». Paraphrased, never quoted at length.
 *
 * Shipped to the browser by <vp-letter>, so kept plain and short. The one
 * slot, `{images}`, is filled with our own words (`images` or nothing);
 * letter.ts assembles the parts around the reader's text and never runs a
 * template over what the reader typed.
 */
import type { Locale } from '../../schemas/localized';

export type Right = 'access' | 'erasure' | 'objection';
export const RIGHTS: readonly Right[] = ['access', 'erasure', 'objection'];

export interface LetterWording {
  /** Locale tag for the date, e.g. "en-GB" writes "26 November 2026". */
  dateLocale: string;
  /** Text before the date ("" or "Le "). */
  datePrefix: string;
  /** Blanks shown where a required field is empty, and in the no-JS templates. */
  blank: {
    requester: string;
    controller: string;
    address: string;
    email: string;
    date: string;
    details: string;
    /** Marks an optional paragraph in a template: "[If …:] ". */
    ifPhoto: string;
    ifNonEu: string;
  };
  /** File name stem per right: "request-access" → request-access-2026-11-26.txt. */
  file: Record<Right, string>;
  subject: Record<Right, string>;
  salutation: string;
  intro: Record<Right, string>;
  /** ", including every image of me …": appended when the face-search option is on. */
  images: string;
  access: { ask: string; copy: string; items: string[]; source: string; sourcePhoto: string; automated: string };
  erasure: { ask: string; grounds: string; items: string[]; alsoObjection: string; recipients: string; confirm: string };
  objection: { ask: string; basis: string; restrict: string; stop: string };
  details: string;
  photo: string;
  nonEu: string;
  deadline: string;
  free: string;
  identity: string;
  complaint: string;
  reply: string;
  closing: string;
}

export const WORDING = {
  en: {
    dateLocale: 'en-GB',
    datePrefix: '',
    blank: {
      requester: '[your name]',
      controller: '[name of the organisation]',
      address: '[postal address]',
      email: '[email address]',
      date: '[date]',
      details: '[Further details, if any: where you saw your data, or your reasons for objecting]',
      ifPhoto: '[If the organisation searches faces:] ',
      ifNonEu: '[If the organisation is not established in the EU:] ',
    },
    file: { access: 'request-access', erasure: 'request-erasure', objection: 'request-objection' },
    subject: {
      access: 'Subject: Request for access to my personal data (Article 15 GDPR)',
      erasure: 'Subject: Request for erasure of my personal data (Article 17 GDPR)',
      objection: 'Subject: Objection to the processing of my personal data (Article 21 GDPR)',
    },
    salutation: 'Dear Sir or Madam,',
    intro: {
      access: 'I am writing to exercise my right of access under Article 15 of the General Data Protection Regulation (Regulation (EU) 2016/679, “GDPR”).',
      erasure: 'I am writing to exercise my right to erasure under Article 17 of the General Data Protection Regulation (Regulation (EU) 2016/679, “GDPR”).',
      objection: 'I am writing to exercise my right to object under Article 21(1) of the General Data Protection Regulation (Regulation (EU) 2016/679, “GDPR”).',
    },
    images: ', including every image of me and any biometric data, such as face templates, derived from them',
    access: {
      ask: 'Please confirm whether or not you process personal data concerning me and, if you do, send me:',
      copy: '- a copy of all the personal data concerning me that you process{images} (Article 15(3));',
      items: [
        '- the purposes of the processing (Article 15(1)(a));',
        '- the categories of personal data concerned (Article 15(1)(b));',
        '- the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries (Article 15(1)(c));',
        '- how long the data will be stored or, if that is not possible, the criteria used to decide it (Article 15(1)(d));',
      ],
      source: '- where the data were not collected from me, any available information as to their source (Article 15(1)(g));',
      sourcePhoto: '- where the data were not collected from me, any available information as to their source, such as the address of each web page where an image of me was found (Article 15(1)(g));',
      automated: '- whether you use automated decision-making, including profiling, as referred to in Article 22, and if so meaningful information about the logic involved and its envisaged consequences for me (Article 15(1)(h)).',
    },
    erasure: {
      ask: 'Please erase without undue delay all the personal data concerning me that you process{images}.',
      grounds: 'My request is based on Article 17(1) GDPR, in particular on these grounds:',
      items: [
        '- the data are no longer necessary for the purposes for which they were collected or otherwise processed (point (a));',
        '- I object to the processing under Article 21(1) and there are no overriding legitimate grounds for it (point (c));',
        '- the data have been unlawfully processed (point (d)).',
      ],
      alsoObjection: 'This letter also serves as my objection under Article 21(1) GDPR.',
      recipients: 'Please also communicate the erasure to each recipient to whom my data have been disclosed, and tell me who those recipients are (Article 19 GDPR).',
      confirm: 'Please confirm in writing once the erasure has been carried out.',
    },
    objection: {
      ask: 'On grounds relating to my particular situation, I object to the processing of personal data concerning me{images}.',
      basis: 'Where this processing is based on your legitimate interests (Article 6(1)(f)) or on a task carried out in the public interest (Article 6(1)(e)), Article 21(1) requires you to stop processing my data unless you demonstrate compelling legitimate grounds that override my interests, rights and freedoms, or that the processing is needed to establish, exercise or defend legal claims.',
      restrict: 'While you verify whether your grounds override mine, please restrict the processing of my data (Article 18(1)(d)).',
      stop: 'Please stop processing my data, erase them (Article 17(1)(c)) and confirm this to me in writing. If you consider that you have compelling legitimate grounds, please set them out in your answer.',
    },
    details: 'Further details:',
    photo: 'As your service searches faces, you may need a photograph of me to find my data. I can send you one, provided that it is used only to handle this request and deleted afterwards.',
    nonEu: 'Although your organisation does not appear to be established in the European Union, the GDPR applies to your processing of my data, because it relates to offering goods or services to people in the Union or to monitoring their behaviour there (Article 3(2) GDPR). A controller in that position must, save for the narrow exceptions of Article 27(2), designate in writing a representative in the Union (Article 27(1) GDPR): please give me its name and contact details. This request is nonetheless addressed to you, and answering it remains your responsibility.',
    deadline: 'Please answer without undue delay and in any event within one month of receiving this request (Article 12(3) GDPR). That period may be extended by two further months only where necessary, given the complexity and number of requests, and you must then tell me so, with the reasons, within one month of receipt.',
    free: 'Acting on this request must be free of charge (Article 12(5) GDPR).',
    identity: 'I am not enclosing a copy of an identity document. If you have reasonable doubts about my identity, you may ask me for the additional information necessary to confirm it (Article 12(6) GDPR), and I will provide it.',
    complaint: 'If I receive no answer within that period, or an unsatisfactory one, I may lodge a complaint with a supervisory authority (Article 77 GDPR), for example the CNIL (Commission nationale de l’informatique et des libertés) in France.',
    reply: 'Please send your answer to the contact details given above.',
    closing: 'Yours faithfully,',
  },
  fr: {
    dateLocale: 'fr-FR',
    datePrefix: 'Le ',
    blank: {
      requester: '[vos prénom et nom]',
      controller: '[nom de l’organisme]',
      address: '[adresse postale]',
      email: '[adresse électronique]',
      date: '[date]',
      details: '[Précisions éventuelles\u00a0: où vous avez vu vos données, ou les raisons de votre opposition]',
      ifPhoto: '[Si l’organisme recherche des visages\u00a0:] ',
      ifNonEu: '[Si l’organisme n’est pas établi dans l’UE\u00a0:] ',
    },
    file: { access: 'demande-acces', erasure: 'demande-effacement', objection: 'demande-opposition' },
    subject: {
      access: 'Objet\u00a0: demande d’accès à mes données personnelles (article 15 du RGPD)',
      erasure: 'Objet\u00a0: demande d’effacement de mes données personnelles (article 17 du RGPD)',
      objection: 'Objet\u00a0: opposition au traitement de mes données personnelles (article 21 du RGPD)',
    },
    salutation: 'Madame, Monsieur,',
    intro: {
      access: 'Je vous écris pour exercer mon droit d’accès, prévu par l’article 15 du règlement général sur la protection des données (règlement (UE) 2016/679, «\u00a0RGPD\u00a0»).',
      erasure: 'Je vous écris pour exercer mon droit à l’effacement, prévu par l’article 17 du règlement général sur la protection des données (règlement (UE) 2016/679, «\u00a0RGPD\u00a0»).',
      objection: 'Je vous écris pour exercer mon droit d’opposition, prévu par l’article 21, paragraphe 1, du règlement général sur la protection des données (règlement (UE) 2016/679, «\u00a0RGPD\u00a0»).',
    },
    images: ', y compris chaque image de moi et toute donnée biométrique qui en a été tirée, comme un gabarit facial',
    access: {
      ask: 'Je vous demande de me confirmer si vous traitez ou non des données personnelles me concernant et, si c’est le cas, de me communiquer\u00a0:',
      copy: '- une copie de toutes les données personnelles me concernant que vous traitez{images} (article 15, paragraphe 3)\u00a0;',
      items: [
        '- les finalités du traitement (article 15, paragraphe 1, point a))\u00a0;',
        '- les catégories de données personnelles concernées (article 15, paragraphe 1, point b))\u00a0;',
        '- les destinataires ou catégories de destinataires auxquels les données ont été ou seront communiquées, en particulier ceux qui sont établis dans des pays tiers (article 15, paragraphe 1, point c))\u00a0;',
        '- la durée de conservation envisagée ou, si ce n’est pas possible, les critères utilisés pour la fixer (article 15, paragraphe 1, point d))\u00a0;',
      ],
      source: '- lorsque les données n’ont pas été collectées auprès de moi, toute information disponible sur leur source (article 15, paragraphe 1, point g))\u00a0;',
      sourcePhoto: '- lorsque les données n’ont pas été collectées auprès de moi, toute information disponible sur leur source, comme l’adresse de chaque page web où une image de moi a été trouvée (article 15, paragraphe 1, point g))\u00a0;',
      automated: '- l’existence éventuelle d’une prise de décision automatisée, y compris un profilage, visée à l’article 22, et dans ce cas des informations utiles sur la logique sous-jacente et sur les conséquences prévues pour moi (article 15, paragraphe 1, point h)).',
    },
    erasure: {
      ask: 'Je vous demande d’effacer dans les meilleurs délais toutes les données personnelles me concernant que vous traitez{images}.',
      grounds: 'Ma demande se fonde sur l’article 17, paragraphe 1, du RGPD, et notamment sur les motifs suivants\u00a0:',
      items: [
        '- les données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées ou traitées d’une autre manière (point a))\u00a0;',
        '- je m’oppose au traitement en vertu de l’article 21, paragraphe 1, et il n’existe pas de motif légitime impérieux pour le traitement (point c))\u00a0;',
        '- les données ont fait l’objet d’un traitement illicite (point d)).',
      ],
      alsoObjection: 'La présente lettre vaut également opposition au sens de l’article 21, paragraphe 1, du RGPD.',
      recipients: 'Je vous demande aussi de notifier cet effacement à chaque destinataire auquel mes données ont été communiquées, et de m’indiquer qui sont ces destinataires (article 19 du RGPD).',
      confirm: 'Je vous remercie de me confirmer par écrit que l’effacement a été effectué.',
    },
    objection: {
      ask: 'Pour des raisons tenant à ma situation particulière, je m’oppose au traitement des données personnelles me concernant{images}.',
      basis: 'Lorsque ce traitement est fondé sur votre intérêt légitime (article 6, paragraphe 1, point f)) ou sur une mission d’intérêt public (article 6, paragraphe 1, point e)), l’article 21, paragraphe 1, vous impose de cesser de traiter mes données, à moins que vous ne démontriez des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés, ou que le traitement est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.',
      restrict: 'Pendant que vous vérifiez si vos motifs prévalent sur les miens, je vous demande de limiter le traitement de mes données (article 18, paragraphe 1, point d)).',
      stop: 'Je vous demande de cesser de traiter mes données, de les effacer (article 17, paragraphe 1, point c)) et de me le confirmer par écrit. Si vous estimez disposer de motifs légitimes et impérieux, je vous remercie de les exposer dans votre réponse.',
    },
    details: 'Précisions\u00a0:',
    photo: 'Comme votre service recherche des visages, une photo de moi peut vous être nécessaire pour retrouver mes données. Je peux vous en envoyer une, à condition qu’elle serve uniquement au traitement de cette demande et soit supprimée ensuite.',
    nonEu: 'Bien que votre organisme ne semble pas établi dans l’Union européenne, le RGPD s’applique à votre traitement de mes données, car il est lié à l’offre de biens ou de services à des personnes qui se trouvent dans l’Union ou au suivi de leur comportement dans l’Union (article 3, paragraphe 2, du RGPD). Un responsable du traitement dans cette situation doit, sauf les exceptions limitées de l’article 27, paragraphe 2, désigner par écrit un représentant dans l’Union (article 27, paragraphe 1, du RGPD)\u00a0: je vous remercie de m’en communiquer le nom et les coordonnées. Cette demande vous reste néanmoins adressée, et il vous appartient d’y répondre.',
    deadline: 'Je vous remercie de me répondre dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de la réception de cette demande (article 12, paragraphe 3, du RGPD). Ce délai ne peut être prolongé de deux mois qu’en cas de nécessité, compte tenu de la complexité et du nombre de demandes, et vous devez alors m’en informer, en indiquant les motifs, dans le mois qui suit la réception de la demande.',
    free: 'La suite donnée à cette demande doit être gratuite (article 12, paragraphe 5, du RGPD).',
    identity: 'Je ne joins pas de copie de pièce d’identité. Si vous avez des doutes raisonnables sur mon identité, vous pouvez me demander les informations supplémentaires nécessaires pour la confirmer (article 12, paragraphe 6, du RGPD), et je vous les fournirai.',
    complaint: 'Sans réponse dans ce délai, ou en cas de réponse insatisfaisante, je pourrai introduire une réclamation auprès d’une autorité de contrôle (article 77 du RGPD), par exemple la Commission nationale de l’informatique et des libertés (CNIL) en France.',
    reply: 'Merci de m’adresser votre réponse aux coordonnées indiquées ci-dessus.',
    closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
  },
} satisfies Record<Locale, LetterWording>;
