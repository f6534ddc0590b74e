/**
 * The GIFT file of a teacher's module, put together in the browser from
 * pieces written at build time by src/lib/gift.ts: every question of the
 * course already in GIFT (numbered 00), and the header lines. The browser
 * only picks, renumbers and joins, so the escaping rules live in one place.
 *
 *   const data: ModuleGiftData = await (await fetch(builderGiftPath(lang))).json();
 *   moduleGift(data, state, 'https://…/fr/module/#v1…', '2026-11-26')
 *   giftFileName('Séance 1 : RGPD', 'module') // 'seance-1-rgpd.gift'
 *
 * Questions are numbered 01, 02… through the whole module (as on the
 * module's worksheet), one `$CATEGORY` per chapter under the module's name.
 */
import { categorySegment, giftCategory, type GiftOrdering } from './gift';

export interface ModuleGiftData {
  /** Header lines; `{name}` and `{url}` are filled in, `{date}` with the day of the download. */
  header: string[];
  /** Title line when the module has no name (replaces header[0]). */
  untitled: string;
  /** Added to the header of the matching form when an ordering question is chosen. */
  ordering: string;
  /** Last header line, per form: which Moodle the file is for. */
  forMoodle: Record<GiftOrdering, string>;
  /** First category segment (the site's name), already a segment. */
  site: string;
  chapters: {
    id: string;
    /** Category segment of the chapter ("Chapitre 4 · Le RGPD"), already a segment. */
    category: string;
    /**
     * Each question's GIFT text, titled `00 <id>`, in quiz order; an ordering
     * question also has `text44`, its Moodle 4.4+ ordering-type form.
     */
    questions: { id: string; text: string; ordering: boolean; text44?: string }[];
  }[];
}

export interface ModuleChoice {
  name: string;
  chapters: readonly string[];
  questions: Readonly<Record<string, readonly string[]>>;
}

/** A question's GIFT text with its number: `::00 id::` → `::07 id::`. */
export const renumber = (text: string, n: number) => text.replace('::00 ', `::${String(n).padStart(2, '0')} `);

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The module's GIFT file: header, then per chosen chapter with chosen
 * questions a `$CATEGORY:` line and its questions, renumbered; `ordering`
 * picks the form of ordering questions, as for the build's files.
 *
 * @example moduleGift(data, { name: 'S1', chapters: ['gdpr'], questions: { gdpr: ['q1'] } }, url, '2026-11-26')
 */
export function moduleGift(data: ModuleGiftData, choice: ModuleChoice, url: string, date: string, ordering: GiftOrdering = 'matching'): string {
  const picked = data.chapters
    .filter((c) => choice.chapters.includes(c.id))
    .map((c) => ({ ...c, questions: c.questions.filter((q) => choice.questions[c.id]?.includes(q.id)) }))
    .filter((c) => c.questions.length);
  const vars: Record<string, string> = { name: oneLine(choice.name), url, date };
  const header = data.header.map((h, i) => (i === 0 && !choice.name ? data.untitled : h).replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m));
  header.push(data.forMoodle[ordering]);
  if (ordering === 'matching' && picked.some((c) => c.questions.some((q) => q.ordering))) header.push(data.ordering);
  const blocks = [header.map((h) => `// ${oneLine(h)}`).join('\n')];
  const top = choice.name ? `${data.site}/${categorySegment(choice.name)}` : data.site;
  let n = 0;
  for (const c of picked) {
    blocks.push(giftCategory(`${top}/${c.category}`));
    for (const q of c.questions) blocks.push(renumber(ordering === 'ordering' && q.text44 ? q.text44 : q.text, ++n));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * A file name for the module: its name in lower-case ASCII letters, digits
 * and dashes (accents dropped), at most 60 characters, `.gift` added
 * (`.moodle44.gift` for the Moodle 4.4+ form, as the build's files);
 * `fallback` when nothing is left.
 *
 * @example giftFileName('Séance 1 : RGPD', 'module') // 'seance-1-rgpd.gift'
 */
export function giftFileName(name: string, fallback: string, ordering: GiftOrdering = 'matching'): string {
  return `${fileSlug(name, fallback)}${ordering === 'ordering' ? '.moodle44' : ''}.gift`;
}

/**
 * A module's name as the base of a download's file name (the GIFT files here,
 * its SCORM package in src/lib/scorm/module-package.ts): accents dropped,
 * lower case, every run of other characters one hyphen, 60 characters at most.
 *
 * @example fileSlug('Séance 3 : données et visages', 'module') // 'seance-3-donnees-et-visages'
 */
export function fileSlug(name: string, fallback: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return base || fallback;
}
