/**
 * The request letter as plain text, given the words of its language: pure,
 * deterministic for a given date. The browser element (<vp-letter>) imports
 * this module alone and reads the words of both letter languages from the
 * server HTML, so ~4 KB gzip of legal sentences are not shipped as
 * JavaScript. Elsewhere use letter.ts, which binds the words (WORDING, from
 * src/i18n/<lang>/letter.json):
 *
 *   letterText({
 *     right: 'access', letterLang: 'en', date: '2026-11-26',
 *     controller: { name: 'Example Inc.', email: 'privacy@example.com' },
 *     requester: { name: 'Ada Martin', address: '1 rue de l’Exemple\n75001 Paris' },
 *   }) // → "Ada Martin\n1 rue de l’Exemple\n75001 Paris\n\nExample Inc.\n…"
 *
 * What the reader typed is data: it is only concatenated between our own
 * sentences, never passed through a template or a regular-expression
 * replacement, so `{controller}` or `$&` typed in a field stays as typed.
 * Line breaks are normalised to "\n"; nothing else is changed or escaped
 * (escaping is the job of whoever displays the text, and the element
 * writes it with textContent).
 */
import type { Locale } from '../../i18n/locales';
import type { LetterWording, Right } from './wording';
import { dayWords } from '../day-words';

/** A letter's language: any language of the site, whatever the page's. */
export type LetterLang = Locale;

export interface Party {
  name: string;
  address?: string;
  email?: string;
}

export interface LetterInput {
  right: Right;
  letterLang: LetterLang;
  controller: Party;
  requester: Party;
  /** Free text from the reader, printed under "Further details:". */
  details?: string;
  /** The letter's date, "YYYY-MM-DD" (any ISO string; only the UTC day is used). */
  date: string;
  /** Mention a photograph for a face search, and images/biometric data among the data. */
  photo?: boolean;
  /** The controller has no establishment in the EU: Art. 3(2) and the Art. 27 representative. */
  nonEu?: boolean;
}

/** "\r\n" and "\r" become "\n"; leading and trailing blank space goes. */
const clean = (s: string | undefined): string => (s ?? '').replace(/\r\n?/g, '\n').trim();

/** A person's or organisation's block: name, address lines, email; empty lines dropped. */
function block(p: Party, blankName: string): string {
  return [clean(p.name) || blankName, clean(p.address), clean(p.email)].filter(Boolean).join('\n');
}

/**
 * The date as words in the letter's language, read in UTC so every time zone
 * agrees, the first of a month written as the site writes it (« 1er décembre 2026 »).
 */
export function letterDate(iso: string, w: LetterWording): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return dayWords(new Intl.DateTimeFormat(w.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), d, w.firstDay);
}

/** The download's file name: `request-access-2026-11-26.txt`, `demande-acces-2026-11-26.txt`. */
export function letterFileName(right: Right, w: LetterWording, iso: string): string {
  return `${w.file[right]}-${iso.slice(0, 10)}.txt`;
}

/** What differs between a filled letter and the no-JS template. */
interface Parts {
  date: string;
  /** The whole details paragraph, or "" for none. */
  details: string;
  /** Prefix of the photo paragraph ("" or "[If …:] "); undefined leaves the paragraph out. */
  photo?: string | undefined;
  nonEu?: string | undefined;
}

function compose(input: LetterInput, w: LetterWording, m: Parts): string {
  const { right } = input;
  // Images and their source are named only in a letter to a face search.
  const faces = Boolean(input.photo);
  const images = (s: string) => s.replace('{images}', faces ? w.images : '');
  const paras: string[] = [
    block(input.requester, w.blank.requester),
    block(input.controller, w.blank.controller),
    m.date,
    w.subject[right],
    w.salutation,
    w.intro[right],
  ];
  // The request itself, then the reader's details (what to look for, or the
  // "particular situation" of an objection), then the legal consequences.
  const a = w.access, e = w.erasure, o = w.objection;
  const ask = {
    access: [a.ask, images(a.copy), ...a.items, faces ? a.sourcePhoto : a.source, a.automated].join('\n'),
    erasure: images(e.ask),
    objection: images(o.ask),
  }[right];
  const rest = {
    access: [],
    erasure: [[e.grounds, ...e.items].join('\n'), e.alsoObjection, e.recipients, e.confirm],
    objection: [o.basis, o.restrict, o.stop],
  }[right];
  paras.push(ask);
  if (m.details) paras.push(m.details);
  paras.push(...rest);
  if (m.photo !== undefined) paras.push(m.photo + w.photo);
  if (m.nonEu !== undefined) paras.push(m.nonEu + w.nonEu);
  paras.push(w.deadline, w.free, w.identity, w.complaint);
  if (clean(input.requester.address) || clean(input.requester.email)) paras.push(w.reply);
  paras.push(`${w.closing}\n\n${clean(input.requester.name) || w.blank.requester}`);
  return `${paras.join('\n\n')}\n`;
}

/**
 * The letter for one right, in one language, filled with the reader's
 * details. Optional fields left empty leave no line; an empty name shows
 * a bracketed blank ("[your name]").
 */
export function letterText(input: LetterInput, w: LetterWording): string {
  const details = clean(input.details);
  return compose(input, w, {
    date: w.datePrefix + letterDate(input.date, w),
    details: details ? `${w.details}\n${details}` : '',
    photo: input.photo ? '' : undefined,
    nonEu: input.nonEu ? '' : undefined,
  });
}

/**
 * The printable template shown without JavaScript: every blank in
 * brackets, and the optional paragraphs marked "[If …:]".
 *
 *   letterTemplate('erasure', 'fr', WORDING.fr) // "[vos prénom et nom]\n[adresse postale]\n…"
 */
export function letterTemplate(right: Right, lang: LetterLang, w: LetterWording): string {
  const b = w.blank;
  const blank = (name: string): Party => ({ name, address: b.address, email: b.email });
  return compose(
    { right, letterLang: lang, date: '', requester: blank(b.requester), controller: blank(b.controller) }, w,
    { date: b.date, details: b.details, photo: b.ifPhoto, nonEu: b.ifNonEu },
  );
}
