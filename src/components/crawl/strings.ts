/**
 * Words of the crawl explorable, one object per language, typed so that a
 * key missing in either language fails `astro check`. Kept here rather than
 * in src/i18n/*.json because the browser element imports them too, and the
 * whole site dictionary would be far too heavy to ship. `{name}` slots are
 * filled by `fill`. Counts are written as "label: n", so no plural rules.
 */
import type { Locale } from '../../schemas/localized';
import type { PageState } from '../../lib/crawl/crawl';
import type { SiteId } from '../../lib/crawl/web';

export interface Strings {
  title: string;
  note: string;
  svgTitle: string;
  kinds: Record<SiteId, string>;
  states: Record<PageState | 'deferred', string>;
  keyLabel: string;
  controls: string;
  step: string;
  play: string;
  pause: string;
  reset: string;
  measures: string;
  robots: string;
  private: string;
  rate: string;
  start: string;
  stepN: string;
  fetched: string;
  skipped: string;
  deferred: string;
  tail: string;
  done: string;
  endState: string;
  outcome: string;
  outcomeNoJs: string;
  table: string;
  colPerson: string;
  colSite: string;
  colPage: string;
  colPlace: string;
  none: string;
  search: string;
  searchStatic: string;
  photos: string;
  sites: string;
  pages: string;
  places: string;
  nothing: string;
}

export const STRINGS = {
  en: {
    title: 'Explorer: crawling a small invented web',
    note: 'Everything here is invented: four sites on the reserved .example domain and nine fictional people, drawn as initials.',
    svgTitle: 'Pages of the four sites and where the crawl stands',
    kinds: { chirp: 'social network', news: 'local news site', blog: 'personal blog', snap: 'photo-sharing site' },
    states: { unseen: 'not found yet', frontier: 'found, waiting in the frontier', fetched: 'fetched, faces indexed', robots: 'skipped: robots.txt', private: 'skipped: private account', deferred: 'waiting: rate limit' },
    keyLabel: 'Key',
    controls: 'Crawl controls',
    step: 'Step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    measures: 'Measures',
    robots: 'The crawler honours robots.txt',
    private: 'Dario and Esme set their accounts private',
    rate: 'Each site answers one request per step',
    start: 'Step 0 of {total}: the crawler knows one address, {seed}.',
    stepN: 'Step {n} of {total}.',
    fetched: 'Fetched: {list}.',
    skipped: 'Skipped: {list}.',
    deferred: 'Held back by a rate limit: {n}.',
    tail: 'Pages waiting: {frontier}. Faces in the database: {faces}.',
    done: 'The crawl is over.',
    endState: 'End of the crawl, no measure on: step {steps} of {steps}.',
    outcome: 'With these measures the whole crawl takes {steps} steps, fetches {fetched} of {pages} pages (skipped for robots.txt: {robots}; behind a login: {private}) and stores {faces} faces of {people} people from {sites} sites, {geotagged} of them with a place.',
    outcomeNoJs: 'With no measure on, the whole crawl takes {steps} steps, fetches {fetched} of {pages} pages and stores {faces} faces of {people} people from {sites} sites, {geotagged} of them with a place.',
    table: 'Face database (faces: {n})',
    colPerson: 'Person',
    colSite: 'Site',
    colPage: 'Page',
    colPlace: 'Place',
    none: '–',
    search: 'Search one face',
    searchStatic: 'One face search, for {name}:',
    photos: 'Photos',
    sites: 'Sites',
    pages: 'Pages',
    places: 'Places',
    nothing: 'No photo of {name} in the database yet.',
  },
  fr: {
    title: 'Explorer : moissonner un petit web inventé',
    note: 'Tout est inventé ici : quatre sites sous le domaine réservé .example et neuf personnes fictives, dessinées par leurs initiales.',
    svgTitle: 'Pages des quatre sites et avancement du moissonnage',
    kinds: { chirp: 'réseau social', news: 'journal local', blog: 'blog personnel', snap: 'site de partage de photos' },
    states: { unseen: 'pas encore trouvée', frontier: 'trouvée, en attente dans la frontière', fetched: 'téléchargée, visages indexés', robots: 'écartée : robots.txt', private: 'écartée : compte privé', deferred: 'en attente : limite de débit' },
    keyLabel: 'Légende',
    controls: 'Commandes du moissonnage',
    step: 'Pas suivant',
    play: 'Lecture',
    pause: 'Pause',
    reset: 'Recommencer',
    measures: 'Mesures',
    robots: 'Le robot respecte robots.txt',
    private: 'Dario et Esme passent leur compte en privé',
    rate: 'Chaque site ne répond qu’à une requête par pas',
    start: 'Pas 0 sur {total} : le robot connaît une adresse, {seed}.',
    stepN: 'Pas {n} sur {total}.',
    fetched: 'Téléchargées : {list}.',
    skipped: 'Écartées : {list}.',
    deferred: 'Retenues par une limite de débit : {n}.',
    tail: 'Pages en attente : {frontier}. Visages dans la base : {faces}.',
    done: 'Le moissonnage est terminé.',
    endState: 'Fin du moissonnage, sans aucune mesure : pas {steps} sur {steps}.',
    outcome: 'Avec ces mesures, le moissonnage complet prend {steps} pas, télécharge {fetched} pages sur {pages} (écartées pour robots.txt : {robots} ; derrière une connexion : {private}) et enregistre {faces} visages de {people} personnes venant de {sites} sites, dont {geotagged} avec un lieu.',
    outcomeNoJs: 'Sans aucune mesure, le moissonnage complet prend {steps} pas, télécharge {fetched} pages sur {pages} et enregistre {faces} visages de {people} personnes venant de {sites} sites, dont {geotagged} avec un lieu.',
    table: 'Base de visages (visages : {n})',
    colPerson: 'Personne',
    colSite: 'Site',
    colPage: 'Page',
    colPlace: 'Lieu',
    none: '–',
    search: 'Rechercher un visage',
    searchStatic: 'Une recherche de visage, pour {name} :',
    photos: 'Photos',
    sites: 'Sites',
    pages: 'Pages',
    places: 'Lieux',
    nothing: 'Aucune photo de {name} dans la base pour l’instant.',
  },
} satisfies Record<Locale, Strings>;

/** Fills `{key}` slots of `s` from `v`. */
export const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));
