/**
 * A Moodle GIFT writer: a quiz (src/schemas/quiz.ts) in one language → the
 * text of a `.gift` file that Moodle imports (Question bank → Import → GIFT).
 * Pure: no Astro, no file system; the caller passes the words around the
 * questions (header lines, category names, the ordering labels) so that they
 * come from the UI dictionaries.
 *
 *   giftDocument({
 *     header: ['Visage public — quiz', 'Licence: CC BY-SA 4.0'],
 *     sections: [{ category: 'Visage public/1 The Clearview case', questions }],
 *     lang: 'en', position: (n) => `Position ${n}`, orderingNote: 'Ordering, as matching',
 *     unit: (u) => `(unit: ${u})`, ordering: 'matching',
 *   });
 *
 * How each type is written (GIFT reference: docs.moodle.org/en/GIFT_format):
 * - single     `{=right#feedback ~wrong#feedback ####explanation}`
 * - multiple   `{~%50%right ~%50%right ~%-50%wrong …}`: every correct option
 *              weighs 100/k % and every wrong one −100/k % (k correct), and
 *              Moodle floors the question at 0: exactly the site's own rule
 *              (src/lib/quiz/score.ts: (right ticked − wrong ticked) ÷ k, floored
 *              at 0). Why not −100/w (w wrong): with one wrong option, one wrong
 *              tick cost −100 % and wiped out every right one, and the same
 *              answer scored differently in Moodle and on the site. Moodle
 *              accepts only its own list of fractions (1/1 … 1/10, 1/20): a
 *              question with another number of correct options throws.
 * - true-false `{T####explanation}` / `{F####…}`
 * - matching   `{=left -> right …}`
 * - numeric    `{#answer:tolerance####…}` at the end, the unit in the question
 *              text ("Amount? (unit: million euros) {#20:0}"): text after the
 *              braces would make Moodle write a "_____" blank into the question.
 * - ordering   with `ordering: 'ordering'` (Moodle 4.4 and later, whose core
 *              ordering type reads its own GIFT syntax before the core parser):
 *              `{>4 ALL VERTICAL RELATIVE_ALL_PREVIOUS_AND_NEXT SHOW 123` then
 *              one item per line in the right order, then `####explanation}`.
 *              All items shown, graded as the site does (the share of pairs in
 *              the right relative order). That importer keeps each item line as
 *              it is, without undoing GIFT escapes, so an item cannot be escaped:
 *              one holding `{`, `}`, `\` or a line break throws here (see
 *              orderingItem), rather than reach Moodle broken.
 *              With `ordering: 'matching'` (every Moodle), as GIFT itself has
 *              no ordering type, it is exported as a MATCHING question
 *              "Position 1 -> first item, Position 2 -> second …", with a
 *              `//` comment line saying so. Why not omit it: the question
 *              keeps its place and its points in the teacher's
 *              quiz, and Moodle grades it (one point share per position)
 *              without any plugin. The left side is the position, not the
 *              item, because Moodle may show the left side in file order:
 *              items in file order would give the answer away, positions in
 *              order give nothing away; the items are the drop-down, which
 *              Moodle always shuffles.
 *
 * Every text is escaped (but an ordering item in Moodle's ordering syntax):
 * `\` first, then `~ = # { } :`, each with a backslash, and a line break as
 * `\n` (a raw blank line would end the question). GIFT cannot escape `->`,
 * so a matching left side that holds one gets `→` instead. Texts are GIFT's
 * default Moodle format: plain prose.
 */
import type { Locale } from '../schemas/localized';
import type { Question } from '../schemas/quiz';

export interface GiftOptions {
  lang: Locale;
  /** Left side of an ordering question exported as matching: 1 → "Position 1". */
  position: (n: number) => string;
  /** A `//` comment placed before each ordering question exported as matching (why it looks like matching). */
  orderingNote: string;
  /** The unit of a numeric question as written after its prompt: "million euros" → "(in million euros)". */
  unit: (unit: string) => string;
  /** How ordering questions are written: `ordering` (Moodle 4.4+ ordering type) or `matching` (every Moodle). */
  ordering: GiftOrdering;
}

/** The two forms of an ordering question: Moodle 4.4+'s own type, or matching for older Moodles. */
export type GiftOrdering = 'ordering' | 'matching';

export interface GiftSection {
  /** Moodle category path, segments separated by `/` (a `/` inside a segment: write `//`). */
  category: string;
  questions: Question[];
}

export interface GiftDocument extends GiftOptions {
  /** Comment lines at the top (source, language, date, licence), without `//`. */
  header: string[];
  sections: GiftSection[];
}

/**
 * Escapes one text for GIFT.
 * @example escapeGift('l’article 6 : base légale') // 'l’article 6 \\: base légale'
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}

/** A number as GIFT wants it: plain decimal notation, never `1e-7` or `6e+10`. */
export function giftNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`GIFT: not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** Moodle's grade fractions for a share of 1/d: d in 1…10 or 20 (question_bank::fraction_options_full). */
const MOODLE_DIVISORS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]);

/**
 * The percentage each option of a `multiple` question weighs: 100/k for each
 * of k correct options and −100/k for each wrong one, written with at most
 * five decimals (Moodle matches fractions to 1e-5). With Moodle's floor at 0,
 * a response scores max(0, right ticked − wrong ticked) ÷ k, as on the site.
 * @example multipleWeights(2) // { right: '50', wrong: '-50' }
 * @example multipleWeights(3) // { right: '33.33333', wrong: '-33.33333' }
 */
export function multipleWeights(correct: number): { right: string; wrong: string } {
  if (!MOODLE_DIVISORS.has(correct)) throw new Error(`GIFT: Moodle cannot weigh ${correct} correct options equally (1–10 or 20 only)`);
  const pct = (x: number) => String(Number(x.toFixed(5)));
  return { right: pct(100 / correct), wrong: pct(-100 / correct) };
}

/**
 * One item of an ordering question in Moodle's ordering syntax, trimmed.
 * Throws when the item cannot be written there: `{` or `}` would end the
 * answer block, a `\` would be read as (or make) a GIFT escape that the
 * ordering importer never undoes, a line break would split the item in two,
 * a line starting with `//` is a GIFT comment, and an empty item would be
 * dropped. `:`, `#`, `=`, `~` and `->` are safe:
 * that importer takes each line as it is.
 * @example orderingItem('Article 6 : base légale', 'q1') // 'Article 6 : base légale'
 */
