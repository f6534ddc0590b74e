/**
 * The shape of a GDPR decision tree (chapter 4). Every string a reader sees
 * is a `{ fr, en }` pair, so a missing translation fails type-checking; ids,
 * article numbers and source ids exist once, in no language.
 *
 * A tree is a small directed graph: questions lead, answer by answer, to
 * other questions or to outcomes. A question may be reached from several
 * answers (the Art. 9 check follows each Art. 6 basis), which is why nodes
 * sit in a map and answers point to ids; the tests forbid cycles and dead
 * ends.
 */

/** A text in both languages. French is written with plain spaces; `localize` adds the no-break ones. */
export interface Bilingual { fr: string; en: string }
export type Lang = keyof Bilingual;

/** A real decision that illustrates an outcome: a source id (content/sources/) and what it found. */
export interface Decision {
  source: string;
  note: Bilingual;
}

export interface Answer {
  label: Bilingual;
  next: string;
}

export interface Question {
  kind: 'question';
  /** The question, as asked. */
  text: Bilingual;
  /** A few words for the path of answers ("Personal data?"). */
  short: Bilingual;
  /** What the law says and how it reads on face photos; one or two sentences. */
  help: Bilingual;
  answers: Answer[];
}

/**
 * `applies`, `lawful`: the GDPR applies / the processing may go on;
 * `excluded`: the GDPR does not apply; `other`: another law applies;
 * `unlawful`: no lawful basis, or the Art. 9 ban stands.
 */
export type Verdict = 'applies' | 'excluded' | 'other' | 'lawful' | 'unlawful';

export interface Outcome {
  kind: 'outcome';
  verdict: Verdict;
  title: Bilingual;
  text: Bilingual;
  /** The provisions that decide this outcome, as cited ("Art. 3(2)(b) GDPR"). */
  articles: Bilingual;
  /** The ending Clearview AI reached in the decisions cited. */
  clearview?: boolean;
  decisions: Decision[];
}

export type TreeNode = Question | Outcome;

export interface LawTreeData {
  id: 'applies' | 'lawful-basis';
  title: Bilingual;
  intro: Bilingual;
  start: string;
  nodes: Record<string, TreeNode>;
}
