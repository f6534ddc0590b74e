/**
 * What a language's dictionaries lack against the reference language's
 * (English): pure functions over parsed JSON, shared by src/i18n/index.ts
 * (which throws at import when anything is missing) and by
 * scripts/i18n-missing.mjs (a translator's to-do list, `npm run i18n:missing`).
 *
 * @example dictionaryProblems({ a: 'x {n}' }, { a: 'y' }, 'it') // ['it: a has slots {}, en has {n}']
 */
export const REFERENCE = 'en';

/** `{ 'a.b': 'leaf' }` paths of a JSON value; a list counts as one leaf. */
export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = value;
  return out;
}

const slots = (v: unknown) => [...JSON.stringify(v ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/**
 * A missing or extra key, an empty string, a value of another shape, a
 * different set of `{slots}`: empty when `other` is in sync with `ref`.
 */
export function dictionaryProblems(ref: Record<string, unknown>, other: Record<string, unknown>, lang: string): string[] {
  const problems: string[] = [];
  const a = flatten(ref);
  const b = flatten(other);
  for (const k of Object.keys(a)) {
    if (!(k in b)) { problems.push(`${lang}: missing ${k}`); continue; }
    const [va, vb] = [a[k], b[k]];
    if (Array.isArray(va) !== Array.isArray(vb) || typeof va !== typeof vb) problems.push(`${lang}: ${k} is not of the same kind as in ${REFERENCE}`);
    else if (typeof vb === 'string' && !vb.trim()) problems.push(`${lang}: ${k} is empty`);
    else if (Array.isArray(vb) && vb.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${lang}: ${k} has an empty or non-text item`);
    else if (slots(va) !== slots(vb)) problems.push(`${lang}: ${k} has slots {${slots(vb)}}, ${REFERENCE} has {${slots(va)}}`);
  }
  for (const k of Object.keys(b)) if (!(k in a)) problems.push(`${lang}: extra ${k} (not in ${REFERENCE})`);
  return problems;
}
