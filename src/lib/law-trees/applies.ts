/**
 * "Does the GDPR apply?" — the order of the Regulation's own tests: material
 * scope (Art. 2 with the definitions of Art. 4), then territorial scope
 * (Art. 3). The route Clearview AI took in the decisions: personal data,
 * processed, not excluded, no EU establishment, no offer, but monitoring of
 * behaviour — Art. 3(2)(b).
 *
 * Facts: /work/shared/facts/law-and-biometrics.yaml (gdpr_3_2_b, gdpr_4_1,
 * gdpr_27) and clearview-case.yaml. Only the source ids listed in chapter 4
 * are cited.
 */
import type { LawTreeData } from './types';

const yes = { fr: 'Oui', en: 'Yes' };
const no = { fr: 'Non', en: 'No' };

export const applies: LawTreeData = {
  id: 'applies',
  title: { fr: 'Le RGPD s’applique-t-il ?', en: 'Does the GDPR apply?' },
  intro: {
    fr: 'Prenez une activité précise, par exemple une entreprise qui copie des photos de visages sur des pages web publiques pour en faire une base interrogeable. Les questions suivent l’ordre du règlement : son champ matériel, puis son champ territorial.',
    en: 'Take one activity, for instance a company that copies face photos from public web pages to build a searchable database. The questions follow the order of the Regulation: its material scope first, then its territorial scope.',
  },
  start: 'personal',
  nodes: {
    personal: {
      kind: 'question',
      text: { fr: 'S’agit-il de données personnelles ?', en: 'Are these personal data?' },
      short: { fr: 'Données personnelles ?', en: 'Personal data?' },
      help: {
        fr: 'Article 4.1 : toute information se rapportant à une personne physique identifiée ou identifiable. Une photo où l’on voit un visage permet d’identifier la personne : c’est une donnée personnelle, même publiée en accès libre.',
        en: 'Article 4(1): any information relating to an identified or identifiable natural person. A photo showing a face can identify the person in it, so it is personal data, even when anyone can see it online.',
      },
      answers: [{ label: yes, next: 'processing' }, { label: no, next: 'not-personal' }],
    },
    'not-personal': {
      kind: 'outcome',
      verdict: 'excluded',
      title: { fr: 'Le RGPD ne s’applique pas', en: 'The GDPR does not apply' },
      text: {
        fr: 'Sans information sur une personne identifiable, par exemple des statistiques d’où personne ne peut être isolé, le règlement n’a rien à protéger. Une photo de visage n’est presque jamais dans ce cas.',
        en: 'Without information about an identifiable person, such as statistics from which no one can be singled out, the Regulation has nothing to protect. A face photo is almost never in that case.',
      },
      articles: { fr: 'Article 4.1 et considérant 26 du RGPD', en: 'Art. 4(1) and Recital 26 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Définition des données personnelles ; les données anonymes sont hors champ.', en: 'Definition of personal data; anonymous data fall outside.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'La CNIL a jugé que les photos collectées par Clearview sont des données personnelles des personnes représentées.', en: 'The CNIL held that the photos Clearview collects are personal data of the people they show.' } },
      ],
    },
    processing: {
      kind: 'question',
      text: {
        fr: 'Ces données sont-elles traitées de façon automatisée, ou rangées dans un fichier ?',
        en: 'Are the data processed by automated means, or kept in a filing system?',
      },
      short: { fr: 'Traitement automatisé ?', en: 'Automated processing?' },
      help: {
        fr: 'Article 4.2 : collecter, enregistrer, organiser, conserver, consulter, utiliser, diffuser… presque toute opération est un traitement. L’article 2.1 couvre le traitement automatisé, même en partie, et les fichiers papier. Moissonner des photos, les stocker et en calculer un gabarit : tout cela est automatisé.',
        en: 'Article 4(2): collecting, recording, organising, storing, consulting, using, disclosing… almost any operation is processing. Article 2(1) covers processing by automated means, even in part, and paper filing systems. Scraping photos, storing them and computing a face template are all automated.',
      },
      answers: [{ label: yes, next: 'household' }, { label: no, next: 'not-processed' }],
    },
    'not-processed': {
      kind: 'outcome',
      verdict: 'excluded',
      title: { fr: 'Le RGPD ne s’applique pas', en: 'The GDPR does not apply' },
      text: {
        fr: 'Un usage purement manuel, hors de tout fichier (une photo papier glissée dans un tiroir), échappe au règlement. Dès qu’un ordinateur intervient, on revient dans son champ.',
        en: 'Purely manual handling outside any filing system (a paper print in a drawer) is outside the Regulation. As soon as a computer is involved, it is back in scope.',
      },
      articles: { fr: 'Articles 2.1 et 4.2 du RGPD', en: 'Arts 2(1) and 4(2) GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Champ matériel et définition du traitement.', en: 'Material scope and the definition of processing.' } },
      ],
    },
    household: {
      kind: 'question',
      text: {
        fr: 'Est-ce une activité strictement personnelle ou domestique d’un particulier ?',
        en: 'Is it a purely personal or household activity of an individual?',
      },
      short: { fr: 'Usage domestique ?', en: 'Household activity?' },
      help: {
        fr: 'Article 2.2.c : l’album de famille ou la correspondance privée d’une personne échappent au RGPD. Une entreprise qui constitue une base pour des clients n’est pas dans ce cas.',
        en: 'Article 2(2)(c): a person’s family album or private correspondence is outside the GDPR. A company building a database for its clients is not.',
      },
      answers: [{ label: yes, next: 'household-yes' }, { label: no, next: 'law-enforcement' }],
    },
    'household-yes': {
      kind: 'outcome',
      verdict: 'excluded',
      title: { fr: 'Le RGPD ne s’applique pas', en: 'The GDPR does not apply' },
      text: {
        fr: 'L’exception vise la vie privée et familiale, sans lien avec une activité professionnelle ou commerciale. Elle ne protège pas celui qui fournit les outils de ce traitement.',
        en: 'The exception covers private and family life, with no link to a professional or commercial activity. It does not cover whoever provides the tools for that processing.',
      },
      articles: { fr: 'Article 2.2.c et considérant 18 du RGPD', en: 'Art. 2(2)(c) and Recital 18 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Exception domestique ; le considérant 18 la limite aux activités sans lien professionnel ou commercial.', en: 'Household exemption; Recital 18 limits it to activities with no professional or commercial link.' } },
      ],
    },
    'law-enforcement': {
      kind: 'question',
      text: {
        fr: 'Le traitement est-il fait par une autorité compétente (police, parquet…) pour prévenir ou poursuivre des infractions ?',
        en: 'Is it done by a competent authority (police, prosecutors…) to prevent, investigate or prosecute crime?',
      },
      short: { fr: 'Autorité policière ?', en: 'Law enforcement authority?' },
      help: {
        fr: 'Article 2.2.d : ces traitements relèvent de la directive « police-justice » (UE) 2016/680, transposée en droit national. Cela vise l’autorité elle-même : une entreprise privée qui vend un outil à la police n’est pas une autorité compétente.',
        en: 'Article 2(2)(d): such processing falls under the Law Enforcement Directive (EU) 2016/680, transposed into national law. This concerns the authority itself: a private company that sells a tool to the police is not a competent authority.',
      },
      answers: [{ label: yes, next: 'led' }, { label: no, next: 'establishment' }],
    },
    led: {
      kind: 'outcome',
      verdict: 'other',
      title: { fr: 'Une autre loi s’applique : la directive police-justice', en: 'Another law applies: the Law Enforcement Directive' },
      text: {
        fr: 'Le traitement d’une autorité compétente à ces fins suit la directive 2016/680 et la loi nationale qui la transpose. Ce n’est pas le cas d’un fournisseur privé, même si ses clients sont des polices.',
        en: 'Processing by a competent authority for these purposes follows Directive 2016/680 and the national law transposing it. A private supplier is not in that position, even when its clients are police forces.',
      },
      articles: { fr: 'Article 2.2.d du RGPD ; directive (UE) 2016/680', en: 'Art. 2(2)(d) GDPR; Directive (EU) 2016/680' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Exclusion des traitements des autorités compétentes en matière pénale.', en: 'Exclusion of processing by competent authorities in criminal matters.' } },
        { source: 'ukut-ico-v-clearview-2025', note: { fr: 'Pas le cas de Clearview : au Royaume-Uni, le First-tier Tribunal avait admis en 2023 que servir des polices étrangères la plaçait hors champ ; l’Upper Tribunal l’a infirmé en 2025 : le traitement de Clearview n’est pas exclu du seul fait que ses clients sont des polices étrangères (UK GDPR).', en: 'Not Clearview’s case: in the UK the First-tier Tribunal had accepted in 2023 that serving foreign police took it out of scope; the Upper Tribunal reversed this in 2025: Clearview’s processing is not excluded merely because its clients are foreign law-enforcement bodies (UK GDPR).' } },
      ],
    },
    establishment: {
      kind: 'question',
      text: {
        fr: 'Le traitement a-t-il lieu dans le cadre des activités d’un établissement dans l’Union ?',
        en: 'Is it carried out in the context of the activities of an establishment in the EU?',
      },
      short: { fr: 'Établissement dans l’UE ?', en: 'Establishment in the EU?' },
      help: {
        fr: 'Article 3.1 : un bureau, une filiale, toute installation stable dans l’UE suffit, où que le traitement se fasse. Clearview AI n’est établie qu’aux États-Unis.',
        en: 'Article 3(1): an office, a branch, any stable arrangement in the EU is enough, wherever the processing takes place. Clearview AI is established in the United States only.',
      },
      answers: [{ label: yes, next: 'established' }, { label: no, next: 'offering' }],
    },
    established: {
      kind: 'outcome',
      verdict: 'applies',
      title: { fr: 'Le RGPD s’applique (établissement dans l’UE)', en: 'The GDPR applies (establishment in the EU)' },
      text: {
        fr: 'Il s’applique, que le traitement ait lieu dans l’Union ou non. Avec un établissement principal dans l’UE, une autorité chef de file traite les dossiers transfrontaliers : c’est le « guichet unique ».',
        en: 'It applies whether or not the processing takes place in the Union. With a main establishment in the EU, one lead authority handles cross-border cases: the “one-stop shop”.',
      },
      articles: { fr: 'Articles 3.1 et 56 du RGPD', en: 'Arts 3(1) and 56 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Champ territorial ; compétence de l’autorité chef de file.', en: 'Territorial scope; competence of the lead authority.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'Pas le cas de Clearview : sans établissement dans l’UE, pas de chef de file, et chaque autorité a agi pour son territoire.', en: 'Not Clearview’s case: with no establishment in the EU there was no lead authority, and each authority acted for its own territory.' } },
      ],
    },
    offering: {
      kind: 'question',
      text: {
        fr: 'L’entreprise offre-t-elle des biens ou des services à des personnes qui se trouvent dans l’Union ?',
        en: 'Does the company offer goods or services to people in the EU?',
      },
      short: { fr: 'Offre dans l’UE ?', en: 'Offer in the EU?' },
      help: {
        fr: 'Article 3.2.a : une entreprise hors UE qui vise des personnes dans l’Union (langue, monnaie, livraison, clients européens) est couverte, que le service soit payant ou gratuit. Clearview disait n’avoir ni client ni offre dans l’UE.',
        en: 'Article 3(2)(a): a non-EU company that targets people in the Union (language, currency, delivery, EU customers) is covered, whether the service is paid for or free. Clearview said it had no client and no offer in the EU.',
      },
      answers: [{ label: yes, next: 'offering-yes' }, { label: no, next: 'monitoring' }],
    },
    'offering-yes': {
      kind: 'outcome',
      verdict: 'applies',
      title: { fr: 'Le RGPD s’applique (offre dans l’UE)', en: 'The GDPR applies (offer in the EU)' },
      text: {
        fr: 'L’entreprise doit désigner par écrit un représentant dans l’Union. Sans établissement, pas de guichet unique : chaque autorité nationale est compétente pour les personnes de son territoire.',
        en: 'The company must designate a representative in the Union in writing. With no establishment there is no one-stop shop: each national authority is competent for the people on its territory.',
      },
      articles: { fr: 'Articles 3.2.a et 27 du RGPD', en: 'Arts 3(2)(a) and 27 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Ciblage de personnes dans l’Union ; représentant dans l’UE.', en: 'Targeting people in the Union; EU representative.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'Pas le fondement retenu contre Clearview : la CNIL s’est appuyée sur le point b), le suivi du comportement.', en: 'Not the ground used against Clearview: the CNIL relied on point (b), monitoring of behaviour.' } },
      ],
    },
    monitoring: {
      kind: 'question',
      text: {
        fr: 'Le traitement est-il lié au suivi du comportement de personnes, dans la mesure où ce comportement a lieu dans l’Union ?',
        en: 'Is the processing related to monitoring the behaviour of people, as far as that behaviour takes place in the EU?',
      },
      short: { fr: 'Suivi du comportement ?', en: 'Monitoring of behaviour?' },
      help: {
        fr: 'Article 3.2.b, éclairé par le considérant 24 : suivre des personnes sur internet, y compris pour les profiler ensuite. Collecter sans cesse les photos d’une même personne, les relier aux pages d’où elles viennent et les rendre interrogeables par le visage peut en relever.',
        en: 'Article 3(2)(b), read with Recital 24: tracking people on the internet, including profiling them afterwards. Collecting a person’s photos again and again, linking them to the pages they come from and making them searchable by face can amount to this.',
      },
      answers: [{ label: yes, next: 'monitoring-yes' }, { label: no, next: 'outside' }],
    },
    'monitoring-yes': {
      kind: 'outcome',
      verdict: 'applies',
      clearview: true,
      title: { fr: 'Le RGPD s’applique (suivi du comportement)', en: 'The GDPR applies (monitoring of behaviour)' },
      text: {
        fr: 'Aucun bureau dans l’UE n’est nécessaire. L’entreprise doit désigner un représentant dans l’Union et, faute d’établissement, il n’y a pas de guichet unique : chaque autorité nationale peut agir pour les personnes de son territoire. C’est ce qui est arrivé à Clearview AI.',
        en: 'No office in the EU is needed. The company must designate a representative in the Union and, having no establishment, gets no one-stop shop: each national authority can act for the people on its territory. This is what happened to Clearview AI.',
      },
      articles: { fr: 'Articles 3.2.b et 27, considérant 24 du RGPD', en: 'Arts 3(2)(b) and 27, Recital 24 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Suivi du comportement ; représentant dans l’UE.', en: 'Monitoring of behaviour; EU representative.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'CNIL : en gardant l’adresse de chaque photo et en réunissant celles d’une même personne, prises sur des sites et à des années différentes, le moteur établit un profil ; il est donc lié au suivi du comportement des personnes en France. La CNIL a agi seule pour la France.', en: 'CNIL: by keeping the address of each photo and gathering one person’s photos from different sites and years, the engine builds a profile, so it relates to monitoring the behaviour of people in France. The CNIL acted alone for France.' } },
        { source: 'garante-ordinanza-2022', note: { fr: 'Garante (Italie) : « suivi biométrique » de personnes en Italie ; ordre de désigner un représentant dans l’UE.', en: 'Garante (Italy): “biometric monitoring” of people in Italy; ordered to designate an EU representative.' } },
        { source: 'edpb-hellenic-dpa-2022', note: { fr: 'Autorité grecque : même fondement, article 3.2.b ; manquement à l’article 27 parmi d’autres.', en: 'Hellenic DPA: the same ground, Art. 3(2)(b); a breach of Art. 27 among others.' } },
        { source: 'ap-nl-decision-2024', note: { fr: 'AP (Pays-Bas) : article 3.2.b ; manquement à l’article 27.1, faute de représentant.', en: 'Dutch AP: Art. 3(2)(b); a breach of Art. 27(1), no representative.' } },
        { source: 'ico-penalty-2022', note: { fr: 'ICO (Royaume-Uni) : même fondement dans le UK GDPR, la copie britannique du règlement.', en: 'ICO (UK): the same ground in the UK GDPR, the British copy of the Regulation.' } },
        { source: 'ukut-ico-v-clearview-2025', note: { fr: 'Upper Tribunal : le traitement des données de personnes au Royaume-Uni est lié au suivi de leur comportement, même si les clients sont des polices étrangères.', en: 'Upper Tribunal: processing data on people in the UK relates to monitoring their behaviour, even though the clients are foreign law-enforcement bodies.' } },
      ],
    },
    outside: {
      kind: 'outcome',
      verdict: 'excluded',
      title: { fr: 'Le RGPD ne s’applique pas', en: 'The GDPR does not apply' },
      text: {
        fr: 'Une entreprise hors UE qui n’offre rien aux personnes dans l’Union et ne suit pas leur comportement échappe au champ territorial, même si elle traite des données d’Européens.',
        en: 'A company outside the EU that offers nothing to people in the Union and does not monitor their behaviour is outside the territorial scope, even if it processes data about Europeans.',
      },
      articles: { fr: 'Article 3 du RGPD', en: 'Art. 3 GDPR' },
      decisions: [
        { source: 'gdpr-regulation-2016', note: { fr: 'Les trois critères de l’article 3.', en: 'The three tests of Article 3.' } },
        { source: 'cnil-san-2022-019', note: { fr: 'C’était la thèse de Clearview ; la CNIL, comme les autres autorités citées ici, l’a rejetée.', en: 'This was Clearview’s position; the CNIL, like the other authorities cited here, rejected it.' } },
      ],
    },
  },
};
