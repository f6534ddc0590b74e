/**
 * A GDPR decision tree (chapter 4): one YAML file per tree in
 * content/law-trees/, named by the id MDX uses (`<LawTree tree="applies" />`
 * reads content/law-trees/applies.yaml). Ids, article numbers and source ids
 * exist once; every string a reader sees is `{ fr, en }`, written as shown
 * (French with its no-break spaces).
 *
 * A tree is a small directed graph: questions lead, answer by answer, to
 * other questions or to outcomes. A question may be reached from several
 * answers (the Art. 9 check follows each Art. 6 basis), which is why nodes
 * sit in a map and answers point to ids. A schema sees one file at a time,
 * which is all a tree needs: a dead link, an unreachable node, a cycle, a
 * lone answer or an outcome citing nothing fails the build with the node
 * named (`problems()` in ./law-tree-graph.ts). Whether each cited
 * source exists in content/sources/ is checked when the tree is drawn.
 *
 * @example
 *   start: personal
 *   nodes:
 *     personal:
 *       kind: question
 *       text: { fr: "S’agit-il de données personnelles\u202f?", en: "Are these personal data?" }
 *       short: { fr: "Données personnelles\u202f?", en: "Personal data?" }
 *       help: { fr: "Article 4.1\u00a0: …", en: "Article 4(1): …" }
 *       answers:
 *         - { label: { fr: "Oui", en: "Yes" }, next: processing }
 *         - { label: { fr: "Non", en: "No" }, next: not-personal }
 */
import { z } from 'astro/zod';
import { localized } from './localized';
import { problems } from './law-tree-graph';

const nodeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'kebab-case node id expected' });

/** A real decision that illustrates an outcome. */
export const lawDecisionSchema = z.strictObject({
  /** A source id (content/sources/<id>.yaml), linked to the chapter's source list like <Cite>. */
  source: z.string().min(1),
  /** What that decision or text found, in one or two sentences. */
  note: localized,
});

/** One answer to a question. */
export const lawAnswerSchema = z.strictObject({
  /** The answer as a button reads it ("Yes", "No, the interest prevails"). */
  label: localized,
  /** The id of the node this answer leads to (a question or an outcome). */
  next: nodeId,
});

/** A question of the tree. */
export const lawQuestionSchema = z.strictObject({
  kind: z.literal('question'),
  /** The question, as asked. */
  text: localized,
  /** A few words for the path of answers ("Personal data?"). */
  short: localized,
  /** What the law says and how it reads on face photos; one or two sentences. */
  help: localized,
  /** The answers, in the order the buttons show them (Yes before No); at least two. */
  answers: z.array(lawAnswerSchema).min(2),
});

/**
 * `applies`, `lawful`: the GDPR applies / the processing may go on;
 * `excluded`: the GDPR does not apply; `other`: another law applies;
 * `unlawful`: no lawful basis, or the Art. 9 ban stands. Each has its tag
 * in src/i18n/<locale>/law.json (`verdict`).
 */
export const VERDICTS = ['applies', 'excluded', 'other', 'lawful', 'unlawful'] as const;

/** An ending of the tree. */
export const lawOutcomeSchema = z.strictObject({
  kind: z.literal('outcome'),
  /** The kind of ending, shown as a tag and a colour (see VERDICTS). */
  verdict: z.enum(VERDICTS),
  /** The result, as the card's heading. */
  title: localized,
  /** What the result means, in two or three sentences. */
  text: localized,
  /** The provisions that decide this outcome, as cited ("Art. 3(2)(b) GDPR"). */
  articles: localized,
  /** True for the ending Clearview AI reached in the decisions cited; default false. */
  clearview: z.boolean().optional(),
  /** The texts and decisions behind it, the Regulation first; at least one. */
  decisions: z.array(lawDecisionSchema).min(1),
});

export const lawNodeSchema = z.discriminatedUnion('kind', [lawQuestionSchema, lawOutcomeSchema]);

/** One tree file, before the structural checks. Its id is the file name. */
const lawTreeObject = z.strictObject({
  /** The tree's question, as its heading ("Does the GDPR apply?"). */
  title: localized,
  /** The case to keep in mind while answering, and the order of the questions. */
  intro: localized,
  /** The id of the first question. */
  start: nodeId,
  /** Every question and outcome, by id; the order is free (the lists follow the answers). */
  nodes: z.record(nodeId, lawNodeSchema),
});

/** One tree file: its shape, then its graph (see `problems`). */
export const lawTreeSchema = lawTreeObject.superRefine((tree, ctx) => {
  for (const p of problems(tree)) ctx.addIssue({ code: 'custom', message: p, path: ['nodes'] });
});

export type LawTreeFile = z.output<typeof lawTreeObject>;
export type LawNode = z.output<typeof lawNodeSchema>;
export type LawQuestion = z.output<typeof lawQuestionSchema>;
export type LawOutcome = z.output<typeof lawOutcomeSchema>;
export type LawAnswer = z.output<typeof lawAnswerSchema>;
export type LawDecision = z.output<typeof lawDecisionSchema>;
export type Verdict = (typeof VERDICTS)[number];
