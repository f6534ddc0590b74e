/**
 * Fills `{name}` placeholders from `vars`; an unknown one is left as written,
 * so a missing value shows on the page instead of vanishing. For build-time
 * strings modules. (Browser scripts keep a one-line copy of their own: a
 * module shared by two page scripts becomes a chunk of its own, one more
 * file to load.)
 *
 * @example fill('Chapter {n}: {title}', { n: 3, title: 'Templates' }) // 'Chapter 3: Templates'
 */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  text.replace(/\{([\w-]+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
