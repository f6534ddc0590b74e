/**
 * The shape of a GDPR decision tree (chapter 4), as the pure functions of
 * traverse.ts take it: the parsed file (src/schemas/law-tree.ts, one YAML
 * file per tree in content/law-trees/) with its id, the file name. Every
 * string a reader sees is a `Localized` (one per language); ids, article
 * numbers and source ids exist once, in no language.
 */
import type { LawAnswer, LawDecision, LawNode, LawOutcome, LawQuestion, LawTreeFile, Verdict } from '../../schemas/law-tree';

export type { Localized } from '../../schemas/localized';
export type { Verdict };
export type Answer = LawAnswer;
export type Decision = LawDecision;
export type Question = LawQuestion;
export type Outcome = LawOutcome;
export type TreeNode = LawNode;

/** A tree: its file's content, and its id ("applies", "lawful-basis"). */
export interface LawTreeData extends LawTreeFile {
  id: string;
}
