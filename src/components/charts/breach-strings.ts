/**
 * Words of the breach table, one object per language, typed so that a key
 * missing in either language fails `astro check`. Kept beside the component
 * (like the crawl explorable's strings) because the article gists are part of
 * the table's design, not site chrome. Short article gists are our own
 * paraphrases of the GDPR's headings.
 */
import type { Locale } from '../../schemas/localized';
import type { BreachArticle, BreachStanding } from '../../schemas/breach';

export interface BreachStrings {
  title: string;
  subtitle: string;
  caption: string;
  region: string;
  colArticle: string;
  rowSource: string;
  article: (n: string) => string;
  gists: Record<BreachArticle, string>;
  breached: string;
  notListed: string;
  ordersTitle: string;
  outsideTitle: string;
  outsideIntro: string;
  standing: Record<BreachStanding, string>;
  decided: (date: string) => string;
  /** When only the year of the decision is known but the day it was made public is. */
  announced: (date: string) => string;
  sources: string;
  /** Between a decision and its orders: a no-break space before the colon in French. */
  colon: string;
}

export const BREACH_STRINGS: Record<Locale, BreachStrings> = {
  fr: {
    title: 'Les articles du RGPD retenus contre Clearview, autorité par autorité',
    subtitle: 'Une coche signifie que l’autorité a jugé l’article enfreint ; une case vide, qu’elle ne l’a pas retenu (ce qui ne veut pas dire qu’il était respecté). Seules figurent les décisions dont nos sources donnent les articles.',
    caption: 'Manquements au RGPD constatés par les autorités européennes',
    region: 'Tableau des manquements, défilable horizontalement',
    colArticle: 'Article',
    rowSource: 'Source',
    article: (n) => `Art. ${n}`,
    gists: {
      '5(1)(a)': 'licéité, loyauté, transparence',
      '5(1)(b)': 'limitation des finalités',
      '5(1)(c)': 'minimisation des données',
      '5(1)(e)': 'limitation de la conservation',
      '5(2)': 'responsabilité',
      '6': 'base légale',
      '9': 'données sensibles (biométrie)',
      '12': 'modalités d’exercice des droits',
      '13': 'information (données collectées auprès de la personne)',
      '14': 'information (données collectées ailleurs)',
      '15': 'droit d’accès',
      '17': 'droit à l’effacement',
      '27': 'représentant dans l’UE',
      '31': 'coopération avec l’autorité',
    },
    breached: 'manquement',
    notListed: 'non retenu',
    ordersTitle: 'Ce que chaque décision a ordonné',
    outsideTitle: 'Hors du tableau',
    outsideIntro: 'Ces décisions ne figurent pas dans la grille : elles relèvent d’une autre loi, visent une autre partie, ou nos sources n’en donnent pas les articles.',
    standing: {
      stands: 'en vigueur',
      'under-appeal': 'en appel',
      remitted: 'renvoyée devant le tribunal de première instance',
      annulled: 'annulée',
      preliminary: 'étape préalable',
    },
    decided: (date) => `décision du ${date}`,
    announced: (date) => `décision rendue publique le ${date}`,
    sources: 'Sources',
    colon: '\u00a0: ',
  },
  en: {
    title: 'The GDPR articles found breached by Clearview, authority by authority',
    subtitle: 'A tick means the authority found the article breached; an empty cell means it did not find so (not that the article was complied with). Only decisions whose articles our sources give are shown.',
    caption: 'GDPR breaches found by European authorities',
    region: 'Table of breaches, scrolls sideways',
    colArticle: 'Article',
    rowSource: 'Source',
    article: (n) => `Art. ${n}`,
    gists: {
      '5(1)(a)': 'lawfulness, fairness, transparency',
      '5(1)(b)': 'purpose limitation',
      '5(1)(c)': 'data minimisation',
      '5(1)(e)': 'storage limitation',
      '5(2)': 'accountability',
      '6': 'lawful basis',
      '9': 'special categories (biometrics)',
      '12': 'how rights are handled',
      '13': 'information (data from the person)',
      '14': 'information (data from elsewhere)',
      '15': 'right of access',
      '17': 'right to erasure',
      '27': 'EU representative',
      '31': 'cooperation with the authority',
    },
    breached: 'breached',
    notListed: 'not found',
    ordersTitle: 'What each decision ordered',
    outsideTitle: 'Outside the grid',
    outsideIntro: 'These decisions are not in the grid: they apply another law, target someone else, or our sources do not give their articles.',
    standing: {
      stands: 'in force',
      'under-appeal': 'under appeal',
      remitted: 'sent back to the first-instance tribunal',
      annulled: 'annulled',
      preliminary: 'preliminary step',
    },
    decided: (date) => `decided on ${date}`,
    announced: (date) => `decision made public on ${date}`,
    sources: 'Sources',
    colon: ': ',
  },
};