export function orderingItem(text: string, where: string): string {
  const t = text.trim();
  const bad = /[{}\\\r\n]|^\/\//.exec(t);
  if (bad || !t) {
    const what = t ? JSON.stringify(bad![0]) : '(empty)';
    throw new Error(`GIFT: Moodle's ordering syntax cannot carry this item of "${where}": ${what} in ${JSON.stringify(text)}`);
  }
  return t;
}

/** `#feedback` after an option, when it has one. */
const feedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');

/** The answer block's lines (without braces). */
function answerBlock(q: Question, o: GiftOptions): { lines: string[] } {
  const { lang } = o;
  switch (q.type) {
    case 'single':
      return {
        lines: q.options.map((opt) => `${opt.id === q.answer ? '=' : '~'}${escapeGift(opt.text[lang])}${feedback(opt.explanation?.[lang])}`),
      };
    case 'multiple': {
      const right = new Set(q.answers);
      const w = multipleWeights(right.size);
      return {
        lines: q.options.map((opt) => `~%${right.has(opt.id) ? w.right : w.wrong}%${escapeGift(opt.text[lang])}${feedback(opt.explanation?.[lang])}`),
      };
    }
    case 'true-false':
      return { lines: [q.answer ? 'T' : 'F'] };
    case 'matching':
      return { lines: q.pairs.map((p) => `=${escapeGift(p.left[lang].replace(/->/g, '→'))} -> ${escapeGift(p.right[lang])}`) };
    case 'ordering':
      if (o.ordering === 'ordering') {
        const n = q.items.length;
        return { lines: [`>${n} ${ORDERING_OPTIONS}`, ...q.items.map((it) => orderingItem(it.text[lang], `${q.id}/${it.id}`))] };
      }
      return { lines: q.items.map((it, i) => `=${escapeGift(o.position(i + 1).replace(/->/g, '→'))} -> ${escapeGift(it.text[lang])}`) };
    case 'numeric':
      return { lines: [`#${giftNumber(q.answer)}:${giftNumber(q.tolerance)}`] };
  }
}

/**
 * After `>N` (items shown: all of them): select ALL, VERTICAL layout, grading
 * RELATIVE_ALL_PREVIOUS_AND_NEXT (each item scores the items rightly before
 * and after it: the share of pairs in the right relative order, the site's
 * rule), SHOW the grading details, items numbered 123. Every option is
 * written, so that no item can be read as an option.
 */
const ORDERING_OPTIONS = ['ALL', 'VERTICAL', 'RELATIVE_ALL_PREVIOUS_AND_NEXT', 'SHOW', '123'].join(' ');

/**
 * One question as GIFT, without a trailing blank line. `n` (1-based) prefixes
 * the title so that Moodle's question bank lists the questions in quiz order.
 * @example giftQuestion(q, 3, opts) // '::03 fine-amount::Amount? (unit\\: €M) {#20:0####Because…}'
 */
export function giftQuestion(q: Question, n: number, o: GiftOptions): string {
  const { lines } = answerBlock(q, o);
  const title = `${String(n).padStart(2, '0')} ${q.id}`;
  const note = q.type === 'ordering' && o.ordering === 'matching' ? [`// ${oneLine(o.orderingNote)}`] : [];
  const prompt = q.type === 'numeric' && q.unit ? `${q.prompt[o.lang]} ${o.unit(q.unit[o.lang])}` : q.prompt[o.lang];
  const head = `::${escapeGift(title)}::${escapeGift(prompt)}`;
  const general = `####${escapeGift(q.explanation[o.lang])}`;
  // A one-token answer stays on the brace line, as in Moodle's own examples.
  // Nothing follows the closing brace: Moodle would read a missing-word question.
  if (q.type === 'true-false' || q.type === 'numeric') return [...note, `${head} {${lines[0]}${general}}`].join('\n');
  return [...note, `${head} {`, ...lines, general, '}'].join('\n');
}

/** A comment or category line must stay on one line. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * A `$CATEGORY:` line. Moodle reads the rest of the line as a path, with no
 * GIFT escaping; `/` separates levels.
 */
export function giftCategory(path: string): string {
  return `$CATEGORY: ${oneLine(path)}`;
}

/** A whole file: header comments, then per section a `$CATEGORY:` line and its questions, blank lines between. */
export function giftDocument(doc: GiftDocument): string {
  const blocks: string[] = doc.header.length ? [doc.header.map((h) => `// ${oneLine(h)}`).join('\n')] : [];
  for (const s of doc.sections) {
    blocks.push(giftCategory(s.category));
    s.questions.forEach((q, i) => blocks.push(giftQuestion(q, i + 1, doc)));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A category path segment: Moodle reads `//` as a `/` inside a name. */
export const categorySegment = (name: string) => oneLine(name).replace(/\//g, '//');
