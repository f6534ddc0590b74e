/**
 * UI strings: one flat dictionary per language (`fr.json`, `en.json`), with
 * dotted keys. Both must have exactly the same keys; importing this module
 * throws otherwise, so a missing translation fails the build loudly.
 *
 * @example
 *   const t = useT('fr');
 *   t('chapter.label', { n: 2 }) // 'Chapitre 2'
 */
import fr from './fr.json';
import en from './en.json';
import { LOCALES, type Locale } from '../schemas/localized';

export { LOCALES, type Locale };
export const dictionaries = { fr, en } as const;
export type UIKey = keyof typeof fr;

/** Keys present in one dictionary and not the other (empty when in sync). */
export function dictionaryDrift(a: Record<string, string>, b: Record<string, string>): string[] {
  const ka = new Set(Object.keys(a));
  const kb = new Set(Object.keys(b));
  return [...[...ka].filter((k) => !kb.has(k)), ...[...kb].filter((k) => !ka.has(k))].sort();
}

const drift = dictionaryDrift(fr, en);
if (drift.length) throw new Error(`UI dictionaries differ in keys: ${drift.join(', ')}`);

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** A translator for one language; `{name}` placeholders are filled from `vars`. */
export function useT(lang: Locale) {
  const dict = dictionaries[lang] as Record<string, string>;
  return (key: UIKey | `chapter.${string}.title` | `source.kind.${string}` | `chapter.level.${string}`, vars: Record<string, string | number> = {}) => {
    const s = dict[key];
    if (s === undefined) throw new Error(`Missing UI string "${key}" (${lang})`);
    return s.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
  };
}

/** The other language, for the switcher. */
export const otherLocale = (lang: Locale): Locale => (lang === 'fr' ? 'en' : 'fr');

/** BCP 47 tags used for Intl and hreflang. */
export const htmlLang: Record<Locale, string> = { fr: 'fr', en: 'en' };
export const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
