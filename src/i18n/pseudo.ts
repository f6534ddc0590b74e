/**
 * Pseudo-localisation: a string made visibly foreign but still readable, so
 * that a page of the pseudo-locale shows at a glance (and to a test) which
 * words did not come from the dictionaries. Every ASCII letter becomes an
 * accented look-alike and the whole string is bracketed; `{placeholders}`
 * and HTML entities are kept, so filling and escaping still work.
 *
 * @example pseudo('Chapter {n}') // '[Çĥàƥţéŕ {n}]'
 */
const LOWER = 'àƀçđéƒĝĥîĵķĺɱñöƥʠŕšţûṽŵẋýž';
const UPPER = 'ÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ';

function letters(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const code = c.charCodeAt(0);
    return code >= 97 ? LOWER[code - 97]! : UPPER[code - 65]!;
  });
}

/** Transforms the letters of `s` outside `{name}` slots and `&entities;`. */
export function pseudo(s: string): string {
  if (!s.trim()) return s;
  const body = s.replace(/(\{\w+\}|&#?\w+;)|([^{&]+|[{&])/g, (_, keep: string | undefined, text: string | undefined) => keep ?? letters(text ?? ''));
  return `[${body}]`;
}

/** True when `s` holds no ASCII letter outside slots: what pseudo() output looks like. */
export const looksPseudo = (s: string): boolean => !/[A-Za-z]/.test(s.replace(/\{\w+\}|&#?\w+;/g, ''));

/** pseudo() over every string of a JSON-like value (objects, arrays), keys untouched. */
export function pseudoDeep<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (Array.isArray(value)) return value.map((v) => pseudoDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoDeep(v)])) as T;
  }
  return value;
}
