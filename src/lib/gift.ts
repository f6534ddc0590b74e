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
 *   });
 *
 * How each type is written (GIFT reference: docs.moodle.org/en/GIFT_format):
 * - single     `{=right#feedback ~wrong#feedback ####explanation}`
 * - multiple   `{~%50%right ~%50%right ~%-50%wrong …}`: every correct option
 *              weighs 100/k % (k correct), every wrong one −100/w % (w wrong),
 *              so ticking everything scores 0 and guessing does not pay. Moodle
 *              accepts only its own list of fractions (1/1 … 1/10, 1/20): a
 *              question with more than 10 correct or wrong options throws.
 * - true-false `{T####explanation}` / `{F####…}`
 * - matching   `{=left -> right …}`
 * - numeric    `{#answer:tolerance####…}`, then the unit after the braces,
 *              which Moodle shows as "question _____ unit".
 * - ordering   GIFT has no ordering type. It is exported as a MATCHING
 *              question "Position 1 -> first item, Position 2 -> second …",
 *              with a `//` comment line saying so. Why not omit it: the
 *              question keeps its place and its points in the teacher's
 *              quiz, and Moodle grades it (one point share per position)
 *              without any plugin. The left side is the position, not the
 *              item, because Moodle may show the left side in file order:
 *              items in file order would give the answer away, positions in
 *              order give nothing away; the items are the drop-down, which
 *              Moodle always shuffles.
 *
 * Every text is escaped: `\` first, then `~ = # { } :`, each with a
 * backslash, and a line break as `\n` (a raw blank line would end the
 * question). GIFT cannot escape `->`, so a matching left side that holds one
 * gets `→` instead. Texts are GIFT's default Moodle format: plain prose.
 */
import type { Locale } from '../schemas/localized';
import type { Question } from '../schemas/quiz';

export interface GiftOptions {
  lang: Locale;
  /** Left side of an ordering question exported as matching: 1 → "Position 1". */
  position: (n: number) => string;
  /** A `//` comment placed before each ordering question (why it looks like matching). */
  orderingNote: string;
}

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
 * of k correct options, −100/w for each of w wrong ones, written with at most
 * five decimals (Moodle matches fractions to 1e-5).
 * @example multipleWeights(2, 2) // { right: '50', wrong: '-50' }
 */
export function multipleWeights(correct: number, wrong: number): { right: string; wrong: string } {
  for (const [what, d] of [['correct', correct], ['wrong', wrong]] as const) {
    if (!MOODLE_DIVISORS.has(d)) throw new Error(`GIFT: Moodle cannot weigh ${d} ${what} options equally (1–10 or 20 only)`);
  }
  const pct = (x: number) => String(Number(x.toFixed(5)));
  return { right: pct(100 / correct), wrong: pct(-100 / wrong) };
}

/** `#feedback` after an option, when it has one. */
const feedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');

/** The answer block's lines (without braces) and any text after the block. */
function answerBlock(q: Question, o: GiftOptions): { lines: string[]; after?: string } {
  const { lang } = o;
  switch (q.type) {
    case 'single':
      return {
        lines: q.options.map((opt) => `${opt.id === q.answer ? '=' : '~'}${escapeGift(opt.text[lang])}${feedback(opt.explanation?.[lang])}`),
      };
    case 'multiple': {
      const right = new Set(q.answers);
      const w = multipleWeights(right.size, q.options.length - right.size);
      return {
        lines: q.options.map((opt) => `~%${right.has(opt.id) ? w.right : w.wrong}%${escapeGift(opt.text[lang])}${feedback(opt.explanation?.[lang])}`),
      };
    }
    case 'true-false':
      return { lines: [q.answer ? 'T' : 'F'] };
    case 'matching':
      return { lines: q.pairs.map((p) => `=${escapeGift(p.left[lang].replace(/->/g, '→'))} -> ${escapeGift(p.right[lang])}`) };
    case 'ordering':
      return { lines: q.items.map((it, i) => `=${escapeGift(o.position(i + 1).replace(/->/g, '→'))} -> ${escapeGift(it.text[lang])}`) };
    case 'numeric':
      return {
        lines: [`#${giftNumber(q.answer)}:${giftNumber(q.tolerance)}`],
        ...(q.unit ? { after: escapeGift(q.unit[lang]) } : {}),
      };
  }
}

/**
 * One question as GIFT, without a trailing blank line. `n` (1-based) prefixes
 * the title so that Moodle's question bank lists the questions in quiz order.
 * @example giftQuestion(q, 3, opts) // '::03 fine-amount::Amount? {#20:0####Because…} €M'
 */
export function giftQuestion(q: Question, n: number, o: GiftOptions): string {
  const { lines, after } = answerBlock(q, o);
  const title = `${String(n).padStart(2, '0')} ${q.id}`;
  const note = q.type === 'ordering' ? [`// ${oneLine(o.orderingNote)}`] : [];
  const head = `::${escapeGift(title)}::${escapeGift(q.prompt[o.lang])}`;
  const general = `####${escapeGift(q.explanation[o.lang])}`;
  const tail = after ? ` ${after}` : '';
  // A one-token answer stays on the brace line, as in Moodle's own examples.
  if (q.type === 'true-false' || q.type === 'numeric') return [...note, `${head} {${lines[0]}${general}}${tail}`].join('\n');
  return [...note, `${head} {`, ...lines, general, `}${tail}`].join('\n');
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
