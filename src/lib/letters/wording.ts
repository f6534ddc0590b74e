/**
 * The shape of the request letters' words, one object per LETTER language
 * (not the page's: a French reader may write in English to a US company).
 * The words themselves are in src/i18n/<lang>/letter.json under `wording`
 * (src/i18n fails the build when a language lacks one of them); letter.ts
 * binds them, and checks them against `LetterWording`. Legal references
 * follow Regulation (EU) 2016/679 (GDPR, content/sources/gdpr-regulation-2016.yaml)
 * in the citation style of each language's official text: "Article 15(1)(g)"
 * / « article 15, paragraphe 1, point g) ». Paraphrased, never quoted at length.
 *
 * Shipped to the browser by <vp-letter> (as JSON in the page), so kept plain
 * and short. The one slot, `{images}`, is filled with our own words
 * (`images` or nothing); compose.ts assembles the parts around the reader's
 * text and never runs a template over what the reader typed.
 */
export type Right = 'access' | 'erasure' | 'objection';
export const RIGHTS: readonly Right[] = ['access', 'erasure', 'objection'];

export interface LetterWording {
  /** Locale tag for the date, e.g. "en-GB" writes "26 November 2026" (src/i18n/locales.json `intl`). */
  dateLocale: string;
  /** The first of a month ("1", « 1er »: ui.json `date.firstDay`), which Intl writes "1". */
  firstDay: string;
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
