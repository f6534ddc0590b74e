/**
 * Check symbols and base32 for the share codes (module links, result codes).
 * Pure, no dependency.
 *
 * Alphabet: Crockford's base32 — digits and capitals without I, L, O, U, so
 * that a code read aloud or copied by hand has no look-alike symbols.
 *
 * The check: two symbols c₁c₀ appended so that the whole code, read as a
 * base-32 number W (first symbol most significant), is ≡ 0 (mod 1021).
 * 1021 is prime, larger than 32 and smaller than 32² (so the check fits two
 * symbols). Why this catches every single error of the kinds people make:
 * - one symbol changed (anywhere, check symbols included) changes W by
 *   d·32ᵏ with 0 < |d| < 32: 1021 divides neither d nor 32ᵏ;
 * - two adjacent distinct symbols swapped change W by (a − b)·31·32ᵏ with
 *   0 < |a − b| < 32: 1021 divides none of the factors;
 * - likewise a jump transposition (a·b ↔ b·a, factor 32² − 1 = 3·11·31).
 * Any other random damage passes with probability 1/1021 only; the decoders
 * then check lengths and ranges too. It detects accidents, not tampering.
 *
 * Versioning: every code version keeps this check, so a code of an unknown
 * version is still told apart from a mistyped one.
 */
/**
 * FNV-1a, 32 bits, over UTF-16 code units: the same hash as quiz shuffling
 * seeds (seedOf in src/lib/quiz/shuffle.ts; a unit test keeps them equal).
 * Written out here rather than imported: a module shared by the quiz script
 * and the teachers' tools would become a chunk of its own, one more file
 * (and ~0.3 KB gzip) on every quiz page.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Crockford's base32 symbols, value order. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A non-negative integer as exactly `width` base32 symbols, most significant first.
 *
 * @example base32(fnv1a('abc'), 7) // '0D4FT8B' (7 symbols hold 32 bits)
 */
export function base32(n: number, width: number): string {
  let s = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 32)) s = CROCKFORD[n % 32] + s;
  return s;
}

/** The prime modulus of the two-symbol check. */
export const CHECK_MODULUS = 1021;

const residue = (digits: readonly number[]) => digits.reduce((r, d) => (r * 32 + d) % CHECK_MODULUS, 0);

/**
 * The two check symbol values to append to `digits` (values 0–31).
 *
 * @example checks([...payload, ...checkDigits(payload)]) // true
 */
export function checkDigits(digits: readonly number[]): [number, number] {
  const c = (CHECK_MODULUS - ((residue(digits) * 1024) % CHECK_MODULUS)) % CHECK_MODULUS;
  return [c >> 5, c & 31];
}

/** Whether digits (check symbols included, last) pass the check. */
export const checks = (digits: readonly number[]): boolean => residue(digits) === 0;
