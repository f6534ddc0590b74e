/**
 * A teacher's module as a URL-safe string (for the fragment or the query):
 * chosen chapters, chosen questions, a name and a language, with no server.
 *
 *   v1.<fp>.<sel>.<name>.<check>
 *   v1.3B93KGN.5dXAA.TNcqh52YlBSM.1H5EMFT  ('Séance 1', fr: all of gdpr, 5 police questions)
 *
 * - `v1`: format version; another `vN` is refused as 'version'.
 * - `fp`: 32-bit FNV-1a (7 Crockford base32 symbols) of the chapter list and
 *   of the question ids of the chapters chosen as a SUBSET (catalogue.ts):
 *   a link keeps working when unrelated quizzes change, and is refused as
 *   'stale' (never misread) when a chapter it picks from has changed.
 * - `sel`: base64url digits of the packed fields (radix.ts): language (none,
 *   fr, en), then the selection bits of catalogue.ts. 3 symbols for the whole
 *   course; about 7 for two chapters with picked questions.
 * - `name`: base64url (no padding) of the UTF-8 name; may be empty. At most
 *   80 characters (code points), any script, right-to-left included; control
 *   characters are refused. Display it as text, isolated (<bdi>).
 * - `check`: FNV-1a of everything before it, 7 base32 symbols: a mangled or
 *   edited link is refused as 'checksum'. Not a signature: anyone can make a
 *   valid link, which is fine for a reading list.
 *
 * Lengths (real catalogue, 111 questions): the whole course, unnamed, 23
 * characters; two chapters with picked questions and a 28-character French
 * name, 66. decodeModule() never throws and never returns part of a state;
 * 'unknown-chapter', 'unknown-question' and 'empty' are what encodeModule()
 * says of a selection it cannot encode ('empty' also for a forged link).
 * A chapter chosen whole decodes to ALL its current questions.
 */
import type { ChapterId } from '../../schemas/chapter';
import { type Catalogue, hash, planFields, planOf, readPlan, selectionOf, type Selection } from './catalogue';
import { base32, fnv1a } from './checksum';
import { pack, reader } from './radix';

export interface ModuleState {
  version: 1;
  /** The module's name, ≤ 80 characters; '' for none. */
  name: string;
  /** Chosen chapters (decoded: in course order). */
  chapters: ChapterId[];
  /** Chosen question ids per chapter (decoded: every chosen chapter, in quiz order). */
  questions: Record<string, string[]>;
  lang?: 'fr' | 'en';
}
export type ModuleInput = Selection & { name: string; lang?: 'fr' | 'en' | undefined };
export type ModuleProblem = 'malformed' | 'checksum' | 'version' | 'stale' | 'unknown-chapter' | 'unknown-question' | 'empty' | 'too-long';

export const MAX_NAME = 80;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LANGS = [undefined, 'fr', 'en'] as const;
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const fail = (reason: ModuleProblem) => ({ ok: false as const, reason });
const b64 = (digits: number[]) => digits.map((d) => B64[d]).join('');

/**
 * The link string of a module, or why it cannot be made.
 *
 * @example encodeModule({ name: 'Séance 1', chapters: ['gdpr'] }, cat) // { ok: true, value: 'v1.…' }
 */
export function encodeModule(input: ModuleInput, cat: Catalogue): { ok: true; value: string } | { ok: false; reason: ModuleProblem } {
  if ([...input.name].length > MAX_NAME) return fail('too-long');
  if (CONTROL.test(input.name)) return fail('malformed');
  const plan = planOf(cat, input);
  if (typeof plan === 'string') return fail(plan);
  const sel = b64(pack([[LANGS.indexOf(input.lang), 3], ...planFields(plan)], 64));
  const name = b64(pack([...new TextEncoder().encode(input.name)].map((b) => [b, 256]), 64));
  const body = `v1.${base32(hash(cat, plan, false), 7)}.${sel}.${name}`;
  return { ok: true, value: `${body}.${base32(fnv1a(body), 7)}` };
}

/**
 * The module in a link string, or why it is refused. Never throws.
 *
 * @example decodeModule(location.hash.slice(1), cat) // { ok: false, reason: 'stale' }
 */
export function decodeModule(text: string, cat: Catalogue): { ok: true; state: ModuleState } | { ok: false; reason: ModuleProblem } {
  try {
    if (text.length > 1000) return fail('too-long');
    const parts = text.split('.');
    if (!/^v\d+$/.test(parts[0]!)) return fail('malformed');
    if (parts[0] !== 'v1') return fail('version');
    if (parts.length !== 5) return fail('malformed');
    const [, fp, sel, name, check] = parts as [string, string, string, string, string];
    if (base32(fnv1a(parts.slice(0, 4).join('.')), 7) !== check) return fail('checksum');
    const digits = [...sel].map((c) => B64.indexOf(c));
    const r = reader(digits, 64);
    const lang = r.take(3);
    const plan = readPlan(r.take, cat);
    if (digits.includes(-1) || !digits.length) return fail('malformed');
    if (base32(hash(cat, plan, false), 7) !== fp) return fail('stale');
    if (r.width() !== digits.length || r.rest() || lang > 2) return fail('malformed');
    if (!plan.some(Boolean)) return fail('empty');
    const bytes = [...name].map((c) => B64.indexOf(c));
    const n = reader(bytes, 64);
    const utf8 = Uint8Array.from({ length: Math.floor((bytes.length * 6) / 8) }, () => n.take(256));
    if (bytes.includes(-1) || n.width() !== bytes.length || n.rest()) return fail('malformed');
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(utf8);
    if ([...decoded].length > MAX_NAME) return fail('too-long');
    if (CONTROL.test(decoded)) return fail('malformed');
    const state: ModuleState = { version: 1, name: decoded, ...selectionOf(cat, plan) };
    if (lang) state.lang = LANGS[lang]!;
    return { ok: true, state };
  } catch {
    return fail('malformed');
  }
}
