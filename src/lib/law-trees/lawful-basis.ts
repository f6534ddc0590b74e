/**
 * "Is there a lawful basis?" — the six bases of Art. 6(1) in the order of
 * the Regulation, the three-step test of legitimate interests (purpose,
 * necessity, balancing), then, for whoever has a basis, the ban on
 * biometric identification (Art. 9(1)) and its exceptions (Art. 9(2)).
 * Clearview AI fails at the balancing step (the CNIL, 2022); the Garante,
 * the Hellenic DPA and the Dutch AP also found the Art. 9 ban breached.
 *
 * Facts: /work/shared/facts/law-and-biometrics.yaml (gdpr_6_1_f, gdpr_9,
 * gdpr_4_14, gdpr_recital_51) and clearview-case.yaml.
 */
import type { LawTreeData } from './types';

const yes = { fr: 'Oui', en: 'Yes' };
const no = { fr: 'Non', en: 'No' };

export const lawfulBasis: LawTreeData = {
  id: 'lawful-basis',
  title: { fr: 'Existe-t-il une base légale ?', en: 'Is there a lawful basis?' },
  intro: {
    fr: 'Tout traitement doit reposer sur l’une des six bases de l’article 6.1. Passez-les en revue comme le ferait une autorité face à une entreprise qui moissonne des photos de visages pour vendre un moteur de recherche.',
    en: 'Every processing needs one of the six bases of Article 6(1). Go through them as an authority would for a company that scrapes face photos to sell a search engine.',
  },
  start: 'consent',
  nodes: {
    consent: {
      kind: 'question',
      text: { fr: 'Chaque personne a-t-elle consenti à ce traitement ?', en: 'Did each person consent to this processing?' },
      short: { fr: 'Consentement ?', en: 'Consent?' },
      help: {
        fr: 'Article 6.1.a : un consentement libre, spécifique, éclairé et univoque (article 4.11). Les personnes dont les photos sont copiées sur le web n’ont jamais été sollicitées.',
        en: 'Article 6(1)(a): consent that is freely given, specific, informed and unambiguous (Article 4(11)). The people whose photos are copied from the web were never asked.',
      },
      answers: [{ label: yes, next: 'biometric' }, { label: no, next: 'contract' }],
    },
    contract: {
      kind: 'question',
      text: { fr: 'Le traitement est-il nécessaire à un contrat avec la personne ?', en: 'Is it necessary for a contract with the person?' },
      short: { fr: 'Contrat ?', en: 'Contract?' },
      help: {
        fr: 'Article 6.1.b : exécuter un contrat conclu avec la personne concernée, ou préparer sa conclusion à sa demande. Le contrat de Clearview la lie à ses clients, pas aux personnes photographiées.',
        en: 'Article 6(1)(b): performing a contract with the data subject, or steps taken at their request before one. Clearview’s contracts are with its clients, not with the people in the photos.',
      },
      answers: [{ label: yes, next: 'biometric' }, { label: no, next: 'legal-obligation' }],
    },
    'legal-obligation': {
      kind: 'question',
      text: { fr: 'Une loi oblige-t-elle à faire ce traitement ?', en: 'Does a law require this processing?' },
      short: { fr: 'Obligation légale ?', en: 'Legal obligation?' },
      help: {
        fr: 'Article 6.1.c : une obligation légale du responsable, fixée par le droit de l’Union ou d’un État membre (article 6.3). Aucune loi n’impose de constituer une base de visages.',
        en: 'Article 6(1)(c): a legal obligation on the controller, laid down by EU or Member State law (Article 6(3)). No law requires anyone to build a database of faces.',
      },
      answers: [{ label: yes, next: 'biometric' }, { label: no, next: 'vital' }],
    },
    vital: {
      kind: 'question',
      text: { fr: 'Faut-il protéger la vie d’une personne ?', en: 'Is it needed to protect someone’s life?' },
      short: { fr: 'Intérêts vitaux ?', en: 'Vital interests?' },
      help: {
        fr: 'Article 6.1.d : sauvegarder les intérêts vitaux d’une personne, une urgence au cas par cas. Il ne justifie pas une collecte massive et permanente.',
        en: 'Article 6(1)(d): protecting someone’s vital interests, an emergency case by case. It does not justify a massive, permanent collection.',
      },
      answers: [{ label: yes, next: 'biometric' }, { label: no, next: 'public-task' }],
    },
    'public-task': {
      kind: 'question',
      text: {
        fr: 'Le responsable exerce-t-il une mission d’intérêt public ou l’autorité publique que la loi lui confie ?',
        en: 'Does the controller perform a task in the public interest or official authority given to it by law?',
      },
      short: { fr: 'Mission d’intérêt public ?', en: 'Public task?' },
      help: {
        fr: 'Article 6.1.e : la mission doit être fixée par le droit de l’Union ou d’un État membre (article 6.3). Une entreprise privée qui vend un service aux polices n’en est pas investie.',
        en: 'Article 6(1)(e): the task must be laid down by EU or Member State law (Article 6(3)). A private company selling a service to police forces has not been given one.',
      },
      answers: [{ label: yes, next: 'biometric' }, { label: no, next: 'interest' }],
    },
    interest: {
      kind: 'question',
      text: {
        fr: 'Intérêt légitime, étape 1 : le responsable (ou un tiers) poursuit-il un intérêt légitime ?',
        en: 'Legitimate interests, step 1: does the controller (or a third party) pursue a legitimate interest?',
      },
      short: { fr: 'Intérêt légitime ?', en: 'Legitimate interest?' },
      help: {
        fr: 'Article 6.1.f : un intérêt licite, réel et précis, commercial par exemple. Les autorités publiques ne peuvent pas invoquer cette base pour leurs missions (dernier alinéa de l’article 6.1).',
        en: 'Article 6(1)(f): a lawful, real and precise interest, a commercial one for example. Public authorities cannot use this basis for their tasks (last subparagraph of Article 6(1)).',
      },
      answers: [{ label: yes, next: 'necessity' }, { label: no, next: 'no-interest' }],
    },
    'no-interest': {
      kind: 'outcome',
      verdict: 'unlawful',
      title: { fr: 'Pas de base légale', en: 'No lawful basis' },
      text: {
        fr: 'Aucune des six bases ne tient : le traitement est illicite et doit cesser.',
        en: 'None of the six bases holds: the processing is unlawful and must stop.',
      },
      articles: { fr: 'Article 6.1.f du RGPD', en: 'Art. 6(1)(f) GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Les six bases légales.', en: 'The six lawful bases.' } },
        { source: 'ap-nl-decision-2024', note: { fr: 'AP (Pays-Bas) : la liberté d’entreprendre ne couvre pas une activité qui revient largement à porter atteinte aux droits d’autrui ; quant à l’intérêt des clients policiers, le point f) est fermé aux autorités publiques dans leurs missions.', en: 'Dutch AP: the freedom to conduct a business does not stretch to an activity that largely amounts to infringing other people’s rights; as for the police clients’ interest, point (f) is closed to public authorities performing their tasks.' } },
      ],
    },
    necessity: {
      kind: 'question',
      text: {
        fr: 'Étape 2 : le traitement est-il nécessaire à cet intérêt ?',
        en: 'Step 2: is the processing necessary for that interest?',
      },
      short: { fr: 'Nécessaire ?', en: 'Necessary?' },
      help: {
        fr: 'Le but ne doit pas pouvoir être atteint aussi bien d’une manière moins intrusive, avec moins de données ou de personnes.',
        en: 'The purpose must not be achievable as well in a less intrusive way, with fewer data or fewer people.',
      },
      answers: [{ label: yes, next: 'balancing' }, { label: no, next: 'not-necessary' }],
    },
    'not-necessary': {
      kind: 'outcome',
      verdict: 'unlawful',
      title: { fr: 'Pas de base légale', en: 'No lawful basis' },
      text: {
        fr: 'Un intérêt légitime ne suffit pas : si un moyen moins intrusif existe, l’article 6.1.f ne peut pas fonder le traitement.',
        en: 'A legitimate interest is not enough: if a less intrusive way exists, Article 6(1)(f) cannot support the processing.',
      },
      articles: { fr: 'Article 6.1.f du RGPD', en: 'Art. 6(1)(f) GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Le traitement doit être « nécessaire » aux intérêts poursuivis.', en: 'The processing must be “necessary” for the interests pursued.' } },
      ],
    },
    balancing: {
      kind: 'question',
      text: {
        fr: 'Étape 3 : les intérêts, droits et libertés des personnes l’emportent-ils, compte tenu de ce qu’elles peuvent raisonnablement attendre ?',
        en: 'Step 3: do the people’s interests, rights and freedoms override it, given what they can reasonably expect?',
      },
      short: { fr: 'Mise en balance ?', en: 'Balancing?' },
      help: {
        fr: 'Le considérant 47 demande si les personnes peuvent raisonnablement s’attendre au traitement au moment de la collecte. Comptent aussi son caractère intrusif, le nombre de personnes touchées et les garanties offertes.',
        en: 'Recital 47 asks whether people can reasonably expect the processing when their data are collected. The intrusiveness, the number of people affected and the safeguards also count.',
      },
      answers: [
        { label: { fr: 'Oui, leurs droits l’emportent', en: 'Yes, their rights prevail' }, next: 'overridden' },
        { label: { fr: 'Non, l’intérêt prévaut', en: 'No, the interest prevails' }, next: 'biometric' },
      ],
    },
    overridden: {
      kind: 'outcome',
      verdict: 'unlawful',
      clearview: true,
      title: { fr: 'Pas de base légale : les droits des personnes l’emportent', en: 'No lawful basis: the people’s rights prevail' },
      text: {
        fr: 'L’intérêt légitime échoue à la mise en balance : le traitement n’a aucune base et viole l’article 6. C’est là que Clearview AI a échoué. Pour les données biométriques, les autorités ont aussi appliqué l’interdiction de l’article 9 : suivez l’autre réponse pour la voir.',
        en: 'Legitimate interests fail at the balancing step: the processing has no basis and breaches Article 6. This is where Clearview AI failed. For biometric data, authorities also applied the Article 9 ban: follow the other answer to see it.',
      },
      articles: { fr: 'Article 6.1.f et considérant 47 du RGPD', en: 'Art. 6(1)(f) and Recital 47 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Mise en balance et attentes raisonnables.', en: 'Balancing and reasonable expectations.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'CNIL : manquement à l’article 6. Le procédé est particulièrement intrusif et massif, et les personnes dont les photos sont en ligne ne s’attendent pas raisonnablement à ce qu’elles alimentent un système de reconnaissance faciale utilisable par d’autres.', en: 'CNIL: breach of Article 6. The process is particularly intrusive and massive, and people whose photos are online do not reasonably expect them to feed a face recognition system that others can use.' } },
        { source: 'garante-ordinanza-2022', note: { fr: 'Garante (Italie) : l’intérêt propre de Clearview ne peut servir de base ; manquement à l’article 6.', en: 'Garante (Italy): Clearview’s own interest cannot serve as a basis; breach of Article 6.' } },
        { source: 'edpb-hellenic-dpa-2022', note: { fr: 'Autorité grecque : manquement à l’article 6.', en: 'Hellenic DPA: breach of Article 6.' } },
        { source: 'ap-nl-decision-2024', note: { fr: 'AP (Pays-Bas) : manquement aux articles 5.1.a et 6.1.', en: 'Dutch AP: breach of Articles 5(1)(a) and 6(1).' } },
      ],
    },
    biometric: {
      kind: 'question',
      text: {
        fr: 'Une base existe. Des données biométriques sont-elles traitées pour identifier une personne de façon unique ?',
        en: 'A basis exists. Are biometric data processed to uniquely identify a person?',
      },
      short: { fr: 'Identification biométrique ?', en: 'Biometric identification?' },
      help: {
        fr: 'Article 4.14 et considérant 51 : une photo n’est pas en soi une donnée biométrique ; elle le devient quand un traitement technique spécifique en tire de quoi identifier la personne, comme le gabarit calculé pour chaque visage. L’article 9.1 interdit alors le traitement, sauf exception.',
        en: 'Article 4(14) and Recital 51: a photo is not biometric data as such; it becomes so when specific technical processing derives from it what identifies the person, such as the template computed for each face. Article 9(1) then prohibits the processing, save for an exception.',
      },
      answers: [{ label: yes, next: 'explicit-consent' }, { label: no, next: 'basis-found' }],
    },
    'basis-found': {
      kind: 'outcome',
      verdict: 'lawful',
      title: { fr: 'Une base légale existe', en: 'There is a lawful basis' },
      text: {
        fr: 'Le traitement peut reposer sur cette base. Le reste du règlement s’applique toujours : principes de l’article 5, information des personnes (articles 13 et 14), droits d’accès et d’effacement.',
        en: 'The processing can rest on this basis. The rest of the Regulation still applies: the principles of Article 5, informing people (Articles 13 and 14), the rights of access and erasure.',
      },
      articles: { fr: 'Articles 5 et 6.1 du RGPD', en: 'Arts 5 and 6(1) GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Base légale et principes.', en: 'Lawful basis and principles.' } },
      ],
    },
    'explicit-consent': {
      kind: 'question',
      text: { fr: 'Chaque personne a-t-elle donné son consentement explicite ?', en: 'Did each person give explicit consent?' },
      short: { fr: 'Consentement explicite ?', en: 'Explicit consent?' },
      help: {
        fr: 'Article 9.2.a : un consentement exprès, pour une ou plusieurs finalités précises. Une photo publiée n’en est pas un.',
        en: 'Article 9(2)(a): consent given expressly, for one or more specified purposes. A published photo is not one.',
      },
      answers: [{ label: yes, next: 'exception' }, { label: no, next: 'made-public' }],
    },
    'made-public': {
      kind: 'question',
      text: {
        fr: 'La personne a-t-elle elle-même manifestement rendu publiques ces données biométriques ?',
        en: 'Did the person manifestly make these biometric data public themselves?',
      },
      short: { fr: 'Rendues publiques ?', en: 'Made public?' },
      help: {
        fr: 'Article 9.2.e : l’exception que l’on pourrait invoquer pour des photos trouvées en ligne. Mais mettre une photo en ligne n’est pas rendre publique une donnée biométrique, et être trouvable sur le web ne montre pas une volonté claire de rendre ses données publiques pour tous.',
        en: 'Article 9(2)(e): the exception one might invoke for photos found online. But putting a photo online is not making biometric data public, and being findable on the web does not show a clear choice to make one’s data public to everyone.',
      },
      answers: [{ label: yes, next: 'exception' }, { label: no, next: 'other-exception' }],
    },
    'other-exception': {
      kind: 'question',
      text: {
        fr: 'Une autre exception de l’article 9.2 s’applique-t-elle ?',
        en: 'Does another exception of Article 9(2) apply?',
      },
      short: { fr: 'Autre exception ?', en: 'Another exception?' },
      help: {
        fr: 'Par exemple un motif d’intérêt public important prévu par le droit de l’Union ou d’un État membre, avec des garanties (point g), ou la défense d’un droit en justice (point f). Une loi doit le prévoir ; un intérêt commercial ne suffit pas.',
        en: 'For example reasons of substantial public interest laid down by EU or Member State law, with safeguards (point (g)), or legal claims (point (f)). A law must provide for it; a commercial interest is not enough.',
      },
      answers: [{ label: yes, next: 'exception' }, { label: no, next: 'prohibited' }],
    },
    exception: {
      kind: 'outcome',
      verdict: 'lawful',
      title: { fr: 'L’interdiction est levée', en: 'The ban is lifted' },
      text: {
        fr: 'Une exception de l’article 9.2 lève l’interdiction ; la base de l’article 6 reste nécessaire, avec les principes de l’article 5 et, pour un traitement à grande échelle, une analyse d’impact.',
        en: 'An Article 9(2) exception lifts the ban; the Article 6 basis is still needed, with the principles of Article 5 and, for large-scale processing, an impact assessment.',
      },
      articles: { fr: 'Articles 9.2 et 35.3.b du RGPD', en: 'Arts 9(2) and 35(3)(b) GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Exceptions à l’interdiction ; analyse d’impact obligatoire pour les données sensibles à grande échelle.', en: 'Exceptions to the ban; an impact assessment is required for large-scale sensitive data.' } },
      ],
    },
    prohibited: {
      kind: 'outcome',
      verdict: 'unlawful',
      clearview: true,
      title: { fr: 'Interdit : l’article 9.1 s’applique', en: 'Prohibited: Article 9(1) applies' },
      text: {
        fr: 'Sans exception, le traitement de données biométriques pour identifier des personnes est interdit, quelle que soit la base de l’article 6. Plusieurs autorités l’ont constaté pour Clearview AI.',
        en: 'With no exception, processing biometric data to identify people is prohibited, whatever the Article 6 basis. Several authorities found this of Clearview AI.',
      },
      articles: { fr: 'Articles 4.14 et 9.1 du RGPD', en: 'Arts 4(14) and 9(1) GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Données biométriques ; interdiction de principe.', en: 'Biometric data; the ban in principle.' } },
        { source: 'garante-ordinanza-2022', note: { fr: 'Garante (Italie) : manquement à l’article 9.', en: 'Garante (Italy): breach of Article 9.' } },
        { source: 'edpb-hellenic-dpa-2022', note: { fr: 'Autorité grecque : manquement à l’article 9.', en: 'Hellenic DPA: breach of Article 9.' } },
        { source: 'ap-nl-decision-2024', note: { fr: 'AP (Pays-Bas) : les vecteurs de visages sont des données biométriques (article 4.14) ; manquement à l’article 9.1. L’exception des données manifestement rendues publiques est écartée : être trouvable en ligne ne prouve pas une volonté claire et active de les rendre publiques.', en: 'Dutch AP: the face vectors are biometric data (Art. 4(14)); breach of Art. 9(1). The “manifestly made public” exception is rejected: being findable online does not prove a clear, active choice to make the data public.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'La CNIL, elle, n’a pas retenu l’article 9 : sa sanction repose sur l’article 6 et les droits des personnes.', en: 'The CNIL did not rely on Article 9: its penalty rests on Article 6 and people’s rights.' } },
      ],
    },
  },
};
